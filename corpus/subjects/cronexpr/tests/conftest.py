from datetime import datetime

import pytest

from cronexpr import CronExpression


@pytest.fixture
def base_time():
    """Friday 15 March 2024, 10:17:30."""
    return datetime(2024, 3, 15, 10, 17, 30)


@pytest.fixture
def parse():
    return CronExpression.parse
