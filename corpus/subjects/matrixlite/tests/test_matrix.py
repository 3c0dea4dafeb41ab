import pytest

from matrixlite import Matrix, NotSquareError, ShapeError


def test_construction_and_shape(rect):
    assert rect.shape == (2, 3)
    assert rect.nrows == 2 and rect.ncols == 3
    assert rect[1, 2] == 6
    assert rect.row(0) == [1, 2, 3]
    assert rect.column(1) == [2, 5]
    assert not rect.is_square


def test_rows_are_copies(rect):
    rows = rect.rows()
    rows[0][0] = 99
    assert rect[0, 0] == 1
    assert list(rect) == [[1, 2, 3], [4, 5, 6]]


@pytest.mark.parametrize("rows", [[], [[]], [[1, 2], [3]]])
def test_bad_shapes(rows):
    with pytest.raises(ShapeError):
        Matrix(rows)


def test_ragged_message():
    with pytest.raises(ShapeError, match="row 1 has 1 entries, expected 2"):
        Matrix([[1, 2], [3]])


@pytest.mark.parametrize("entry", ["1", None, True, 1j])
def test_entries_must_be_real(entry):
    with pytest.raises(TypeError, match="real numbers"):
        Matrix([[1, entry]])


def test_factories():
    assert Matrix.zeros(2, 3) == Matrix([[0, 0, 0], [0, 0, 0]])
    assert Matrix.zeros(2) == Matrix([[0, 0], [0, 0]])
    assert Matrix.identity(3) == Matrix([[1, 0, 0], [0, 1, 0], [0, 0, 1]])
    assert Matrix.diagonal([2, 5]) == Matrix([[2, 0], [0, 5]])
    assert Matrix.from_columns([[1, 4], [2, 5], [3, 6]]) == Matrix([[1, 2, 3], [4, 5, 6]])


@pytest.mark.parametrize("factory", [lambda: Matrix.zeros(0, 2), lambda: Matrix.zeros(2, 0), lambda: Matrix.identity(0)])
def test_factory_validation(factory):
    with pytest.raises(ShapeError, match="positive"):
        factory()


def test_from_columns_ragged():
    with pytest.raises(ShapeError, match="same length"):
        Matrix.from_columns([[1, 2], [3]])


def test_equality_and_hash(rect):
    same = Matrix([[1, 2, 3], [4, 5, 6]])
    assert rect == same
    assert hash(rect) == hash(same)
    assert rect != Matrix([[1, 2, 3], [4, 5, 7]])
    assert rect != rect.transpose()
    assert rect != [[1, 2, 3], [4, 5, 6]]


def test_almost_equal():
    a = Matrix([[1.0, 2.0]])
    assert a.almost_equal(Matrix([[1.0 + 1e-12, 2.0]]))
    assert not a.almost_equal(Matrix([[1.001, 2.0]]))
    assert not a.almost_equal(Matrix([[1.0], [2.0]]))
    assert a.almost_equal(Matrix([[1.01, 2.0]]), tolerance=0.1)


def test_add_sub_neg(rect):
    other = Matrix([[6, 5, 4], [3, 2, 1]])
    assert rect + other == Matrix([[7, 7, 7], [7, 7, 7]])
    assert rect - other == Matrix([[-5, -3, -1], [1, 3, 5]])
    assert -rect == Matrix([[-1, -2, -3], [-4, -5, -6]])


def test_add_shape_mismatch(rect):
    with pytest.raises(ShapeError, match="cannot add 2x3 and 3x2"):
        rect + rect.transpose()
    with pytest.raises(ShapeError, match="cannot subtract"):
        rect - Matrix([[1]])


def test_add_non_matrix(rect):
    with pytest.raises(TypeError):
        rect + 1


def test_scalar_multiplication(rect):
    assert rect * 2 == Matrix([[2, 4, 6], [8, 10, 12]])
    assert 0.5 * rect == Matrix([[0.5, 1, 1.5], [2, 2.5, 3]])
    with pytest.raises(TypeError):
        rect * "x"
    with pytest.raises(TypeError):
        rect * True


def test_matmul(rect):
    product = rect @ rect.transpose()
    assert product == Matrix([[14, 32], [32, 77]])
    assert rect.transpose() @ rect == Matrix([[17, 22, 27], [22, 29, 36], [27, 36, 45]])
    assert Matrix.identity(2) @ rect == rect


def test_matmul_mismatch(rect):
    with pytest.raises(ShapeError, match="cannot multiply 2x3 by 2x3"):
        rect @ rect
    with pytest.raises(TypeError):
        rect @ 3


@pytest.mark.parametrize(
    "exponent, expected",
    [(0, [[1, 0], [0, 1]]), (1, [[1, 1], [1, 0]]), (2, [[2, 1], [1, 1]]), (5, [[8, 5], [5, 3]]), (10, [[89, 55], [55, 34]])],
)
def test_power(exponent, expected):
    fib = Matrix([[1, 1], [1, 0]])
    assert fib ** exponent == Matrix(expected)


def test_power_validation(rect):
    with pytest.raises(NotSquareError):
        rect ** 2
    with pytest.raises(ValueError, match="non-negative"):
        Matrix.identity(2) ** -1
    with pytest.raises(ValueError):
        Matrix.identity(2) ** 1.5


def test_transpose(rect):
    assert rect.transpose() == Matrix([[1, 4], [2, 5], [3, 6]])
    assert rect.T.T == rect


def test_trace_and_symmetry(a3, rect):
    assert a3.trace() == -2
    with pytest.raises(NotSquareError, match="trace requires a square matrix, got 2x3"):
        rect.trace()
    assert Matrix([[1, 7], [7, 3]]).is_symmetric()
    assert not a3.is_symmetric()
    assert not rect.is_symmetric()


def test_submatrix(a3):
    assert a3.submatrix(0, 0) == Matrix([[-6, 0], [7, 2]])
    assert a3.submatrix(2, 1) == Matrix([[2, 1], [4, 0]])
    with pytest.raises(ShapeError):
        Matrix([[1, 2]]).submatrix(0, 0)


def test_map():
    assert Matrix([[1, -2], [3, -4]]).map(abs) == Matrix([[1, 2], [3, 4]])


def test_repr_and_str():
    m = Matrix([[1, -2.5], [10, 0]])
    assert repr(m) == "Matrix([[1, -2.5], [10, 0]])"
    assert str(m) == "[   1 -2.5]\n[  10    0]"
