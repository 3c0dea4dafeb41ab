import pytest

from semverkit import Version

RELEASES = [
    "0.9.0",
    "1.0.0",
    "1.2.0",
    "1.2.3",
    "1.2.4-beta.1",
    "1.2.4",
    "1.3.0",
    "1.10.1",
    "2.0.0-rc.1",
    "2.0.0",
    "2.1.0",
    "3.0.0-alpha",
]


@pytest.fixture
def releases():
    return list(RELEASES)


@pytest.fixture
def v():
    return Version.parse
