"""The fork-server launcher with coverage kept in memory, against the subprocess launcher."""

from __future__ import annotations

from tflm.collect.forkserver import ForkLauncher
from tflm.collect.runner import RunOptions, SubprocessLauncher, collect
from tflm.types import LineId


def test_in_memory_fork_run_gives_the_subprocess_spectrum(fixture_copy):
    project = fixture_copy("shapes")
    flushed = collect(RunOptions(project=project), launcher=SubprocessLauncher()).spectrum
    forked = collect(RunOptions(project=project, coverage_in_memory=True), launcher=ForkLauncher()).spectrum
    assert forked.lines == flushed.lines and forked.tests == flushed.tests
    assert (forked.matrix != flushed.matrix).nnz == 0
    assert {t: o.status for t, o in forked.outcomes.items()} == {t: o.status for t, o in flushed.outcomes.items()}


def test_crash_with_coverage_in_memory_runs_again_and_keeps_earlier_spectra(fixture_copy):
    """A test that kills the process takes the in-memory data of the tests before it along; the
    collector then repeats the run with per-test flushes."""
    project = fixture_copy("crashing")
    messages: list[str] = []
    result = collect(RunOptions(project=project, coverage_in_memory=True), launcher=ForkLauncher(),
                     progress=messages.append)
    assert any("running again" in m for m in messages)
    assert result.crashed == ["tests/test_ops.py::test_b_exit", "tests/test_ops.py::test_d_segfault"]
    spectrum = result.spectrum
    add_row = spectrum.lines.index(LineId("calc/ops.py", 6))
    hit = {spectrum.tests[j] for j in spectrum.matrix[[add_row], :].indices}
    assert hit == {"tests/test_ops.py::test_a_add", "tests/test_ops.py::test_f_add_again"}
