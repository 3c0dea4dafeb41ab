import pytest

from triedict import TrieDict

WORDS = {"car": 5, "card": 2, "care": 9, "careful": 4, "cat": 7, "dog": 3, "do": 1}


@pytest.fixture
def words():
    return dict(WORDS)


@pytest.fixture
def trie(words):
    return TrieDict(words)
