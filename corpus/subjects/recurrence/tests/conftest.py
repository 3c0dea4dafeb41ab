from datetime import date

import pytest

from recurrence import Rule, Schedule


@pytest.fixture
def jan1():
    return date(2024, 1, 1)


@pytest.fixture
def standup(jan1):
    return Rule("WEEKLY", jan1, by_weekday=["MO", "TH"])


@pytest.fixture
def team_schedule(standup, jan1):
    return Schedule(
        rules=[standup],
        dates=[date(2024, 1, 3)],
        exclude_rules=[Rule("MONTHLY", jan1, by_weekday=["1MO"])],
        exclude_dates=[date(2024, 1, 11)],
    )
