from datetime import date

import pytest

from recurrence import RecurrenceError, Rule, Schedule


def ds(*texts):
    return [date.fromisoformat(t) for t in texts]


def test_iteration_merges_and_excludes(team_schedule):
    assert team_schedule.first(8) == ds(
        "2024-01-03", "2024-01-04", "2024-01-08", "2024-01-15",
        "2024-01-18", "2024-01-22", "2024-01-25", "2024-01-29")


def test_duplicates_collapse(jan1):
    schedule = Schedule([Rule("DAILY", jan1, count=3), Rule("DAILY", jan1, interval=2, count=2)],
                        dates=[date(2024, 1, 2)])
    assert list(schedule) == ds("2024-01-01", "2024-01-02", "2024-01-03")


def test_between_inclusive(team_schedule):
    assert team_schedule.between(date(2024, 1, 4), date(2024, 1, 15)) == ds(
        "2024-01-04", "2024-01-08", "2024-01-15")


def test_between_exclusive(team_schedule):
    assert team_schedule.between(date(2024, 1, 4), date(2024, 1, 15), inclusive=False) == ds(
        "2024-01-08")


def test_between_invalid(team_schedule):
    with pytest.raises(RecurrenceError):
        team_schedule.between(date(2024, 2, 1), date(2024, 1, 1))
    with pytest.raises(RecurrenceError):
        team_schedule.between("2024-01-01", date(2024, 1, 5))


def test_after_and_before(team_schedule):
    assert team_schedule.after(date(2024, 1, 4)) == date(2024, 1, 8)
    assert team_schedule.after(date(2024, 1, 4), inclusive=True) == date(2024, 1, 4)
    assert team_schedule.before(date(2024, 1, 15)) == date(2024, 1, 8)
    assert team_schedule.before(date(2024, 1, 15), inclusive=True) == date(2024, 1, 15)
    assert team_schedule.before(date(2024, 1, 3)) is None


def test_after_end_of_finite_schedule(jan1):
    schedule = Schedule([Rule("DAILY", jan1, count=2)])
    assert schedule.after(date(2024, 1, 2)) is None
    assert schedule.before(date(2030, 1, 1)) == date(2024, 1, 2)


def test_empty_schedule():
    schedule = Schedule()
    assert schedule.first(3) == []
    assert schedule.after(date(2024, 1, 1)) is None


def test_chained_builders(jan1):
    schedule = (Schedule()
                .add_rule(Rule("WEEKLY", jan1, count=4))
                .add_date(date(2024, 1, 5))
                .exclude_date(date(2024, 1, 15))
                .exclude_rule(Rule("DAILY", date(2024, 1, 22), count=1)))
    assert list(schedule) == ds("2024-01-01", "2024-01-05", "2024-01-08")


def test_exclusion_rule_with_gaps(jan1):
    schedule = Schedule([Rule("DAILY", jan1, count=10)],
                        exclude_rules=[Rule("DAILY", date(2024, 1, 2), interval=3, count=3)])
    assert list(schedule) == ds(
        "2024-01-01", "2024-01-03", "2024-01-04", "2024-01-06", "2024-01-07",
        "2024-01-09", "2024-01-10")


@pytest.mark.parametrize(
    "method, value",
    [("add_rule", "FREQ=DAILY"), ("exclude_rule", None), ("add_date", "2024-01-01"),
     ("exclude_date", 5)],
)
def test_builder_validation(method, value):
    with pytest.raises(RecurrenceError):
        getattr(Schedule(), method)(value)


def test_first_limits(team_schedule):
    assert team_schedule.first(0) == []
    with pytest.raises(RecurrenceError):
        team_schedule.first(-1)
