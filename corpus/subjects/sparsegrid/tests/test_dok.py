import pytest

from sparsegrid import DOKMatrix, InvalidShapeError, MatrixIndexError


def test_from_dense_round_trip(dok_a, dense_a):
    assert dok_a.to_dense() == dense_a
    assert dok_a.shape == (3, 4)
    assert dok_a.nnz == 4
    assert dok_a.density == 4 / 12


def test_entries_constructor():
    m = DOKMatrix(2, 2, {(0, 1): 5, (1, 0): 0, (-1, -1): 7})
    assert m.to_dense() == [[0, 5], [0, 7]]
    assert m.nnz == 2


@pytest.mark.parametrize("i, j, expected", [(0, 0, 1), (0, 2, 2), (2, 3, 4), (-1, -1, 4), (-3, 2, 2), (1, 1, 0)])
def test_getitem(dok_a, i, j, expected):
    assert dok_a[i, j] == expected


@pytest.mark.parametrize("i, j", [(3, 0), (0, 4), (-4, 0), (0, -5)])
def test_getitem_out_of_range(dok_a, i, j):
    with pytest.raises(MatrixIndexError):
        dok_a[i, j]


@pytest.mark.parametrize("key", [("0", 0), (0, 1.0), (True, 0)])
def test_index_type(dok_a, key):
    with pytest.raises(TypeError):
        dok_a[key]


def test_setitem_zero_removes(dok_a):
    dok_a[0, 0] = 0
    assert dok_a.nnz == 3
    dok_a[1, 1] = 0
    assert dok_a.nnz == 3
    dok_a[1, 1] = 2.5
    assert dok_a[1, 1] == 2.5


@pytest.mark.parametrize("value, error", [("1", TypeError), (None, TypeError), (float("inf"), ValueError), (True, TypeError)])
def test_setitem_validates(dok_a, value, error):
    with pytest.raises(error):
        dok_a[0, 0] = value
    assert dok_a[0, 0] == 1


@pytest.mark.parametrize("rows, cols", [(0, 2), (2, 0), (-1, 1), (1.5, 2), ("2", 2), (True, 2), (2, False)])
def test_invalid_shape(rows, cols):
    with pytest.raises(InvalidShapeError):
        DOKMatrix(rows, cols)


def test_identity():
    assert DOKMatrix.identity(3, 2).to_dense() == [[2, 0, 0], [0, 2, 0], [0, 0, 2]]


def test_row_and_col(dok_a):
    assert dok_a.row(0) == {0: 1, 2: 2}
    assert list(dok_a.row(2)) == [1, 3]
    assert dok_a.row(1) == {}
    assert dok_a.row(-1) == {1: 3, 3: 4}
    with pytest.raises(MatrixIndexError):
        dok_a.row(3)
    assert dok_a.col(3) == {2: 4}
    assert dok_a.col(-2) == {0: 2}
    with pytest.raises(MatrixIndexError):
        dok_a.col(4)


def test_row_slicing(dok_a):
    sub = dok_a[1:, :]
    assert sub.shape == (2, 4)
    assert sub.to_dense() == [[0, 0, 0, 0], [0, 3, 0, 4]]


def test_column_slicing(dok_a):
    assert dok_a[:, 2].to_dense() == [[2], [0], [0]]
    assert dok_a[:, -2:].to_dense() == [[2, 0], [0, 0], [0, 4]]


def test_single_row_slice(dok_a):
    sub = dok_a[2, :]
    assert sub.shape == (1, 4)
    assert sub.to_dense() == [[0, 3, 0, 4]]


def test_stepped_slice(dok_a):
    assert dok_a[::2, ::2].to_dense() == [[1, 2], [0, 0]]
    assert dok_a[::-1, 1].to_dense() == [[3], [0], [0]]


def test_empty_slice_rejected(dok_a):
    with pytest.raises(MatrixIndexError):
        dok_a[2:1, :]
    with pytest.raises(MatrixIndexError):
        dok_a[:, 3:1]


def test_slice_is_a_copy(dok_a):
    sub = dok_a[0:1, 0:2]
    sub[0, 0] = 99
    assert dok_a[0, 0] == 1


def test_items_row_major(dok_a):
    assert list(dok_a.items()) == [((0, 0), 1), ((0, 2), 2), ((2, 1), 3), ((2, 3), 4)]


def test_transpose(dok_a):
    t = dok_a.T
    assert t.shape == (4, 3)
    assert t.to_dense() == [[1, 0, 0], [0, 0, 3], [2, 0, 0], [0, 0, 4]]
    assert t.transpose() == dok_a


def test_equality_and_repr(dok_a):
    assert dok_a == dok_a.copy()
    assert dok_a != DOKMatrix(3, 4)
    assert DOKMatrix(2, 3) != DOKMatrix(3, 2)
    assert dok_a.__eq__([[1]]) is NotImplemented
    assert repr(dok_a) == "DOKMatrix(3x4, nnz=4)"


def test_str():
    m = DOKMatrix.from_dense([[1, 0], [0, -12]])
    assert str(m) == "  1   0\n  0 -12"
