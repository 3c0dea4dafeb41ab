"""Smoke runs of the benchmark scripts: each one's smallest real configuration, end to end.

A benchmark is not a test, so nothing here is timed: the runs check that each script still works
and that what it prints has the expected rows and sane numbers (positive, finite, consistent).
Each script runs as documented (``python -m tflm.evaluation.bench_X``), from a directory outside
the repository, with its temporary files in a directory of the test's own.
"""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

# The tiny synthetic corpus and model are shared with tests/model (imported under the same module
# name, so its session cache builds them once even when both directories run).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "model"))
from model_helpers import tiny_corpus, tiny_model, tiny_model_file, tiny_programs  # noqa: E402, F401 (fixtures)

from tflm.evaluation.bench_corpus import VARIANTS, order  # noqa: E402

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|inf|nan")


def run_bench(script: str, *args: str, tmp_path: Path) -> str:
    """Run ``tflm.evaluation.<script>`` with ``args``; return its standard output."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    done = subprocess.run([sys.executable, "-m", f"tflm.evaluation.{script}", *args], cwd=tmp_path,
                          env=dict(os.environ, TMPDIR=str(scratch)), capture_output=True, text=True,
                          timeout=900)  # a hang guard, not a time goal
    assert done.returncode == 0, f"{script} failed:\n{done.stdout}\n{done.stderr}"
    assert not list(scratch.iterdir()), f"{script} left its scratch files behind"
    return done.stdout


def table(output: str, header: str) -> list[list[str]]:
    """The body rows of the Markdown table whose header row starts with ``header``, cells stripped."""
    lines = output.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith(header)]
    assert len(starts) == 1, f"no single table headed {header!r} in:\n{output}"
    assert lines[starts[0] + 1].startswith("|---")
    rows = []
    for line in lines[starts[0] + 2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


def positive(cell: str) -> float:
    """The first number in ``cell`` ('1,008', '0.35', '4.9x', '2.1 s total'), checked > 0 and finite."""
    found = NUMBER.search(cell)
    assert found, f"no number in {cell!r}"
    value = float(found.group().replace(",", ""))
    assert 0 < value < math.inf, f"{cell!r} is not a positive finite number"
    return value


def close(ratio: float, numerator: float, denominator: float) -> bool:
    """A printed ratio agrees with the printed values it came from (each rounded: allow 15%)."""
    return math.isclose(ratio, numerator / denominator, rel_tol=0.15, abs_tol=0.02)


def test_bench_localize_quick(tmp_path: Path) -> None:
    out = run_bench("bench_localize", "--quick", tmp_path=tmp_path)
    assert "medians of 1 runs" in out
    rows = table(out, "| project | pytest |")
    assert [row[0] for row in rows] == ["pricing", "shapes", "big (generated, 10 modules, ~100 tests)"]
    for name, *cells in rows:
        assert len(cells) == 5, name
        pytest_s, coverage_s, tflm_s, over_coverage, over_pytest = map(positive, cells)
        assert close(over_coverage, tflm_s, coverage_s), name
        assert close(over_pytest, tflm_s, pytest_s), name


def test_bench_corpus_quick(tmp_path: Path) -> None:
    # --quick: the first subject of corpus/subjects (found from the installed module, not the cwd), 3 mutants
    out = run_bench("bench_corpus", "--quick", tmp_path=tmp_path)
    assert "3 mutants per subject, naive and engine taking turns going first" in out
    rows = table(out, "| subject | tests |")
    assert len(rows) == 2, out
    (subject, tests, naive, engine, ratio), (label, _, naive_total, engine_total, total_ratio) = rows
    assert "skipped" not in tests, out
    assert int(tests) > 0
    for cell in (naive, engine, ratio, naive_total, engine_total, total_ratio):
        positive(cell)
    assert naive_total.endswith("s total") and engine_total.endswith("s total")
    assert label == "**all**"
    # one subject: its ratio of totals is the overall one
    assert positive(ratio) == positive(total_ratio)
    assert close(positive(total_ratio), positive(naive_total), positive(engine_total))


@pytest.mark.parametrize("count", [1, 2, 3, 6, 12])
def test_bench_corpus_variants_take_turns(count: int) -> None:
    orders = [order(k) for k in range(count)]
    assert all(sorted(pair) == sorted(VARIANTS) for pair in orders)
    firsts = [pair[0] for pair in orders]
    # neither goes first more than once more than the other, and over an even count equally often
    assert abs(firsts.count("naive") - firsts.count("engine")) == count % 2
    assert all(a != b for a, b in zip(firsts, firsts[1:]))


def check_model_output(out: str, *, cases: int) -> None:
    assert re.search(r"^model: .+, [1-9]\d* SPN nodes$", out, re.MULTILINE), out
    load = table(out, "| load | seconds |")
    assert [row[0] for row in load] == ["fresh process (import + load)", "warm reload"]
    for _, seconds in load:
        positive(seconds)
    assert f"corpus: {cases} cases read in" in out
    inference = table(out, "| lines | scopes | posterior (s) |")
    assert len(inference) == 1, "--quick times one size"
    lines, scopes, seconds, per_thousand = map(positive, inference[0])
    assert lines >= 1000 and scopes >= 1
    # ms per 1,000 lines, from seconds printed to the millisecond
    assert abs(per_thousand * lines / 1e6 - seconds) <= 0.0006 + 0.01 * seconds


def test_bench_model_quick_default_model(tiny_corpus: Path, tmp_path: Path) -> None:
    # the shipped model, as `tflm localize` loads it, on the tiny corpus's programs
    out = run_bench("bench_model", "--quick", "--corpus", str(tiny_corpus), tmp_path=tmp_path)
    assert "model: default," in out
    check_model_output(out, cases=18)


def test_bench_model_quick_train(tiny_corpus: Path, tiny_model_file: Path, tmp_path: Path) -> None:
    # tiny_model_file skips without torch and spflow, which --train needs; its small
    # hyperparameters are the ones --train retrains with, so training takes seconds
    out = run_bench("bench_model", "--quick", "--train", "--corpus", str(tiny_corpus), "--model",
                    str(tiny_model_file), tmp_path=tmp_path)
    check_model_output(out, cases=18)
    trained = re.search(r"^training on (\d+) cases: ([\d.]+) s .*, (\d+) SPN nodes$", out, re.MULTILINE)
    assert trained, out
    assert int(trained.group(1)) == 18 and float(trained.group(2)) > 0 and int(trained.group(3)) > 0
