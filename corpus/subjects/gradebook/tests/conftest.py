import datetime as dt

import pytest

from gradebook import Gradebook, LatePolicy

D = dt.date


@pytest.fixture
def empty_book():
    book = Gradebook(late_policy=LatePolicy(percent_per_day=10, grace_days=1, max_days=3))
    book.add_category("homework", 40, drop_lowest=1)
    book.add_category("exams", 60)
    book.add_assignment("hw1", "homework", 10, D(2024, 1, 10))
    book.add_assignment("hw2", "homework", 10, D(2024, 1, 17))
    book.add_assignment("hw3", "homework", 10, D(2024, 1, 24))
    book.add_assignment("midterm", "exams", 100, D(2024, 2, 1))
    book.add_assignment("final", "exams", 100, D(2024, 3, 1))
    return book


@pytest.fixture
def book(empty_book):
    book = empty_book
    for student_id, name in [("s1", "Ada"), ("s2", "Brian"), ("s3", "Cleo"), ("s4", "Dan")]:
        book.add_student(student_id, name)
    on_time = {name: item.due for name, item in book.assignments.items()}
    for assignment, score in [("hw1", 10), ("hw2", 8), ("hw3", 5), ("midterm", 90), ("final", 95)]:
        book.record("s1", assignment, score, on_time[assignment])
    book.record("s2", "hw1", 10, D(2024, 1, 12))
    book.record("s2", "hw3", 10, on_time["hw3"])
    book.record("s2", "midterm", 70, on_time["midterm"])
    book.excuse("s2", "final")
    book.record("s3", "hw1", 10, D(2024, 1, 15))
    book.record("s3", "hw2", 10, on_time["hw2"])
    book.record("s3", "hw3", 10, on_time["hw3"])
    book.record("s3", "midterm", 80, on_time["midterm"])
    book.record("s3", "final", 85, on_time["final"])
    return book
