import pytest

from csvdialect import Dialect, QuoteStyle


@pytest.fixture
def semicolon():
    return Dialect(delimiter=";", lineterminator="\n")


@pytest.fixture
def escaped():
    return Dialect(escapechar="\\", doublequote=False, lineterminator="\n")


@pytest.fixture
def unquoted():
    return Dialect(quotechar=None, quoting=QuoteStyle.NONE, escapechar="\\", lineterminator="\n")


@pytest.fixture
def people_csv():
    return 'name,age,city\r\nAda,36,"London, UK"\r\nLinus,28,Helsinki\r\n'
