import pytest

from sparsegrid import DOKMatrix, ShapeMismatchError


def test_add_cancels_to_zero(dok_a):
    other = DOKMatrix.from_dense([[-1, 0, 0, 0], [0, 5, 0, 0], [0, 0, 0, 1]])
    total = dok_a + other
    assert total.to_dense() == [[0, 0, 2, 0], [0, 5, 0, 0], [0, 3, 0, 5]]
    assert total.nnz == 4


def test_subtract_self_is_empty(dok_a):
    diff = dok_a - dok_a
    assert diff.nnz == 0
    assert diff.shape == (3, 4)


def test_add_does_not_mutate(dok_a):
    before = dok_a.copy()
    _ = dok_a + DOKMatrix(3, 4, {(1, 1): 1})
    assert dok_a == before


def test_add_shape_mismatch(dok_a, dok_b):
    with pytest.raises(ShapeMismatchError) as info:
        dok_a + dok_b
    assert str(info.value) == "cannot add shapes (3, 4) and (4, 2)"
    with pytest.raises(ShapeMismatchError):
        dok_a - dok_b


def test_add_non_matrix(dok_a):
    with pytest.raises(TypeError):
        dok_a + 1


def test_scalar_multiplication(dok_a):
    assert (dok_a * 2).to_dense() == [[2, 0, 4, 0], [0, 0, 0, 0], [0, 6, 0, 8]]
    assert (0.5 * dok_a)[2, 3] == 2.0
    assert (dok_a * 0).nnz == 0
    assert (-dok_a)[0, 2] == -2


def test_scalar_multiplication_rejects_matrix(dok_a):
    with pytest.raises(TypeError):
        dok_a * dok_a


def test_hadamard(dok_a):
    other = DOKMatrix.from_dense([[3, 1, 0, 0], [1, 1, 1, 1], [0, 2, 0, 2]])
    assert dok_a.multiply(other).to_dense() == [[3, 0, 0, 0], [0, 0, 0, 0], [0, 6, 0, 8]]
    with pytest.raises(ShapeMismatchError) as info:
        dok_a.multiply(DOKMatrix(4, 3))
    assert str(info.value) == "cannot multiply element-wise shapes (3, 4) and (4, 3)"


def test_matmul(dok_a, dok_b):
    product = dok_a @ dok_b
    assert product.shape == (3, 2)
    assert product.to_dense() == [[0, 5], [0, 0], [11, -4]]


def test_matmul_drops_cancelled_entries():
    left = DOKMatrix.from_dense([[1, 1]])
    right = DOKMatrix.from_dense([[2], [-2]])
    product = left @ right
    assert product.nnz == 0
    assert product.to_dense() == [[0]]


def test_matmul_identity(dok_a):
    assert dok_a @ DOKMatrix.identity(4) == dok_a
    assert DOKMatrix.identity(3) @ dok_a == dok_a


def test_matmul_shape_mismatch(dok_a):
    with pytest.raises(ShapeMismatchError) as info:
        dok_a @ dok_a.T.T[0:2, :]
    assert str(info.value) == "cannot matrix-multiply shapes (3, 4) and (2, 4)"
    assert info.value.operation == "matrix-multiply"
    assert info.value.left == (3, 4)
    assert info.value.right == (2, 4)


def test_matvec(dok_a):
    assert dok_a @ [1, 2, 3, 4] == [7, 0, 22]
    assert dok_a @ (0.5, 0, 0, 0) == [0.5, 0, 0]


def test_matvec_validation(dok_a):
    with pytest.raises(ShapeMismatchError):
        dok_a @ [1, 2, 3]
    with pytest.raises(TypeError):
        dok_a @ [1, 2, "x", 4]
