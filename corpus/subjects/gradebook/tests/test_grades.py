import datetime as dt

import pytest

from gradebook import ClassStatistics, Gradebook, GradebookError


@pytest.mark.parametrize(
    "student, assignment, expected",
    [
        ("s1", "hw3", 5.0),
        ("s2", "hw1", 9.0),
        ("s2", "hw2", 0.0),
        ("s2", "final", None),
        ("s3", "hw1", 0.0),
        ("s4", "midterm", 0.0),
    ],
)
def test_effective_score(book, student, assignment, expected):
    result = book.effective_score(student, assignment)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected)


@pytest.mark.parametrize(
    "student, category, expected",
    [
        ("s1", "homework", 90.0),
        ("s1", "exams", 92.5),
        ("s2", "homework", 95.0),
        ("s2", "exams", 70.0),
        ("s3", "homework", 100.0),
        ("s3", "exams", 82.5),
        ("s4", "homework", 0.0),
    ],
)
def test_category_percent(book, student, category, expected):
    assert book.category_percent(student, category) == pytest.approx(expected)


@pytest.mark.parametrize(
    "student, percent, letter",
    [("s1", 91.5, "A-"), ("s2", 80.0, "B-"), ("s3", 89.5, "B+"), ("s4", 0.0, "F")],
)
def test_final_percent_and_letter(book, student, percent, letter):
    assert book.final_percent(student) == percent
    assert book.letter(student) == letter


def test_drop_lowest_keeps_at_least_one(empty_book):
    empty_book.add_category("quizzes", 10, drop_lowest=5)
    empty_book.add_assignment("q1", "quizzes", 5, dt.date(2024, 1, 5))
    empty_book.add_assignment("q2", "quizzes", 20, dt.date(2024, 1, 6))
    empty_book.add_student("x", "Xena")
    empty_book.record("x", "q1", 1, dt.date(2024, 1, 5))
    empty_book.record("x", "q2", 15, dt.date(2024, 1, 6))
    assert empty_book.category_percent("x", "quizzes") == pytest.approx(75.0)


def test_drop_lowest_uses_percent_not_points(empty_book):
    empty_book.add_student("x", "Xena")
    empty_book.add_assignment("hw4", "homework", 40, dt.date(2024, 1, 30))
    for name, score in [("hw1", 10), ("hw2", 10), ("hw3", 10), ("hw4", 20)]:
        empty_book.record("x", name, score, empty_book.assignments[name].due)
    assert empty_book.category_percent("x", "homework") == pytest.approx(100.0)


def test_excused_and_rerecorded(book):
    book.excuse("s1", "hw3")
    assert book.category_percent("s1", "homework") == pytest.approx(100.0)
    book.record("s1", "hw3", 7, dt.date(2024, 1, 24))
    assert book.effective_score("s1", "hw3") == 7
    assert book.category_percent("s1", "homework") == pytest.approx(90.0)


def test_extra_credit_allowed(book):
    book.record("s4", "midterm", 110, dt.date(2024, 2, 1))
    assert book.category_percent("s4", "exams") == pytest.approx(55.0)


def test_weights_renormalise_when_category_empty(empty_book):
    empty_book.add_category("project", 50)
    empty_book.add_student("x", "Xena")
    for name in empty_book.assignments:
        empty_book.excuse("x", name)
    assert empty_book.final_percent("x") is None
    assert empty_book.letter("x") is None
    empty_book.record("x", "midterm", 85, dt.date(2024, 2, 1))
    assert empty_book.category_percent("x", "project") is None
    assert empty_book.final_percent("x") == 85.0


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda b: b.record("s9", "hw1", 1, dt.date(2024, 1, 1)), "unknown student 's9'"),
        (lambda b: b.record("s1", "hw9", 1, dt.date(2024, 1, 1)), "unknown assignment 'hw9'"),
        (lambda b: b.record("s1", "hw1", -1, dt.date(2024, 1, 1)), "score must not be negative"),
        (lambda b: b.excuse("s1", "nope"), "unknown assignment 'nope'"),
        (lambda b: b.category_percent("s1", "labs"), "unknown category 'labs'"),
        (lambda b: b.assignment_average("nope"), "unknown assignment"),
    ],
)
def test_errors(book, call, message):
    with pytest.raises(GradebookError, match=message):
        call(book)


def test_statistics(book):
    assert book.statistics() == ClassStatistics(
        count=4, mean=65.25, median=84.75, stdev=37.92, minimum=0.0, maximum=91.5
    )


def test_statistics_odd_count_and_single(book):
    del book.students["s4"]
    stats = book.statistics()
    assert (stats.count, stats.median, stats.mean) == (3, 89.5, 87.0)
    solo = Gradebook()
    solo.add_category("all", 1)
    solo.add_assignment("only", "all", 4, dt.date(2024, 1, 1))
    solo.add_student("a", "A")
    solo.record("a", "only", 3, dt.date(2024, 1, 1))
    assert solo.statistics() == ClassStatistics(1, 75.0, 75.0, 0.0, 75.0, 75.0)


def test_statistics_requires_grades():
    with pytest.raises(GradebookError, match="no graded students"):
        Gradebook().statistics()


def test_rankings_with_ties(book):
    book.add_student("s5", "Abe")
    for name in ["hw1", "hw2", "hw3", "midterm", "final"]:
        book.record("s5", name, book.effective_score("s3", name) or 0, book.assignments[name].due)
    book.record("s5", "hw1", 10, dt.date(2024, 1, 10))
    assert book.final_percent("s5") == 89.5
    assert book.rankings() == [
        (1, "s1", 91.5),
        (2, "s5", 89.5),
        (2, "s3", 89.5),
        (4, "s2", 80.0),
        (5, "s4", 0.0),
    ]


def test_letter_distribution(book):
    distribution = book.letter_distribution()
    assert list(distribution)[:3] == ["A", "A-", "B+"]
    assert {letter: count for letter, count in distribution.items() if count} == {"A-": 1, "B+": 1, "B-": 1, "F": 1}
    assert sum(distribution.values()) == 4


def test_assignment_average(book):
    assert book.assignment_average("hw1") == pytest.approx(63.33)
    assert book.assignment_average("midterm") == 80.0
    book.excuse("s1", "final")
    book.excuse("s3", "final")
    assert book.assignment_average("final") is None
