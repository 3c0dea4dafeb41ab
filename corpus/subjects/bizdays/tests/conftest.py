from datetime import date

import pytest

from bizdays import BusinessCalendar, target, us_federal


@pytest.fixture
def us():
    return us_federal()


@pytest.fixture
def euro():
    return target()


@pytest.fixture
def plain():
    return BusinessCalendar()


@pytest.fixture
def d():
    return date
