import pytest

from sparsegrid import CorruptStructureError, CSRMatrix, DOKMatrix, MatrixIndexError, ShapeMismatchError


def test_structure(csr_a):
    assert csr_a.data == [1, 2, 3, 4]
    assert csr_a.indices == [0, 2, 1, 3]
    assert csr_a.indptr == [0, 2, 2, 4]
    assert csr_a.nnz == 4
    assert csr_a.shape == (3, 4)


def test_conversions(csr_a, dok_a, dense_a):
    assert csr_a.to_dense() == dense_a
    assert csr_a.to_dok() == dok_a
    assert dok_a.to_csr() == csr_a


def test_empty_rows_at_ends():
    m = CSRMatrix.from_dense([[0, 0], [0, 7], [0, 0]])
    assert m.indptr == [0, 0, 1, 1]
    assert m.to_dense() == [[0, 0], [0, 7], [0, 0]]


@pytest.mark.parametrize("i, j, expected", [(0, 0, 1), (0, 1, 0), (0, 2, 2), (2, 3, 4), (1, 3, 0), (-1, -3, 3), (0, 3, 0)])
def test_getitem(csr_a, i, j, expected):
    assert csr_a[i, j] == expected


@pytest.mark.parametrize("i, j", [(3, 0), (-4, 0), (0, 4), (0, -5)])
def test_getitem_out_of_range(csr_a, i, j):
    with pytest.raises(MatrixIndexError):
        csr_a[i, j]


def test_row(csr_a):
    assert csr_a.row(0) == [(0, 1), (2, 2)]
    assert csr_a.row(1) == []
    assert csr_a.row(-1) == [(1, 3), (3, 4)]


@pytest.mark.parametrize(
    "start, stop, expected",
    [
        (1, None, [[0, 0, 0, 0], [0, 3, 0, 4]]),
        (None, 1, [[1, 0, 2, 0]]),
        (-1, None, [[0, 3, 0, 4]]),
        (0, 3, [[1, 0, 2, 0], [0, 0, 0, 0], [0, 3, 0, 4]]),
    ],
)
def test_row_slice(csr_a, start, stop, expected):
    assert csr_a.row_slice(start, stop).to_dense() == expected


def test_row_slice_structure(csr_a):
    sliced = csr_a.row_slice(1, 3)
    assert sliced.indptr == [0, 0, 2]
    assert sliced.data == [3, 4]


def test_row_slice_empty(csr_a):
    with pytest.raises(MatrixIndexError):
        csr_a.row_slice(2, 2)


def test_transpose(csr_a, dok_a):
    t = csr_a.T
    assert t.shape == (4, 3)
    assert t.to_dense() == dok_a.transpose().to_dense()
    assert t.indptr == [0, 1, 2, 3, 4]
    assert t.indices == [0, 2, 0, 2]
    assert t.transpose() == csr_a


def test_transpose_column_with_several_entries():
    m = CSRMatrix.from_dense([[1, 0], [2, 0], [0, 3], [4, 5]])
    t = m.transpose()
    assert t.data == [1, 2, 4, 3, 5]
    assert t.indices == [0, 1, 3, 2, 3]
    assert t.indptr == [0, 3, 5]


def test_add(csr_a):
    other = CSRMatrix.from_dense([[-1, 1, 0, 0], [0, 0, 0, 9], [0, 0, 0, -4]])
    total = csr_a + other
    assert total.to_dense() == [[0, 1, 2, 0], [0, 0, 0, 9], [0, 3, 0, 0]]
    assert total.indices == [1, 2, 3, 1]


def test_add_errors(csr_a, csr_b):
    with pytest.raises(ShapeMismatchError, match=r"cannot add shapes \(3, 4\) and \(4, 2\)"):
        csr_a + csr_b
    with pytest.raises(TypeError):
        csr_a + 3


def test_matmul(csr_a, csr_b, dok_a, dok_b):
    product = csr_a @ csr_b
    assert product.to_dense() == [[0, 5], [0, 0], [11, -4]]
    assert product.to_dok() == dok_a @ dok_b


def test_matmul_cancellation():
    left = CSRMatrix.from_dense([[1, -1]])
    right = CSRMatrix.from_dense([[3, 1], [3, 0]])
    product = left @ right
    assert product.data == [1]
    assert product.indices == [1]


def test_matmul_errors(csr_a, csr_b):
    with pytest.raises(ShapeMismatchError, match=r"cannot matrix-multiply shapes \(4, 2\) and \(3, 4\)"):
        csr_b @ csr_a
    with pytest.raises(ShapeMismatchError):
        csr_a @ [1, 2]


def test_matvec(csr_a):
    assert csr_a @ [1, 2, 3, 4] == [7, 0, 22]


@pytest.mark.parametrize(
    "shape, data, indices, indptr, message",
    [
        ((2, 2), [1], [0], [0, 1], "indptr needs 3"),
        ((2, 2), [1], [0], [1, 1, 1], "start at 0"),
        ((2, 2), [1], [0], [0, 1, 2], "start at 0"),
        ((2, 2), [1, 2], [0], [0, 1, 2], "differ in length"),
        ((3, 2), [1, 2], [0, 1], [0, 2, 1, 2], "indptr decreases"),
        ((2, 2), [1], [2], [0, 1, 1], "out of range"),
        ((2, 2), [1, 2], [1, 0], [0, 2, 2], "strictly increasing"),
        ((2, 2), [1, 2], [1, 1], [0, 2, 2], "strictly increasing"),
        ((2, 2), [0], [0], [0, 1, 1], "explicit zeros"),
        ((2, 2), [3, 0], [0, 1], [0, 2, 2], "explicit zeros"),
        ((2, 2), [1, 2], [1, 0], [0, 0, 2], "strictly increasing in row 1"),
        ((2, 2), [1], [5], [0, 0, 1], "out of range in row 1"),
    ],
)
def test_corrupt_structure(shape, data, indices, indptr, message):
    with pytest.raises(CorruptStructureError, match=message):
        CSRMatrix(shape, data, indices, indptr)


def test_properties_return_copies(csr_a):
    csr_a.data.append(100)
    csr_a.indptr[0] = 5
    assert csr_a.nnz == 4
    assert csr_a.indptr[0] == 0


def test_equality_and_repr(csr_a):
    assert csr_a == CSRMatrix((3, 4), [1, 2, 3, 4], [0, 2, 1, 3], [0, 2, 2, 4])
    assert csr_a != CSRMatrix((3, 4), [1, 2, 3, 5], [0, 2, 1, 3], [0, 2, 2, 4])
    assert csr_a != CSRMatrix((3, 5), [1, 2, 3, 4], [0, 2, 1, 3], [0, 2, 2, 4])
    assert CSRMatrix((2, 2), [1], [0], [0, 1, 1]) != CSRMatrix((2, 2), [1], [1], [0, 1, 1])
    assert CSRMatrix((2, 2), [1], [0], [0, 1, 1]) != CSRMatrix((2, 2), [1], [0], [0, 0, 1])
    assert csr_a.__eq__(DOKMatrix(3, 4)) is NotImplemented
    assert repr(csr_a) == "CSRMatrix(3x4, nnz=4)"


def test_getitem_past_row_end_does_not_read_next_row():
    m = CSRMatrix.from_dense([[1, 0, 0], [0, 0, 5]])
    assert m[0, 2] == 0
    assert m[1, 2] == 5
    assert m[1, 0] == 0


def test_row_slice_with_distinct_values():
    m = CSRMatrix.from_dense([[5, 0], [0, 7], [9, 9]])
    assert m.nnz == 4
    sliced = m.row_slice(1, 3)
    assert sliced.indptr == [0, 1, 3]
    assert sliced.data == [7, 9, 9]
    assert sliced.indices == [1, 0, 1]
    assert sliced.nnz == 3
