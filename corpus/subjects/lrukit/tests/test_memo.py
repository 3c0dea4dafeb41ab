import pytest

from lrukit import LFUCache, LRUCache, hashkey, memoize, methodkey, typedkey
from lrukit.memo import KW_MARK


def test_bare_decorator():
    calls = []

    @memoize
    def square(x):
        calls.append(x)
        return x * x

    assert [square(3), square(3), square(4)] == [9, 9, 16]
    assert calls == [3, 4]
    info = square.cache_info()
    assert (info.hits, info.misses, info.size, info.capacity) == (1, 2, 2, 128)
    assert square.__name__ == "square"


def test_maxsize_option_evicts():
    @memoize(maxsize=2)
    def ident(x):
        return x

    for value in (1, 2, 3, 1):
        ident(value)
    info = ident.cache_info()
    assert info.evictions == 2
    assert info.misses == 4
    assert ident.cache.keys() == [(3,), (1,)]


def test_explicit_cache():
    store = LFUCache(5)

    @memoize(store)
    def double(x):
        return 2 * x

    double(1)
    double(1)
    assert double.cache is store
    assert store.frequency((1,)) == 2


def test_none_results_are_cached():
    calls = []

    @memoize
    def nothing(x):
        calls.append(x)

    nothing(1)
    nothing(1)
    assert calls == [1]


def test_keyword_order_irrelevant():
    calls = []

    @memoize
    def f(a, b=0, c=0):
        calls.append((a, b, c))
        return a + b + c

    assert f(1, b=2, c=3) == 6
    assert f(1, c=3, b=2) == 6
    assert len(calls) == 1


def test_unhashable_arguments_bypass():
    @memoize
    def total(items):
        return sum(items)

    assert total([1, 2]) == 3
    assert total([1, 2]) == 3
    info = total.cache_info()
    assert info.bypassed == 2
    assert info.size == 0


def test_oversized_results_not_stored():
    store = LRUCache(4, max_weight=3, weigher=lambda k, v: len(v))

    @memoize(store)
    def text(n):
        return "x" * n

    assert text(5) == "xxxxx"
    assert text(2) == "xx"
    assert text(6) == "xxxxxx"
    info = text.cache_info()
    assert info.oversized == 2
    assert info.size == 1


def test_cache_clear_resets_everything():
    @memoize
    def f(x):
        return x

    f(1)
    f(1)
    f([1])
    f.cache_clear()
    info = f.cache_info()
    assert (info.hits, info.misses, info.size, info.bypassed) == (0, 0, 0, 0)


def test_cache_clear_resets_oversized():
    store = LRUCache(4, max_weight=2, weigher=lambda k, v: len(v))

    @memoize(store)
    def text(n):
        return "x" * n

    text(3)
    assert text.cache_info().oversized == 1
    text.cache_clear()
    assert text.cache_info().oversized == 0


def test_typed_keys_distinguish_types():
    calls = []

    @memoize(key=typedkey)
    def f(x):
        calls.append(x)
        return x

    f(1)
    f(1.0)
    f(1)
    assert calls == [1, 1.0]


def test_methodkey_shares_cache_across_instances():
    class Calc:
        calls = 0

        @memoize(key=methodkey)
        def cube(self, x):
            Calc.calls += 1
            return x ** 3

    assert Calc().cube(2) == 8
    assert Calc().cube(2) == 8
    assert Calc.calls == 1
    assert Calc().cube(3) == 27
    assert Calc.calls == 2


@pytest.mark.parametrize(
    "args, kwargs, expected",
    [
        ((), {}, ()),
        ((1, 2), {}, (1, 2)),
        ((1,), {"b": 2, "a": 1}, (1, KW_MARK, ("a", 1), ("b", 2))),
    ],
)
def test_hashkey(args, kwargs, expected):
    assert hashkey(*args, **kwargs) == expected


def test_typedkey_shape():
    assert typedkey(1, z="s") == (1, KW_MARK, ("z", "s"), int, str)


def test_keyword_mark_repr():
    assert repr(KW_MARK) == "<kw>"


def test_invalid_decorator_argument():
    with pytest.raises(TypeError, match="expects a function or a cache"):
        memoize(5)


def test_memo_info_is_frozen():
    import dataclasses

    @memoize
    def f(x):
        return x

    info = f.cache_info()
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.hits = 10
