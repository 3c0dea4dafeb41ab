import pytest

from slugtext import Inflector, Slugifier


@pytest.fixture
def inflector():
    return Inflector()


@pytest.fixture
def short_slugifier():
    return Slugifier(max_length=12, stopwords=("the", "a", "of"))


@pytest.fixture
def taken_slugs():
    return {"post", "post-2", "post-3", "other"}
