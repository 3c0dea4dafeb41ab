import pytest

from inireader import loads

SAMPLE = """\
# global defaults
[DEFAULT]
host = localhost
port = 8080
url = http://${host}:${port}

; primary server
[server]
host = example.org
timeout: 2.5
debug = yes
tags = web, api,
    internal

[paths]
root = /srv
data = ${root}/data
logs = ${server:host}/logs
price = $$5
"""


@pytest.fixture
def sample_text():
    return SAMPLE


@pytest.fixture
def doc():
    return loads(SAMPLE)
