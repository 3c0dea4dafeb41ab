import pytest

from sparsegrid import CSRMatrix, DOKMatrix

DENSE_A = [
    [1, 0, 2, 0],
    [0, 0, 0, 0],
    [0, 3, 0, 4],
]

DENSE_B = [
    [0, 5],
    [1, 0],
    [0, 0],
    [2, -1],
]


@pytest.fixture
def dense_a():
    return [list(row) for row in DENSE_A]


@pytest.fixture
def dok_a():
    return DOKMatrix.from_dense(DENSE_A)


@pytest.fixture
def dok_b():
    return DOKMatrix.from_dense(DENSE_B)


@pytest.fixture
def csr_a():
    return CSRMatrix.from_dense(DENSE_A)


@pytest.fixture
def csr_b():
    return CSRMatrix.from_dense(DENSE_B)
