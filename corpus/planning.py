"""Which mutants of a subject to try, in a fixed order derived from the seed.

Candidates come from every operator on every source file. The order interleaves operators (each
operator's candidates shuffled, then taken round-robin) so that every kind of mistake is
represented and no operator with many sites drowns the others; about one task in ten combines
two mutations in different scopes (a two-bug case). The plan is a pure function of the subject,
the operators and the seed, which is what makes a build reproducible and resumable.
"""

from __future__ import annotations

import ast
import hashlib
import random
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from tflm.collect.sources import MODULE_SCOPE, SourceFile
from tflm.corpus.operators import Mutation, combine, generate_mutations
from tflm.corpus.subjects import Baseline
from tflm.types import LineId, TestId

DOUBLE_BUG_EVERY = 10


@dataclass(frozen=True)
class MutantTask:
    """One mutant to build: one mutation per mutated file (a two-bug case in one file is already
    combined). ``affected`` are the tests that can behave differently (None: all of them)."""

    subject: str
    case_id: str
    mutations: tuple[Mutation, ...]
    affected: tuple[TestId, ...] | None

    @property
    def operator(self) -> str:
        return "+".join(m.operator for m in self.mutations)

    @property
    def bug_lines(self) -> list[LineId]:
        return [LineId(m.file, line) for m in self.mutations for line in m.bug_lines]

    @property
    def omission(self) -> bool:
        return any(m.omission for m in self.mutations)

    @property
    def description(self) -> str:
        return "; ".join(m.description for m in self.mutations)


def touched_statements(mutation: Mutation, source: SourceFile) -> set[int]:
    """Statement lines of the original file that the mutation's edits change."""
    touched: set[int] = set()
    for edit in mutation.edits:
        (first, _), (last, last_col) = edit.start, edit.end
        if last_col == 0 and last > first:
            last -= 1
        for line in range(first, last + 1):
            statement = source.statement_of.get(line)
            if statement is not None:
                touched.add(statement)
    return touched


def affected_tests(mutation: Mutation, source: SourceFile, baseline: Baseline) -> set[TestId] | None:
    """Tests that execute a changed statement in the baseline, or that enter a function whose
    signature changed; None when a changed statement runs at import time (every test may differ).

    A deterministic test that never reaches a changed statement behaves exactly as before, which is
    why the builder runs only these tests and keeps the baseline's columns for the others."""
    tests: set[TestId] = set()
    for statement in touched_statements(mutation, source):
        hit = baseline.tests_of(LineId(source.path, statement))
        if hit:
            tests |= hit
            continue
        scope = next((name for name, start in source.scope_start.items() if start == statement), None)
        if scope is None:
            return None  # module or class level: runs at import
        entered = {baseline.tests_of(LineId(source.path, line))
                   for line, owner in source.scope_of.items() if owner == scope}
        tests |= set().union(*entered) if entered else set()
    return tests


def normalized_digest(text: str) -> str:
    """Hash of a module's AST: mutants equal up to formatting are duplicates."""
    return hashlib.sha256(ast.dump(ast.parse(text)).encode()).hexdigest()


def case_id(subject_digest: str, mutations: Sequence[Mutation]) -> str:
    h = hashlib.sha256(subject_digest.encode())
    for m in mutations:
        h.update(repr((m.file, m.operator, [(e.start, e.end, e.replacement) for e in m.edits])).encode())
    return h.hexdigest()[:16]


def plan(
    baseline: Baseline,
    *,
    seed: int,
    operators: Collection[str] | None = None,
    duplicates: Counter[str] | None = None,
) -> Iterator[MutantTask]:
    """Every task for this subject, in plan order (lazily: combining and hashing cost time).
    Mutants equal to the original or to an earlier mutant after normalization are skipped and
    counted in ``duplicates`` (by subject)."""
    subject = baseline.subject
    sources = baseline.spectrum.sources
    rng = random.Random(f"{seed}:{subject.name}:{subject.digest}")
    by_operator: dict[str, list[Mutation]] = {}
    for rel in sorted(sources):
        for mutation in generate_mutations(rel, sources[rel].text, operators):
            if mutation.scope == MODULE_SCOPE and not touched_executed(mutation, sources[rel], baseline):
                continue  # a module-level change that no test reaches cannot fail a test
            by_operator.setdefault(mutation.operator, []).append(mutation)
    queues = []
    for name in sorted(by_operator):
        items = by_operator[name]
        rng.shuffle(items)
        queues.append(items)
    order: list[Mutation] = []
    while any(queues):
        for queue in queues:
            if queue:
                order.append(queue.pop())
    seen: set[str] = set()
    for index, mutation in enumerate(order):
        group = [mutation]
        if index % DOUBLE_BUG_EVERY == DOUBLE_BUG_EVERY - 1:
            partner = _partner(mutation, order, rng)
            if partner is not None:
                group.append(partner)
        task = _task(baseline, group, seen)
        if task is not None:
            yield task
        elif duplicates is not None:
            duplicates[subject.name] += 1


def touched_executed(mutation: Mutation, source: SourceFile, baseline: Baseline) -> bool:
    return any(baseline.tests_of(LineId(source.path, s)) for s in touched_statements(mutation, source))


def _partner(mutation: Mutation, order: Sequence[Mutation], rng: random.Random) -> Mutation | None:
    for _ in range(20):
        other = order[rng.randrange(len(order))]
        # Two omissions side by side read as one missing block rather than two bugs.
        if (other.file, other.scope) != (mutation.file, mutation.scope) and not (other.omission and mutation.omission):
            return other
    return None


def _task(baseline: Baseline, group: list[Mutation], seen: set[str]) -> MutantTask | None:
    sources = baseline.spectrum.sources
    by_file: dict[str, list[Mutation]] = {}
    for m in group:
        by_file.setdefault(m.file, []).append(m)
    mutations: list[Mutation] = []
    for file, ms in sorted(by_file.items()):
        if len(ms) == 1:
            mutations.append(ms[0])
            continue
        try:
            mutations.append(combine(sources[file].text, ms))
        except ValueError:
            mutations.append(ms[0])
    digests = []
    for m in mutations:
        text = m.apply(sources[m.file].text)
        digest = normalized_digest(text)
        if digest == normalized_digest(sources[m.file].text):
            return None  # equivalent to the original by construction
        digests.append(f"{m.file}:{digest}")
    key = "|".join(sorted(digests))
    if key in seen:
        return None
    seen.add(key)
    affected: set[TestId] | None = set()
    for m in mutations:
        tests = affected_tests(m, sources[m.file], baseline)
        affected = None if tests is None or affected is None else affected | tests
    return MutantTask(
        subject=baseline.subject.name,
        case_id=case_id(baseline.subject.digest, mutations),
        mutations=tuple(mutations),
        affected=None if affected is None else tuple(sorted(affected)),
    )
