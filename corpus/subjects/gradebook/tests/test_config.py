import datetime as dt

import pytest

from gradebook import Assignment, Category, Gradebook, GradebookError, LatePolicy, LetterScale


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"name": " ", "weight": 1}, "must not be blank"),
        ({"name": "hw", "weight": 0}, "needs a positive weight"),
        ({"name": "hw", "weight": 1, "drop_lowest": -1}, "drop_lowest must not be negative"),
    ],
)
def test_category_validation(kwargs, message):
    with pytest.raises(GradebookError, match=message):
        Category(**kwargs)


def test_assignment_requires_points():
    with pytest.raises(GradebookError, match="positive points"):
        Assignment("hw", "homework", 0, dt.date(2024, 1, 1))


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"percent_per_day": 101}, "between 0 and 100"),
        ({"percent_per_day": -1}, "between 0 and 100"),
        ({"grace_days": -1}, "must not be negative"),
        ({"max_days": -1}, "must not be negative"),
    ],
)
def test_late_policy_validation(kwargs, message):
    with pytest.raises(GradebookError, match=message):
        LatePolicy(**kwargs)


@pytest.mark.parametrize(
    "policy, submitted, expected",
    [
        (LatePolicy(), dt.date(2024, 1, 9), 80.0),
        (LatePolicy(), dt.date(2024, 1, 10), 80.0),
        (LatePolicy(), dt.date(2024, 1, 11), 72.0),
        (LatePolicy(), dt.date(2024, 1, 13), 56.0),
        (LatePolicy(), dt.date(2024, 1, 25), 0.0),
        (LatePolicy(grace_days=2), dt.date(2024, 1, 12), 80.0),
        (LatePolicy(grace_days=2), dt.date(2024, 1, 13), 72.0),
        (LatePolicy(percent_per_day=25, max_days=2), dt.date(2024, 1, 12), 40.0),
        (LatePolicy(percent_per_day=25, max_days=2), dt.date(2024, 1, 13), 0.0),
        (LatePolicy(percent_per_day=0), dt.date(2024, 3, 1), 80.0),
    ],
)
def test_late_policy_apply(policy, submitted, expected):
    assert policy.apply(80.0, dt.date(2024, 1, 10), submitted) == pytest.approx(expected)


def test_days_late():
    policy = LatePolicy(grace_days=1)
    assert policy.days_late(dt.date(2024, 1, 10), dt.date(2024, 1, 8)) == 0
    assert policy.days_late(dt.date(2024, 1, 10), dt.date(2024, 1, 11)) == 0
    assert policy.days_late(dt.date(2024, 1, 10), dt.date(2024, 1, 14)) == 3


@pytest.mark.parametrize(
    "percent, letter",
    [(100, "A"), (93, "A"), (92.999, "A"), (92.99, "A-"), (90, "A-"), (89.99, "B+"), (83, "B"),
     (80, "B-"), (77.5, "C+"), (73, "C"), (70, "C-"), (69.99, "D"), (60, "D"), (59.99, "F"), (0, "F")],
)
def test_default_scale(percent, letter):
    assert LetterScale().letter(percent) == letter


def test_scale_negative_percent():
    with pytest.raises(GradebookError, match="must not be negative"):
        LetterScale().letter(-1)


@pytest.mark.parametrize(
    "boundaries, message",
    [
        ([], "at least one boundary"),
        ([(50, "P"), (50, "F")], "strictly descending"),
        ([(40, "F"), (50, "P")], "strictly descending"),
        ([(50, "P"), (10, "F")], "lowest boundary must be 0"),
        ([(50, "P"), (0, "P")], "letters must be unique"),
    ],
)
def test_scale_validation(boundaries, message):
    with pytest.raises(GradebookError, match=message):
        LetterScale(boundaries)


def test_custom_scale():
    scale = LetterScale([(50, "Pass"), (0, "Fail")])
    assert scale.letter(50) == "Pass"
    assert scale.letter(49.996) == "Pass"
    assert scale.letter(49.994) == "Fail"
    assert scale.letter(49.99) == "Fail"


def test_registration_errors(empty_book):
    with pytest.raises(GradebookError, match="duplicate category 'exams'"):
        empty_book.add_category("exams", 10)
    with pytest.raises(GradebookError, match="unknown category 'labs'"):
        empty_book.add_assignment("lab1", "labs", 10, dt.date(2024, 1, 1))
    with pytest.raises(GradebookError, match="duplicate assignment 'hw1'"):
        empty_book.add_assignment("hw1", "homework", 10, dt.date(2024, 1, 1))
    empty_book.add_student("s1", "Ada")
    with pytest.raises(GradebookError, match="duplicate student 's1'"):
        empty_book.add_student("s1", "Ada again")


def test_defaults():
    book = Gradebook()
    assert book.late_policy == LatePolicy(10.0, 0, None)
    assert book.scale.boundaries[0] == (93.0, "A")
