import pytest

from eventbus import (
    InvalidTopicError,
    is_wildcard,
    matches,
    parent_topics,
    specificity,
    split_pattern,
    split_topic,
)


@pytest.mark.parametrize(
    "pattern, topic, expected",
    [
        ("a.b", "a.b", True),
        ("a.b", "a.c", False),
        ("a.*", "a.b", True),
        ("a.*", "a", False),
        ("a.*", "a.b.c", False),
        ("*.b", "x.b", True),
        ("a.#", "a", True),
        ("a.#", "a.b.c", True),
        ("a.#", "b.a", False),
        ("#", "anything.at.all", True),
        ("#.end", "end", True),
        ("#.end", "x.y.end", True),
        ("#.end", "x.end.y", False),
        ("a.#.z", "a.z", True),
        ("a.#.z", "a.b.c.z", True),
        ("a.*.z", "a.z", False),
        ("a.b.c", "a.b", False),
    ],
)
def test_matches(pattern, topic, expected):
    assert matches(pattern, topic) is expected


@pytest.mark.parametrize("topic", ["", "a..b", ".a", "a.", "a.*", "a b", "a.#"])
def test_invalid_topics(topic):
    with pytest.raises(InvalidTopicError):
        split_topic(topic)


@pytest.mark.parametrize("pattern", ["", "a..b", "a.*x", "a.##", "a.b!"])
def test_invalid_patterns(pattern):
    with pytest.raises(InvalidTopicError):
        split_pattern(pattern)


def test_non_string_topic():
    with pytest.raises(InvalidTopicError):
        split_topic(None)
    with pytest.raises(InvalidTopicError):
        split_pattern(5)


def test_split():
    assert split_topic("orders.eu-west.created_v2") == ("orders", "eu-west", "created_v2")
    assert split_pattern("orders.*.#") == ("orders", "*", "#")


def test_is_wildcard():
    assert is_wildcard("a.*") is True
    assert is_wildcard("#") is True
    assert is_wildcard("a.b") is False


def test_specificity_orders_patterns():
    patterns = ["#", "a.#", "a.*", "a.b", "*.*"]
    assert sorted(patterns, key=specificity) == ["a.b", "a.*", "a.#", "*.*", "#"]
    assert specificity("a.*.#") == (-1, 1)


def test_parent_topics():
    assert parent_topics("a.b.c") == ["a", "a.b", "a.b.c"]
    assert parent_topics("solo") == ["solo"]
