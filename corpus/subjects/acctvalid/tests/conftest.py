import pytest


@pytest.fixture
def valid_ibans():
    return {
        "GB": "GB82 WEST 1234 5698 7654 32",
        "DE": "DE89 3704 0044 0532 0130 00",
        "NO": "NO93 8601 1117 947",
        "FR": "FR14 2004 1010 0505 0001 3M02 606",
    }


@pytest.fixture
def test_cards():
    return {
        "visa": "4111 1111 1111 1111",
        "mastercard": "5555-5555-5555-4444",
        "amex": "378282246310005",
    }
