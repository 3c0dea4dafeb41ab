"""A course gradebook: weighted categories, dropped scores, late penalties and letter grades."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Iterable


class GradebookError(ValueError):
    """Raised for invalid gradebook configuration or input."""


@dataclass(frozen=True)
class Category:
    """A group of assignments contributing ``weight`` to the final grade."""

    name: str
    weight: float
    drop_lowest: int = 0

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise GradebookError("category name must not be blank")
        if self.weight <= 0:
            raise GradebookError(f"category {self.name!r} needs a positive weight")
        if self.drop_lowest < 0:
            raise GradebookError(f"category {self.name!r}: drop_lowest must not be negative")


@dataclass(frozen=True)
class LatePolicy:
    """Percent of the earned score lost per late day; zero credit beyond ``max_days``."""

    percent_per_day: float = 10.0
    grace_days: int = 0
    max_days: int | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.percent_per_day <= 100:
            raise GradebookError("percent_per_day must be between 0 and 100")
        if self.grace_days < 0 or (self.max_days is not None and self.max_days < 0):
            raise GradebookError("grace_days and max_days must not be negative")

    def days_late(self, due: dt.date, submitted: dt.date) -> int:
        return max(0, (submitted - due).days - self.grace_days)

    def apply(self, score: float, due: dt.date, submitted: dt.date) -> float:
        """The score after the penalty for submitting on ``submitted``."""
        late = self.days_late(due, submitted)
        if late == 0:
            return score
        if self.max_days is not None and late > self.max_days:
            return 0.0
        factor = max(0.0, 1 - late * self.percent_per_day / 100)
        return score * factor


@dataclass(frozen=True)
class Assignment:
    name: str
    category: str
    points: float
    due: dt.date

    def __post_init__(self) -> None:
        if self.points <= 0:
            raise GradebookError(f"assignment {self.name!r} must be worth positive points")


@dataclass(frozen=True)
class Submission:
    score: float
    submitted: dt.date


DEFAULT_SCALE: tuple[tuple[float, str], ...] = (
    (93.0, "A"), (90.0, "A-"), (87.0, "B+"), (83.0, "B"), (80.0, "B-"),
    (77.0, "C+"), (73.0, "C"), (70.0, "C-"), (60.0, "D"), (0.0, "F"),
)


class LetterScale:
    """Maps percentages to letters; each boundary is the inclusive minimum."""

    def __init__(self, boundaries: Iterable[tuple[float, str]] = DEFAULT_SCALE) -> None:
        items = list(boundaries)
        if not items:
            raise GradebookError("a letter scale needs at least one boundary")
        minimums = [minimum for minimum, _ in items]
        if any(later >= earlier for earlier, later in zip(minimums, minimums[1:])):
            raise GradebookError("boundaries must be strictly descending")
        if minimums[-1] != 0:
            raise GradebookError("the lowest boundary must be 0")
        letters = [letter for _, letter in items]
        if len(set(letters)) != len(letters):
            raise GradebookError("letters must be unique")
        self.boundaries = tuple(items)

    def letter(self, percent: float) -> str:
        rounded = round(percent, 2)
        for minimum, letter in self.boundaries:
            if rounded >= minimum:
                return letter
        raise GradebookError(f"percent must not be negative, got {percent}")


@dataclass
class Student:
    student_id: str
    name: str
    submissions: dict[str, Submission] = field(default_factory=dict)
    excused: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class ClassStatistics:
    count: int
    mean: float
    median: float
    stdev: float
    minimum: float
    maximum: float


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


class Gradebook:
    """Students, assignments and scores for one course."""

    def __init__(self, late_policy: LatePolicy | None = None, scale: LetterScale | None = None) -> None:
        self.late_policy = late_policy or LatePolicy()
        self.scale = scale or LetterScale()
        self.categories: dict[str, Category] = {}
        self.assignments: dict[str, Assignment] = {}
        self.students: dict[str, Student] = {}

    def add_category(self, name: str, weight: float, drop_lowest: int = 0) -> Category:
        if name in self.categories:
            raise GradebookError(f"duplicate category {name!r}")
        category = Category(name, weight, drop_lowest)
        self.categories[name] = category
        return category

    def add_assignment(self, name: str, category: str, points: float, due: dt.date) -> Assignment:
        if category not in self.categories:
            raise GradebookError(f"unknown category {category!r}")
        if name in self.assignments:
            raise GradebookError(f"duplicate assignment {name!r}")
        assignment = Assignment(name, category, points, due)
        self.assignments[name] = assignment
        return assignment

    def add_student(self, student_id: str, name: str) -> Student:
        if student_id in self.students:
            raise GradebookError(f"duplicate student {student_id!r}")
        student = Student(student_id, name)
        self.students[student_id] = student
        return student

    def _student(self, student_id: str) -> Student:
        try:
            return self.students[student_id]
        except KeyError:
            raise GradebookError(f"unknown student {student_id!r}") from None

    def _assignment(self, name: str) -> Assignment:
        try:
            return self.assignments[name]
        except KeyError:
            raise GradebookError(f"unknown assignment {name!r}") from None

    def record(self, student_id: str, assignment: str, score: float, submitted: dt.date) -> None:
        """Record (or replace) a raw score; extra credit above full points is allowed."""
        item = self._assignment(assignment)
        if score < 0:
            raise GradebookError("score must not be negative")
        student = self._student(student_id)
        student.submissions[item.name] = Submission(score, submitted)
        student.excused.discard(item.name)

    def excuse(self, student_id: str, assignment: str) -> None:
        """Exclude an assignment from a student's grade entirely."""
        item = self._assignment(assignment)
        student = self._student(student_id)
        student.excused.add(item.name)
        student.submissions.pop(item.name, None)

    def effective_score(self, student_id: str, assignment: str) -> float | None:
        """Late-adjusted score, 0 if missing, None if excused."""
        item = self._assignment(assignment)
        student = self._student(student_id)
        if item.name in student.excused:
            return None
        submission = student.submissions.get(item.name)
        if submission is None:
            return 0.0
        return self.late_policy.apply(submission.score, item.due, submission.submitted)

    def category_percent(self, student_id: str, category: str) -> float | None:
        """Percent earned in a category after dropping the lowest scores; None if nothing counts."""
        if category not in self.categories:
            raise GradebookError(f"unknown category {category!r}")
        pairs = []
        for item in self.assignments.values():
            if item.category != category:
                continue
            earned = self.effective_score(student_id, item.name)
            if earned is not None:
                pairs.append((earned, item.points))
        if not pairs:
            return None
        drop = min(self.categories[category].drop_lowest, len(pairs) - 1)
        pairs.sort(key=lambda pair: pair[0] / pair[1])
        kept = pairs[drop:]
        return 100 * sum(earned for earned, _ in kept) / sum(points for _, points in kept)

    def final_percent(self, student_id: str) -> float | None:
        """Weighted average of category percents, re-normalising over categories that count."""
        weighted = 0.0
        total_weight = 0.0
        for name, category in self.categories.items():
            percent = self.category_percent(student_id, name)
            if percent is None:
                continue
            weighted += percent * category.weight
            total_weight += category.weight
        if total_weight == 0:
            return None
        return round(weighted / total_weight, 2)

    def letter(self, student_id: str) -> str | None:
        percent = self.final_percent(student_id)
        return None if percent is None else self.scale.letter(percent)

    def _graded(self) -> list[tuple[str, float]]:
        results = []
        for student_id in self.students:
            percent = self.final_percent(student_id)
            if percent is not None:
                results.append((student_id, percent))
        return results

    def statistics(self) -> ClassStatistics:
        """Summary of final percents over every student with a grade."""
        values = [percent for _, percent in self._graded()]
        if not values:
            raise GradebookError("no graded students")
        mean = sum(values) / len(values)
        variance = sum((value - mean) ** 2 for value in values) / len(values)
        return ClassStatistics(
            count=len(values),
            mean=round(mean, 2),
            median=round(_median(values), 2),
            stdev=round(math.sqrt(variance), 2),
            minimum=min(values),
            maximum=max(values),
        )

    def rankings(self) -> list[tuple[int, str, float]]:
        """(rank, student id, percent), best first; ties share a rank and skip the next ones."""
        graded = sorted(self._graded(), key=lambda item: (-item[1], self.students[item[0]].name, item[0]))
        ranked = []
        for position, (student_id, percent) in enumerate(graded, start=1):
            if ranked and ranked[-1][2] == percent:
                rank = ranked[-1][0]
            else:
                rank = position
            ranked.append((rank, student_id, percent))
        return ranked

    def letter_distribution(self) -> dict[str, int]:
        """How many students earned each letter, in scale order (zeros included)."""
        counts = {letter: 0 for _, letter in self.scale.boundaries}
        for _, percent in self._graded():
            counts[self.scale.letter(percent)] += 1
        return counts

    def assignment_average(self, assignment: str) -> float | None:
        """Mean late-adjusted percent among students who submitted."""
        item = self._assignment(assignment)
        percents = [
            100 * self.late_policy.apply(student.submissions[item.name].score, item.due,
                                         student.submissions[item.name].submitted) / item.points
            for student in self.students.values()
            if item.name in student.submissions
        ]
        if not percents:
            return None
        return round(sum(percents) / len(percents), 2)
