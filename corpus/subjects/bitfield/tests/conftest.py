import pytest

from bitfield import BitLayout, BitSet, Field, FlagSet


@pytest.fixture
def bits():
    return BitSet(12, [0, 1, 2, 5, 9, 10])


@pytest.fixture
def header():
    return BitLayout(
        Field("version", 3, default=1),
        Field("kind", 2),
        Field("_pad", 3),
        Field("offset", 8, signed=True),
    )


@pytest.fixture
def perms():
    return FlagSet("read", "write", "exec", "admin")
