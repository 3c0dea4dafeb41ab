"""Static features of specific statement lines of a small file."""

from __future__ import annotations

import math

import numpy as np
import pytest
from feature_helpers import build, failed, line_features, passed

from tflm.collect.sources import parse_source
from tflm.features import build_features
from tflm.features.static import KINDS, OPERATORS, STATIC_NAMES, FileStatic, analyze_file

SOURCE = '''\
"""Module doc."""
import os


class Box:
    """Doc."""

    size: int = 3

    def __init__(self, items: list[int], limit: int = -1) -> None:
        self.items = items
        self.limit = limit

    def total(self, start):
        acc = 0
        for i, x in enumerate(self.items[start:]):
            if x > self.limit and not x in (1, 2):
                acc += x
            elif x < 0:
                raise ValueError(f"bad {x}")
            else:
                try:
                    acc = acc - self.items[i]
                except IndexError:
                    continue
        return acc

    def names(self):
        values = [str(v) for v in self.items]
        key = lambda s: s.lower()
        print(sorted(values,
                     key=key))
        assert values, "empty"
        while values:
            values.pop()
        with open(os.devnull) as sink:
            sink.write("x")
'''


@pytest.fixture(scope="module")
def static(tmp_path_factory) -> FileStatic:
    root = tmp_path_factory.mktemp("static")
    (root / "box.py").write_text(SOURCE)
    return analyze_file(parse_source(root, "box.py"))


@pytest.fixture(scope="module")
def rows(static):
    def row(line: int) -> dict[str, float]:
        return dict(zip(STATIC_NAMES, static.rows(np.array([line]))[0].tolist()))

    return row


def kind(row: dict[str, float]) -> str:
    (found,) = [k for k in KINDS if row[f"kind_{k}"] == 1.0]
    return found


def ops(row: dict[str, float]) -> set[str]:
    return {o for o in OPERATORS if row[f"op_{o}"] == 1.0}


@pytest.mark.parametrize(
    "line,expected_kind,expected_ops",
    [
        (2, "import", set()),
        (5, "def", set()),
        (8, "annassign", {"num"}),  # the annotation is not an operator
        (10, "def", {"num"}),  # -1 is a signed literal; list[int] is an annotation
        (11, "assign", {"attr"}),
        (16, "for", {"call", "attr", "slice"}),  # the header only, not the loop body
        (17, "if", {"compare", "bool", "not", "attr", "num"}),
        (18, "augassign", {"arith"}),
        (19, "if", {"compare", "num"}),
        (20, "raise", {"call", "str"}),
        (22, "block", set()),
        (23, "assign", {"arith", "subscript", "attr"}),
        (25, "other", set()),
        (26, "return", set()),
        (29, "assign", {"comprehension", "call", "attr"}),
        (30, "assign", {"lambda", "call", "attr"}),
        (31, "call", {"call"}),
        (33, "assert", {"str"}),
        (34, "while", set()),
        (35, "call", {"call", "attr"}),
        (36, "block", {"call", "attr"}),
    ],
)
def test_statement_kind_and_operators(rows, line, expected_kind, expected_ops):
    row = rows(line)
    assert kind(row) == expected_kind
    assert ops(row) == expected_ops


def test_operator_count_is_log_scaled(rows):
    # x > self.limit, x in (1, 2), not, and: four operators.
    assert rows(17)["n_ops"] == pytest.approx(math.log(5) / math.log(32))
    assert rows(15)["n_ops"] == 0.0


def test_conditions_depth_loop_and_handler_context(rows):
    assert (rows(17)["is_condition"], rows(34)["is_condition"], rows(16)["is_condition"]) == (1.0, 1.0, 0.0)
    # depth counts enclosing compound statements of the scope, capped at 5, divided by 5
    assert [rows(n)["depth"] for n in (15, 16, 17, 18, 19, 22, 23, 25, 26)] == [0, 0, 0.2, 0.4, 0.2, 0.4, 0.6, 0.6, 0]
    assert [rows(n)["in_loop"] for n in (16, 17, 25, 26, 35)] == [0, 1, 1, 0, 1]
    assert [rows(n)["in_except"] for n in (23, 25)] == [0, 1]
    assert [rows(n)["in_return_raise"] for n in (20, 26, 18)] == [1, 1, 0]


def test_position_in_scope_skips_docstrings_and_nested_bodies(static, rows):
    # Box.total holds lines 15, 16, 17, 18, 19, 20, 22, 23, 25, 26.
    assert static.scope_size["Box.total"] == 10
    assert (rows(15)["position"], rows(17)["position"], rows(26)["position"]) == (0.0, 2 / 9, 1.0)
    assert (rows(15)["is_first"], rows(15)["is_last"], rows(26)["is_last"]) == (1.0, 0.0, 1.0)
    # <module> holds 2 (import), 5 (class), 8, 10 (def), 14 (def), 28 (def); docstrings are not statements.
    assert static.scope_size["<module>"] == 6
    assert (rows(2)["is_first"], rows(8)["position"], rows(28)["is_last"]) == (1.0, 2 / 5, 1.0)


def test_multiline_flags_statements_and_headers_spanning_lines(rows):
    assert rows(31)["multiline"] == 1.0
    assert rows(29)["multiline"] == 0.0
    assert rows(16)["multiline"] == 0.0  # a one-line header over a multi-line body


def test_a_line_that_starts_no_statement_gets_the_default_row(rows):
    row = rows(32)  # continuation of line 31
    assert kind(row) == "other" and ops(row) == set() and row["position"] == 0.0


def test_static_features_reach_the_table_for_a_multiline_statement(tmp_path):
    coverage = {"t": [("box.py", 29), ("box.py", 31)], "p": [("box.py", 29)]}
    spectrum = build(tmp_path, {"box.py": SOURCE}, coverage, [failed("t"), passed("p")])
    table = build_features(spectrum)
    assert [line.line for line in table.lines] == [29, 31]
    row = line_features(table, "box.py", 31)
    assert row["multiline"] == 1.0 and row["kind_call"] == 1.0 and row["ochiai"] == 1.0
    assert np.isfinite(table.X_line).all()
