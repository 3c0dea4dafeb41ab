from decimal import Decimal

import pytest

from durations import Duration


@pytest.fixture
def meeting():
    return Duration(hours=2, minutes=30)


@pytest.fixture
def calendar_span():
    return Duration(years=1, months=2, days=10)


@pytest.fixture
def fractional():
    return Duration(minutes=1, seconds=Decimal("1.5"))
