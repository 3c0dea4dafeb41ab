import pytest

from bitfield import BitIndexError, BitSet, SizeMismatchError


def test_construction(bits):
    assert list(bits) == [0, 1, 2, 5, 9, 10]
    assert len(bits) == 12
    assert bits.size == 12
    assert bits.count() == 6
    assert int(bits) == 0b11000100111
    assert bits.value == 1575


def test_set_clear_flip_test(bits):
    bits.set(3)
    bits.clear(0)
    bits.flip(9)
    bits.flip(11)
    assert list(bits) == [1, 2, 3, 5, 10, 11]
    assert bits.test(3) is True
    assert bits.test(0) is False


def test_negative_indices(bits):
    assert bits[-2] is True
    assert bits[-1] is False
    bits[-1] = True
    assert bits.test(11)
    bits[-12] = False
    assert not bits[0]


@pytest.mark.parametrize("index", [12, -13, 100])
def test_index_out_of_range(bits, index):
    with pytest.raises(BitIndexError):
        bits.test(index)
    with pytest.raises(IndexError):
        bits.set(index)


@pytest.mark.parametrize("index", [1.0, "1", True])
def test_index_type(bits, index):
    with pytest.raises(TypeError):
        bits.test(index)


def test_contains(bits):
    assert 5 in bits
    assert 4 not in bits
    assert 12 not in bits
    assert -1 not in bits
    assert "5" not in bits


@pytest.mark.parametrize(
    "method, start, stop, expected",
    [
        ("set_range", 3, 6, [0, 1, 2, 3, 4, 5, 9, 10]),
        ("clear_range", 0, 10, [10]),
        ("flip_range", 8, 12, [0, 1, 2, 5, 8, 11]),
        ("set_range", 4, 4, [0, 1, 2, 5, 9, 10]),
        ("clear_range", 0, 12, []),
    ],
)
def test_ranges(bits, method, start, stop, expected):
    getattr(bits, method)(start, stop)
    assert list(bits) == expected


@pytest.mark.parametrize("start, stop", [(-1, 3), (5, 4), (0, 13)])
def test_bad_ranges(bits, start, stop):
    with pytest.raises(BitIndexError):
        bits.set_range(start, stop)


@pytest.mark.parametrize("start, stop, expected", [(0, 12, 6), (0, 3, 3), (3, 9, 1), (9, 11, 2), (11, 12, 0)])
def test_count_range(bits, start, stop, expected):
    assert bits.count_range(start, stop) == expected


def test_any_all():
    empty = BitSet(4)
    assert not empty.any()
    assert not empty.all()
    full = BitSet(4, range(4))
    assert full.all()
    assert full.any()
    assert BitSet(0).all()


def test_first_last(bits):
    assert bits.first() == 0
    assert bits.last() == 10
    assert BitSet(5).first() is None
    assert BitSet(5).last() is None
    assert BitSet(8, [6]).first() == 6


@pytest.mark.parametrize("start, expected", [(0, 0), (3, 5), (5, 5), (6, 9), (11, None), (-3, 9)])
def test_next_set(bits, start, expected):
    assert bits.next_set(start) == expected


@pytest.mark.parametrize("start, expected", [(0, 3), (3, 3), (5, 6), (9, 11), (11, 11)])
def test_next_clear(bits, start, expected):
    assert bits.next_clear(start) == expected


def test_next_clear_when_full():
    assert BitSet(3, [0, 1, 2]).next_clear(1) is None


def test_runs(bits):
    assert bits.runs() == [(0, 3), (5, 6), (9, 11)]
    assert BitSet(4, [1, 2, 3]).runs() == [(1, 4)]
    assert BitSet(4).runs() == []
    assert BitSet(4, range(4)).runs() == [(0, 4)]


def test_binary_operators():
    a = BitSet.from_string("1100")
    b = BitSet.from_string("1010")
    assert (a & b).to_string() == "1000"
    assert (a | b).to_string() == "1110"
    assert (a ^ b).to_string() == "0110"
    assert (a - b).to_string() == "0100"
    assert (~a).to_string() == "0011"


def test_operators_return_new_sets(bits):
    other = BitSet(12, [0])
    result = bits | other
    result.set(11)
    assert not bits.test(11)


@pytest.mark.parametrize(
    "operation",
    [
        lambda a, b: a & b,
        lambda a, b: a | b,
        lambda a, b: a ^ b,
        lambda a, b: a - b,
        lambda a, b: a.issubset(b),
        lambda a, b: a.isdisjoint(b),
    ],
)
def test_size_mismatch(bits, operation):
    with pytest.raises(SizeMismatchError, match="sizes 12 and 11"):
        operation(bits, BitSet(11, [0]))


def test_shifts():
    b = BitSet.from_string("1101")
    assert (b << 1).to_string() == "0110"
    assert (b >> 1).to_string() == "1010"
    assert (b << 4).to_string() == "0000"
    with pytest.raises(ValueError, match="non-negative"):
        b << -1
    with pytest.raises(ValueError, match="non-negative"):
        b >> -2


def test_subset_disjoint():
    a = BitSet(6, [1, 3])
    b = BitSet(6, [1, 3, 4])
    assert a.issubset(b)
    assert not b.issubset(a)
    assert a.isdisjoint(BitSet(6, [0, 2]))
    assert not a.isdisjoint(b)


def test_from_int():
    assert list(BitSet.from_int(0b1010, 4)) == [1, 3]
    with pytest.raises(ValueError):
        BitSet.from_int(16, 4)
    with pytest.raises(ValueError):
        BitSet.from_int(-1, 4)


def test_strings():
    b = BitSet.from_string("1010_0001")
    assert b.size == 8
    assert list(b) == [0, 2, 7]
    assert b.to_string() == "10100001"
    assert b.to_string(group=3) == "101_000_01"
    with pytest.raises(ValueError):
        BitSet.from_string("10x1")


def test_bytes_round_trip():
    b = BitSet(12, [0, 8, 11])
    assert b.to_bytes() == bytes([0x01, 0x09])
    assert b.to_bytes("big") == bytes([0x09, 0x01])
    assert BitSet.from_bytes(b.to_bytes(), 12) == b
    assert BitSet.from_bytes(b"\x80").size == 8
    assert list(BitSet.from_bytes(b"\x80")) == [7]


def test_resize(bits):
    small = bits.resize(6)
    assert list(small) == [0, 1, 2, 5]
    assert small.size == 6
    big = bits.resize(20)
    assert list(big) == list(bits)
    with pytest.raises(ValueError):
        bits.resize(-1)


@pytest.mark.parametrize("size, error", [(-1, ValueError), (2.0, TypeError), (True, TypeError)])
def test_invalid_size(size, error):
    with pytest.raises(error):
        BitSet(size)


def test_copy_equality_repr(bits):
    clone = bits.copy()
    assert clone == bits
    clone.flip(0)
    assert clone != bits
    assert BitSet(3) != BitSet(4)
    assert bits.__eq__(1575) is NotImplemented
    assert repr(BitSet(4, [1, 3])) == "BitSet(4, [1, 3])"


def test_contains_bit_zero(bits):
    assert 0 in bits
    assert 11 not in bits


def test_clear_high_bit(bits):
    bits.clear(5)
    bits.clear(10)
    assert list(bits) == [0, 1, 2, 9]


def test_shift_by_zero(bits):
    assert bits << 0 == bits
    assert bits >> 0 == bits


def test_resize_keeps_exactly_the_low_bits(bits):
    assert list(bits.resize(9)) == [0, 1, 2, 5]
    assert list(bits.resize(10)) == [0, 1, 2, 5, 9]


def test_from_int_zero():
    assert BitSet.from_int(0, 4) == BitSet(4)
    assert BitSet.from_int(15, 4).all()


def test_group_of_one():
    assert BitSet.from_string("101").to_string(group=1) == "1_0_1"


@pytest.mark.parametrize("size, length", [(0, 0), (1, 1), (8, 1), (9, 2), (64, 8), (65, 9)])
def test_byte_length(size, length):
    assert len(BitSet(size).to_bytes()) == length


def test_operators_on_far_apart_bits():
    low = BitSet(8, [0])
    high = BitSet(8, [7])
    assert list(low | high) == [0, 7]
    assert list(low ^ high) == [0, 7]
    assert list((low | high) - high) == [0]
    assert (low & high).count() == 0
    assert low.isdisjoint(high)
