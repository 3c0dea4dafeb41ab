"""A small localization built in memory (no test run): a project on disk, a hand-made spectrum.

Imported by the report tests (a second conftest.py would shadow tests/conftest.py for `from conftest import ...`)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from tflm.collect.outcomes import TestOutcome
from tflm.collect.sources import parse_sources
from tflm.collect.spectrum import build_spectrum
from tflm.localization import Localization, localize_spectrum
from tflm.types import LineId

OPS = '''\
def add(a, b):
    return a + b


def mean(xs):
    total = 0
    for x in xs:
        total += x
    return total / (len(xs) + 1)


def render(x):
    return "<b>" + str(x) + "</script>"
'''
TEXT = '''\
def shout(s):
    return s.upper()
'''
# Which test ran which line (1-based statement lines of calc/ops.py and calc/text.py).
RUNS = {
    "tests/test_ops.py::test_add": [("calc/ops.py", 2)],
    "tests/test_ops.py::test_mean[1-2]": [("calc/ops.py", n) for n in (6, 7, 8, 9)],
    "tests/test_ops.py::test_mean[3.5-4]": [("calc/ops.py", n) for n in (6, 7, 8, 9)],
    "tests/test_ops.py::test_mean_empty": [("calc/ops.py", n) for n in (6, 7, 9)],
    "tests/test_ops.py::test_render": [("calc/ops.py", 13)],
    "tests/test_text.py::TestShout::test_shout": [("calc/text.py", 2)],
}
FAILING = {"tests/test_ops.py::test_mean[1-2]", "tests/test_ops.py::test_mean[3.5-4]"}
MESSAGE = "assert mean([1, 2]) == 1.5\nE  assert 1.0 == 1.5 </script><img src=x onerror=alert(1)>"


@pytest.fixture
def make_result(tmp_path: Path) -> Callable[..., Localization]:
    (tmp_path / "calc").mkdir()
    (tmp_path / "calc" / "__init__.py").write_text("")
    (tmp_path / "calc" / "ops.py").write_text(OPS)
    (tmp_path / "calc" / "text.py").write_text(TEXT)

    def make(method: str = "ochiai", granularity: str = "statement") -> Localization:
        sources = parse_sources(tmp_path, ["calc/__init__.py", "calc/ops.py", "calc/text.py"])
        executed: dict[LineId, set[str]] = {}
        for test, lines in RUNS.items():
            for file, line in lines:
                executed.setdefault(LineId(file, line), set()).add(test)
        outcomes = {
            test: TestOutcome(test, "failed" if test in FAILING else "passed",
                              message=MESSAGE if test in FAILING else "", exc_type="AssertionError" if test in FAILING else None,
                              traceback=(LineId("calc/ops.py", 9),) if test in FAILING else ())
            for test in RUNS
        }
        outcomes["tests/test_ops.py::test_skipped"] = TestOutcome("tests/test_ops.py::test_skipped", "skipped")
        spectrum = build_spectrum(tmp_path, executed, outcomes, sources)
        return localize_spectrum(spectrum, method=method, granularity=granularity)

    return make
