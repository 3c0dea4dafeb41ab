import pytest

from ringbuf import BufferEmptyError, BufferFullError, OverflowPolicy, RingBuffer


def test_wrapped_contents(wrapped):
    assert list(wrapped) == [3, 4, 5, 6]
    assert wrapped.dropped == 2
    assert wrapped.is_full
    assert len(wrapped) == 4


def test_append_reports_overwrite():
    buffer = RingBuffer(2)
    assert buffer.append("a") is False
    assert buffer.append("b") is False
    assert buffer.append("c") is True
    assert buffer.to_list() == ["b", "c"]


def test_extend_counts_overwrites():
    buffer = RingBuffer(3)
    assert buffer.extend(range(3)) == 0
    assert buffer.extend(range(3, 8)) == 5
    assert list(buffer) == [5, 6, 7]


def test_reject_policy(strict):
    strict.append(30)
    with pytest.raises(BufferFullError):
        strict.append(40)
    assert list(strict) == [10, 20, 30]
    assert strict.dropped == 0


def test_policy_from_string():
    buffer = RingBuffer(1, policy="reject")
    assert buffer.policy is OverflowPolicy.REJECT
    with pytest.raises(ValueError):
        RingBuffer(1, policy="drop")


@pytest.mark.parametrize("bad, error", [(0, ValueError), (-2, ValueError), (2.0, TypeError), (True, TypeError)])
def test_invalid_capacity(bad, error):
    with pytest.raises(error):
        RingBuffer(bad)


def test_popleft_and_pop(wrapped):
    assert wrapped.popleft() == 3
    assert wrapped.pop() == 6
    assert list(wrapped) == [4, 5]
    wrapped.extend([7, 8, 9])
    assert list(wrapped) == [5, 7, 8, 9]


def test_pop_until_empty():
    buffer = RingBuffer(2, [1])
    assert buffer.pop() == 1
    assert not buffer
    with pytest.raises(BufferEmptyError):
        buffer.pop()
    with pytest.raises(BufferEmptyError):
        buffer.popleft()


def test_reject_after_popleft_accepts(strict):
    strict.append(30)
    strict.popleft()
    strict.append(40)
    assert list(strict) == [20, 30, 40]


@pytest.mark.parametrize("index, expected", [(0, 3), (1, 4), (3, 6), (-1, 6), (-4, 3)])
def test_indexing(wrapped, index, expected):
    assert wrapped[index] == expected


@pytest.mark.parametrize("index", [4, -5, 100])
def test_index_out_of_range(wrapped, index):
    with pytest.raises(IndexError, match="out of range"):
        wrapped[index]


def test_index_empty():
    with pytest.raises(BufferEmptyError):
        RingBuffer(3)[0]


@pytest.mark.parametrize("index", ["0", 1.0, None, True])
def test_index_type(wrapped, index):
    with pytest.raises(TypeError):
        wrapped[index]


@pytest.mark.parametrize(
    "key, expected",
    [
        (slice(None), [3, 4, 5, 6]),
        (slice(1, 3), [4, 5]),
        (slice(-2, None), [5, 6]),
        (slice(None, None, -1), [6, 5, 4, 3]),
        (slice(None, None, 2), [3, 5]),
        (slice(5, 9), []),
    ],
)
def test_slicing(wrapped, key, expected):
    assert wrapped[key] == expected


def test_setitem(wrapped):
    wrapped[0] = "first"
    wrapped[-1] = "last"
    assert list(wrapped) == ["first", 4, 5, "last"]
    with pytest.raises(IndexError):
        wrapped[4] = 0


def test_oldest_newest(wrapped):
    assert wrapped.oldest == 3
    assert wrapped.newest == 6


def test_reversed(wrapped):
    assert list(reversed(wrapped)) == [6, 5, 4, 3]


def test_equality():
    assert RingBuffer(2, [0, 1, 2]) == RingBuffer(2, [1, 2])
    assert RingBuffer(3, [1, 2]) != RingBuffer(3, [2, 1])
    assert RingBuffer(3, [1, 2]) != RingBuffer(4, [1, 2])
    assert RingBuffer(3, [1, 2]).__eq__([1, 2]) is NotImplemented


def test_clear(wrapped):
    wrapped.clear()
    assert len(wrapped) == 0
    wrapped.append(1)
    assert list(wrapped) == [1]
    assert wrapped.dropped == 2


def test_resize_shrink(wrapped):
    assert wrapped.resize(2) == [3, 4]
    assert list(wrapped) == [5, 6]
    assert wrapped.capacity == 2


def test_resize_grow(wrapped):
    assert wrapped.resize(6) == []
    wrapped.extend([7, 8])
    assert list(wrapped) == [3, 4, 5, 6, 7, 8]
    assert wrapped.append(9) is True
    assert wrapped.oldest == 4


def test_repr():
    assert repr(RingBuffer(3, [1, 2])) == "RingBuffer(3, [1, 2], policy='overwrite')"


def test_consecutive_poplefts(strict):
    strict.append(30)
    assert strict.popleft() == 10
    assert strict.popleft() == 20
    strict.extend([40, 50])
    assert list(strict) == [30, 40, 50]
    assert strict.popleft() == 30


def test_long_wraparound():
    buffer = RingBuffer(4)
    buffer.extend(range(11))
    assert buffer.dropped == 7
    assert buffer.popleft() == 7
    assert buffer.pop() == 10
    assert list(buffer) == [8, 9]


def test_partly_filled_buffer_views():
    buffer = RingBuffer(5, [1, 2, 3])
    assert buffer[-1] == 3
    assert buffer[-3] == 1
    assert buffer[:] == [1, 2, 3]
    assert list(reversed(buffer)) == [3, 2, 1]
    with pytest.raises(IndexError, match="out of range"):
        buffer[3]
    with pytest.raises(IndexError, match="out of range"):
        buffer[-4]


def test_index_into_emptied_buffer(wrapped):
    wrapped.clear()
    with pytest.raises(BufferEmptyError):
        wrapped[0]


@pytest.mark.parametrize("bad", [0, -1])
def test_resize_invalid(wrapped, bad):
    with pytest.raises(ValueError):
        wrapped.resize(bad)
    assert wrapped.capacity == 4
