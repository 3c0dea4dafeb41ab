import pytest

from sqlbuilder import col, select


@pytest.fixture
def users_query():
    return select("u.id", "u.name").from_("users", alias="u")


@pytest.fixture
def active():
    return col("active") == True  # noqa: E712
