"""Contracts shared by all operators: exact edits, exact bug lines, skipped code, combine()."""

from __future__ import annotations

import ast
import difflib
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from tflm.corpus.operators import OPERATORS, Edit, Mutation, combine, generate_mutations
from tflm.corpus.operators.base import apply_edits, map_line_back, map_line_forward
from tflm.errors import SourceError, UsageError

SAMPLE = Path(__file__).with_name("test_operators_sample.py").read_text(encoding="utf-8")
SAMPLE_PATH = "ledger/book.py"


def code(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def check_mutant(source: str, mutation: Mutation) -> None:
    """The mutant compiles and differs from ``source`` only on its bug lines (or by whole lines)."""
    mutated = mutation.apply(source)
    assert mutated != source
    compile(mutated, "mutant", "exec")
    old, new = source.splitlines(keepends=True), mutated.splitlines(keepends=True)
    assert mutation.bug_lines and all(1 <= line <= len(new) for line in mutation.bug_lines)
    if len(old) == len(new) and not mutation.omission:
        touched = {n for n, (a, b) in enumerate(zip(old, new), start=1) if a != b}
        assert touched and touched <= set(mutation.bug_lines), (mutation, sorted(touched))
        return
    opcodes = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    changed = [op for op in opcodes if op[0] != "equal"]
    if mutation.omission:
        # Whole lines are gone and nothing else changed.
        assert all(tag == "delete" for tag, *_ in changed), mutation
    else:
        touched = {line for _, _, _, j1, j2 in changed for line in range(j1 + 1, j2 + 1)}
        assert touched <= set(mutation.bug_lines), (mutation, sorted(touched))


@pytest.fixture(scope="module")
def sample_mutants() -> list[Mutation]:
    return generate_mutations(SAMPLE_PATH, SAMPLE)


def test_sample_module_gives_hundreds_of_candidates_of_every_kind(
    sample_mutants: list[Mutation],
) -> None:
    assert len(SAMPLE.splitlines()) >= 300
    kinds = Counter(m.operator for m in sample_mutants)
    assert len(sample_mutants) >= 300
    assert set(kinds) == set(OPERATORS)
    assert sum(1 for count in kinds.values() if count >= 10) >= 12
    assert all(m.file == SAMPLE_PATH for m in sample_mutants)


def test_every_sample_mutant_compiles_and_keeps_every_other_line(
    sample_mutants: list[Mutation],
) -> None:
    for mutation in sample_mutants:
        check_mutant(SAMPLE, mutation)


def test_omission_bug_lines_are_the_statements_around_the_gap(
    sample_mutants: list[Mutation],
) -> None:
    old = SAMPLE.splitlines()
    omissions = [m for m in sample_mutants if m.omission]
    assert len(omissions) >= 40
    for mutation in omissions:
        (edit,) = mutation.edits
        first, after = edit.start[0], edit.end[0]  # deleted: lines first .. after - 1
        new = mutation.apply(SAMPLE).splitlines()
        before_line = mutation.bug_lines[0]
        assert before_line < first
        assert new[before_line - 1] == old[before_line - 1]
        if len(mutation.bug_lines) == 2:
            after_line = mutation.bug_lines[1]
            assert after_line >= first
            removed = after - first
            assert new[after_line - 1] == old[after_line - 1 + removed]
            assert new[after_line - 1].strip() and not new[after_line - 1].lstrip().startswith("#")


def test_output_is_deterministic_and_ordered_by_position(sample_mutants: list[Mutation]) -> None:
    again = generate_mutations(SAMPLE_PATH, SAMPLE)
    assert again == sample_mutants
    keys = [m.sort_key for m in sample_mutants]
    assert keys == sorted(keys)
    assert len({m.apply(SAMPLE) for m in sample_mutants}) == len(sample_mutants)


def test_skipped_code_is_never_mutated(sample_mutants: list[Mutation]) -> None:
    old = SAMPLE.splitlines()

    def lines_of(fragment: str) -> set[int]:
        return {number for number, line in enumerate(old, start=1) if fragment in line}

    untouchable = set()
    for fragment in (
        '"""',  # docstrings
        "__all__",
        "return f\"Entry(",  # __repr__
        "return f\"Ledger(",
        "logger.warning",
        "logger.info",
        "assert isinstance",
        "from exc",
        "from None",
        "book = Ledger",  # under if __name__ == "__main__"
        "print(summarize",
    ):
        found = lines_of(fragment)
        assert found, fragment
        untouchable |= found
    for mutation in sample_mutants:
        for edit in mutation.edits:
            edited = set(range(edit.start[0], edit.end[0] + (edit.end[1] > 0)))
            if mutation.omission:
                edited = set(range(edit.start[0], edit.end[0]))
            assert not edited & untouchable, mutation


def test_annotations_are_never_mutated() -> None:
    source = code(
        """
        def first(items: list[int], default: int = 0) -> tuple[int, int]:
            value: int = items[0] if items else default
            return value, value + 1
        """
    )
    for mutation in generate_mutations("m.py", source):
        if mutation.omission:
            continue  # a left-out statement takes its annotation along
        new = mutation.apply(source)
        assert "items: list[int]" in new and "-> tuple[int, int]:" in new and "value: int =" in new


def test_unicode_before_the_mutated_expression_keeps_columns_right() -> None:
    source = 'def unit(a, b):\n    label = "µs" if a < b else "é µ"\n    return label + "·" + str(b - 1)\n'
    found = generate_mutations("u.py", source)
    mutated = {m.apply(source) for m in found}
    assert source.replace("a < b", "a <= b") in mutated
    assert source.replace("if a < b", "if not a < b") in mutated
    assert source.replace("b - 1", "b + 1") in mutated
    comparison = next(m for m in found if m.operator == "comparison_boundary")
    (edit,) = comparison.edits
    assert edit.start == (2, 22) and edit.end == (2, 23)  # characters, not UTF-8 bytes (23)
    for mutation in found:
        check_mutant(source, mutation)


def test_crlf_line_endings_are_kept() -> None:
    source = "def f(xs):\r\n    total = 0\r\n    for x in xs:\r\n        total += x\r\n    return total\r\n"
    found = generate_mutations("w.py", source)
    assert found
    for mutation in found:
        mutated = mutation.apply(source)
        assert "\n" not in mutated.replace("\r\n", "")
    omitted = next(m for m in found if m.operator == "missing_statement")
    assert omitted.apply(source).count("\r\n") == source.count("\r\n") - 1
    assert omitted.bug_lines == (1, 2)


def test_guard_removal_with_tabs() -> None:
    source = "def f(x):\n\tif x:\n\t\tx.reset()\n\t\tx.flush()\n\treturn x\n"
    found = [m for m in generate_mutations("t.py", source, ["drop_condition"]) if "guard" in m.description]
    assert [m.apply(source) for m in found] == ["def f(x):\n\tx.reset()\n\tx.flush()\n\treturn x\n"]
    assert found[0].bug_lines == (2, 3)


def test_long_operator_chains_do_not_hit_the_recursion_limit() -> None:
    chain = " + ".join(["s"] * 2500)  # nests deeper than the default recursion limit
    source = f"def f(a: int, b: int) -> int:\n    s = a\n    t = {chain}\n    return t\n"
    found = generate_mutations("deep.py", source, ["missing_return_or_wrong_return"])
    assert "return s\n" in {m.apply(source)[-9:] for m in found}


def test_operator_subset_and_unknown_names() -> None:
    found = generate_mutations(SAMPLE_PATH, SAMPLE, ["early_exit_in_loop", "off_by_one"])
    assert {m.operator for m in found} == {"early_exit_in_loop", "off_by_one"}
    with pytest.raises(UsageError, match="no_such_operator"):
        generate_mutations(SAMPLE_PATH, SAMPLE, ["no_such_operator"])
    with pytest.raises(SourceError, match="broken.py:2"):
        generate_mutations("broken.py", "x = 1\ndef f(:\n")


def test_operator_objects_find_candidates_from_a_tree() -> None:
    source = "def f(a, b):\n    return a < b\n"
    found = list(OPERATORS["comparison_boundary"].find(ast.parse(source), source, "f.py"))
    assert [m.apply(source) for m in found] == ["def f(a, b):\n    return a <= b\n"]


# -- edits and line arithmetic ---------------------------------------------------------------


def test_apply_edits_rejects_overlap_and_bad_positions() -> None:
    source = "abc\ndef\n"
    assert apply_edits(source, [Edit((1, 1), (2, 1), "X"), Edit((2, 2), (2, 3), "Y")]) == "aXeY\n"
    with pytest.raises(ValueError):
        apply_edits(source, [Edit((1, 0), (1, 2), "x"), Edit((1, 1), (1, 3), "y")])
    with pytest.raises(ValueError):
        apply_edits(source, [Edit((5, 0), (5, 1), "x")])
    with pytest.raises(ValueError):
        Edit((2, 0), (1, 0), "")


def test_line_maps_around_a_deletion_and_an_insertion() -> None:
    deletion = [Edit((3, 0), (5, 0), "")]  # lines 3 and 4 removed
    assert [map_line_forward(deletion, line) for line in (1, 2, 5, 6)] == [1, 2, 3, 4]
    assert [map_line_back(deletion, line) for line in (1, 2, 3, 4)] == [1, 2, 5, 6]
    insertion = [Edit((2, 4), (2, 4), "x\ny\n")]
    assert [map_line_forward(insertion, line) for line in (1, 2, 3)] == [1, 4, 5]
    assert [map_line_back(insertion, line) for line in (1, 5)] == [1, 3]


# -- combine ---------------------------------------------------------------------------------

TWO_FUNCTIONS = code(
    """
    def count_positive(values):
        count = 0
        seen = []
        for value in values:
            seen.append(value)
            if value > 0:
                count += 1
        return count


    def scale(values, factor):
        factor = abs(factor)
        return [value * factor for value in values if value < 10]
    """
)


def _pick(operator: str, description: str) -> Mutation:
    found = generate_mutations("c.py", TWO_FUNCTIONS, [operator])
    return next(m for m in found if description in m.description)


def test_combine_shifts_bug_lines_after_an_earlier_omission() -> None:
    omission = _pick("missing_statement", "seen.append")
    assert omission.bug_lines == (4, 5)
    later = _pick("comparison_boundary", "scale")
    assert later.bug_lines == (13,)
    both = combine(TWO_FUNCTIONS, [omission, later])
    mutated = both.apply(TWO_FUNCTIONS)
    lines = mutated.splitlines()
    assert both.bug_lines == (4, 5, 12)
    assert lines[11] == "    return [value * factor for value in values if value <= 10]"
    assert lines[3] == "    for value in values:" and lines[4] == "        if value > 0:"
    assert both.operator == "missing_statement+comparison_boundary"
    assert both.omission and both.scope == "count_positive+scale"
    assert both.file == "c.py"


def test_combine_keeps_lines_before_a_later_omission() -> None:
    early = _pick("comparison_boundary", "count_positive")
    late = _pick("missing_statement", "factor = abs(factor)")
    assert late.bug_lines == (11, 12)
    assert combine(TWO_FUNCTIONS, [late, early]).bug_lines == (6, 11, 12)
    removed_guard = _pick("drop_condition", "guard")  # 2 lines become 1 in count_positive
    assert removed_guard.bug_lines == (6,)
    scaled = _pick("arithmetic_operator", "value * factor")
    both = combine(TWO_FUNCTIONS, [removed_guard, scaled])
    lines = both.apply(TWO_FUNCTIONS).splitlines()
    assert both.bug_lines == (6, 12)
    assert lines[5] == "        count += 1" and "value / factor" in lines[11]


def test_combine_rejects_overlap_shared_scope_and_other_files() -> None:
    first = _pick("comparison_boundary", "scale")
    second = _pick("wrong_constant", "scale")
    with pytest.raises(ValueError, match="scope"):
        combine(TWO_FUNCTIONS, [first, second])
    elsewhere = Mutation(
        operator=first.operator,
        file=first.file,
        edits=first.edits,
        bug_lines=first.bug_lines,
        omission=False,
        description="same place, other scope",
        scope="other",
    )
    with pytest.raises(ValueError, match="overlap"):
        combine(TWO_FUNCTIONS, [first, elsewhere])
    moved = Mutation(**{**elsewhere.__dict__, "file": "d.py", "edits": ()})
    with pytest.raises(ValueError, match="one file"):
        combine(TWO_FUNCTIONS, [first, moved])
    with pytest.raises(ValueError):
        combine(TWO_FUNCTIONS, [first])
