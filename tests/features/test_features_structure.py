"""Scopes, the static call graph, and scope and program features."""

from __future__ import annotations

import math

import pytest
from feature_helpers import build, failed, passed, program_features, scope_features

from tflm.collect.sources import parse_source
from tflm.features import build_features
from tflm.features.static import analyze_file
from tflm.features.structure import call_graph

A = """
from pkg.b import helper


class Base:
    def run(self, x):
        return x


class Shape(Base):
    def __init__(self, n):
        self.n = n

    def area(self):
        return self.scale(helper(self.n))

    def scale(self, v):
        return super().run(v) * 2


def make(n):
    return Shape(n).area()


def unused():
    return 0
"""
B = """
def helper(v):
    return inner(v) + 1


def inner(v):
    return v
"""
FILES = {"pkg/a.py": A, "pkg/b.py": B}
CHAIN = [("pkg/a.py", l) for l in (6, 11, 14, 17, 21)] + [("pkg/b.py", 2), ("pkg/b.py", 6)]


@pytest.fixture
def table(tmp_path):
    coverage = {
        "t_fail": CHAIN,
        "t_pass": [("pkg/b.py", 2), ("pkg/b.py", 6), ("pkg/a.py", 25)],
        "t_pass2": [("pkg/a.py", 21), ("pkg/a.py", 11), ("pkg/a.py", 14)],
    }
    trace = [("pkg/a.py", 21), ("pkg/a.py", 14)]
    outcomes = [failed("t_fail", "TypeError", trace), passed("t_pass"), passed("t_pass2")]
    return build_features(build(tmp_path, FILES, coverage, outcomes))


def test_call_graph_resolves_names_self_super_and_constructors(tmp_path):
    for rel, text in FILES.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text.lstrip("\n"))
    graph = call_graph({rel: analyze_file(parse_source(tmp_path, rel)) for rel in FILES})
    a, b = "pkg/a.py", "pkg/b.py"
    assert set(graph.edges()) == {
        ((a, "make"), (a, "Shape.__init__")),  # Shape(n); .area() on the result is not resolved
        ((a, "Shape.area"), (a, "Shape.scale")),
        ((a, "Shape.area"), (b, "helper")),
        ((a, "Shape.scale"), (a, "Base.run")),
        ((b, "helper"), (b, "inner")),
    }
    assert (a, "unused") in graph and (a, "<module>") in graph


def test_scopes_come_in_first_appearance_order(table):
    assert table.scopes == [
        ("pkg/a.py", "Base.run"),
        ("pkg/a.py", "Shape.__init__"),
        ("pkg/a.py", "Shape.area"),
        ("pkg/a.py", "Shape.scale"),
        ("pkg/a.py", "make"),
        ("pkg/a.py", "unused"),
        ("pkg/b.py", "helper"),
        ("pkg/b.py", "inner"),
    ]
    assert table.line_scope.tolist() == list(range(8))


def test_traceback_and_call_graph_scope_features(table):
    feats = {q: scope_features(table, f, q) for f, q in table.scopes}
    assert {q for q, s in feats.items() if s["in_tb"]} == {"make", "Shape.area"}
    assert {q for q, s in feats.items() if s["tb_innermost"]} == {"Shape.area"}
    called = {q for q, s in feats.items() if s["called_from_tb"]}
    assert called == {"Shape.__init__", "Shape.scale", "Base.run", "helper", "inner"}
    ranks = {q: s["pagerank_fail"] for q, s in feats.items()}
    assert ranks["unused"] == 0.0  # no failing test enters it
    assert max(ranks.values()) == 1.0 and all(r > 0 for q, r in ranks.items() if q != "unused")
    # inner is called from helper, which is called from area: more rank than make, which nothing calls
    assert ranks["inner"] > ranks["helper"] > ranks["make"]


def test_entering_shares_and_best_scores_of_scopes(table):
    feats = {q: scope_features(table, f, q) for f, q in table.scopes}
    assert (feats["helper"]["fail_enter_share"], feats["helper"]["pass_enter_share"]) == (1.0, 0.5)
    assert (feats["unused"]["fail_enter_share"], feats["unused"]["pass_enter_share"]) == (0.0, 0.5)
    assert feats["Base.run"]["best_ochiai"] == 1.0
    assert feats["helper"]["best_ochiai"] == pytest.approx(1 / math.sqrt(2))
    # Scope bests: 1 (x2), 1/sqrt(2) (x5), 0 (x1).
    assert [feats[q]["best_ochiai_pct"] for q in ("Base.run", "helper", "unused")] == [7.5 / 8, 4 / 8, 1 / 8]
    assert [feats[q]["best_ochiai_gap"] for q in ("Base.run", "unused")] == [0.0, 1.0]
    assert feats["make"]["is_module"] == 0.0


def test_program_features(table):
    program = program_features(table)
    assert program["n_tests_log"] == pytest.approx(math.log(4))
    assert program["fail_share"] == pytest.approx(1 / 3)
    assert program["executed_lines_log"] == pytest.approx(math.log(9))
    assert program["n_failing_log"] == pytest.approx(math.log(2))
    assert program["n_scopes_log"] == pytest.approx(math.log(9))
    assert program["ochiai_top_tie_share"] == 2 / 8
    assert program["nonassert_share"] == 1.0 and program["tb_any_share"] == 1.0
    assert program["ochiai_std"] > 0


def test_scope_size_execution_and_ties(tmp_path):
    source = """
    x = 1


    def g(v):
        a = v + 1
        if a:
            return a
        return 0


    y = g(x)
    """
    coverage = {"f": [("c.py", n) for n in (1, 5, 6, 7, 11)], "p": [("c.py", n) for n in (1, 5, 6)]}
    table = build_features(build(tmp_path, {"c.py": source}, coverage, [failed("f"), passed("p")]))
    assert table.scopes == [("c.py", "<module>"), ("c.py", "g")]
    assert table.line_scope.tolist() == [0, 1, 1, 1, 0]  # lines 1, 5, 6, 7, 11
    g = scope_features(table, "c.py", "g")
    assert (g["executed_log"], g["size_log"], g["executed_share"]) == (math.log(4), math.log(5), 0.75)
    assert g["best_ochiai"] == 1.0 and g["best_ties_log"] == math.log(2) and g["best_tie_share"] == 1 / 3
    module = scope_features(table, "c.py", "<module>")
    # <module> holds x = 1, def g, y = g(x): two of three executed; only line 11 reaches its best.
    assert module["is_module"] == 1.0 and module["executed_share"] == pytest.approx(2 / 3)
    assert module["best_ochiai"] == 1.0 and module["best_tie_share"] == 0.5
