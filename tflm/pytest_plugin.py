"""``pytest --tflm``: localize failures in the run you were doing anyway.

Registered through the ``pytest11`` entry point ``tflm``, so any pytest in an environment where
tflm is installed has it. Without ``--tflm`` it only adds its options: nothing else is imported,
coverage is neither imported nor started, no hook does any work.

With ``--tflm`` the suite runs as usual under the same collector ``tflm localize`` runs inside
its subprocess (:class:`tflm.collect.plugin._Collector`: one coverage session pinned to
``ctrace``, per-test contexts switched at setup/call/teardown, outcomes from
``pytest_runtest_logreport`` folded by the policy in :mod:`tflm.collect.outcomes`). Its data and
event files go to a temporary directory, removed at the end. When the session ends, the contexts
are read back (:func:`tflm.collect.runner.read_coverage`), the lines ranked, the reports asked
for with ``--tflm-report FORMAT:PATH`` written, and the terminal summary shows the most
suspicious lines. Source files are chosen as ``tflm localize`` chooses them, under pytest's
rootdir.

It refuses to run beside pytest-xdist workers (each worker would see a fraction of the tests)
and beside another coverage measurement (pytest-cov's ``--cov``, ``coverage run``): two tracers
in one process give wrong numbers to both. The error says what to drop.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from tflm.localization import Localization

SESSION_PLUGIN = "tflm-session"
COLLECTOR_PLUGIN = "tflm-collector"
DEFAULT_TOP = 10
MAX_SOURCE_CHARS = 60


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("tflm", "tflm fault localization")
    group.addoption("--tflm", action="store_true", default=False,
                    help="Record per-test coverage and, when tests fail, rank the most suspicious lines.")
    group.addoption("--tflm-method", default="ochiai", metavar="NAME",
                    help="Ranking method: ochiai (default), tarantula, dstar, op2, ... as in `tflm localize --method`.")
    group.addoption("--tflm-top", type=int, default=None, metavar="N",
                    help=f"Lines shown in the terminal summary (default {DEFAULT_TOP}); when given, reports keep only N too.")
    group.addoption("--tflm-min-score", type=float, default=None, metavar="SCORE",
                    help="Keep only lines scoring at least SCORE (terminal and reports).")
    group.addoption("--tflm-granularity", choices=("statement", "function", "file"), default="statement",
                    help="Rank statements (default), functions or files.")
    group.addoption("--tflm-report", action="append", default=[], metavar="FORMAT:PATH",
                    help="Also write a report: text, json, csv, sarif or html, e.g. html:tflm.html (repeatable).")
    group.addoption("--tflm-include", action="append", default=[], metavar="GLOB",
                    help="Source files to rank (rootdir-relative glob, repeatable). Default: Python files outside tests.")
    group.addoption("--tflm-omit", action="append", default=[], metavar="GLOB", help="Source files to leave out (repeatable).")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("tflm", False) or config.pluginmanager.has_plugin(SESSION_PLUGIN):
        return
    if hasattr(config, "workerinput"):  # an xdist worker: the controller already refused
        return
    from tflm.errors import TflmError

    try:
        session = _Session(config)
    except TflmError as exc:
        raise pytest.UsageError(f"tflm: {exc}") from None
    config.pluginmanager.register(session, SESSION_PLUGIN)
    session.start()


def _conflicts(config: pytest.Config) -> str | None:
    """Why per-test coverage cannot be recorded in this session, if it cannot."""
    option = config.option
    workers = getattr(option, "numprocesses", None)
    if workers or getattr(option, "dist", "no") not in ("no", None):
        return ("--tflm cannot run with pytest-xdist (-n/--dist): each worker would record only its share of "
                "the tests. Run it without -n (or with -p no:xdist).")
    if getattr(option, "cov_source", None) and not getattr(option, "no_cov", False):
        return ("--tflm cannot run together with pytest-cov's --cov: two coverage tracers in one process give "
                "wrong numbers to both. Drop --cov for this run (or add --no-cov), or record with "
                "`pytest --cov=PKG --cov-context=test --junitxml=results.xml` and run "
                "`tflm localize --coverage-file .coverage --junit-xml results.xml`.")
    import coverage

    if coverage.Coverage.current() is not None or sys.gettrace() is not None:
        return ("--tflm needs to trace the tests itself, but another tracer is already active (coverage run, "
                "pytest-cov or a debugger). Run pytest without it.")
    return None


class _Session:
    """Settings checked before any test runs, the collector, and the localization at the end."""

    def __init__(self, config: pytest.Config) -> None:
        from tflm.collect.sources import select_source_files
        from tflm.errors import UsageError
        from tflm.localization import check_granularity, check_method
        from tflm.reports.output import parse_report_spec

        self.config = config
        self.root = Path(config.rootpath)
        self.method = check_method(config.getoption("tflm_method"))
        self.granularity = check_granularity(config.getoption("tflm_granularity"))
        self.top: int | None = config.getoption("tflm_top")
        if self.top is not None and self.top < 1:
            raise UsageError(f"--tflm-top must be a whole number >= 1. Got {self.top} instead.")
        self.min_score: float | None = config.getoption("tflm_min_score")
        self.reports = [parse_report_spec(spec) for spec in config.getoption("tflm_report")]
        conflict = _conflicts(config)
        if conflict is not None:
            raise UsageError(conflict)
        self.rels = select_source_files(self.root, config.getoption("tflm_include"), config.getoption("tflm_omit"))
        self.workdir = Path(tempfile.mkdtemp(prefix="tflm-pytest-"))
        self.result: Localization | None = None
        self.message: str | None = None
        self.failed = False

    def start(self) -> None:
        # plugin.py turns bytecode writing off for the subprocess it normally runs in; this
        # session is the user's own, so their setting stands.
        previous = sys.dont_write_bytecode
        from tflm.collect.plugin import _Collector

        sys.dont_write_bytecode = previous
        settings = {
            "data_file": str(self.workdir / "coverage"),
            "events_file": str(self.workdir / "events.jsonl"),
            "include": [str(self.root / rel) for rel in self.rels],
            "timeout": 0,  # the user's run: no time limit of ours
            "skip_file": None,
        }
        self.config.pluginmanager.register(_Collector(self.config, settings), COLLECTOR_PLUGIN)

    def finish(self) -> None:
        """Read the run back and rank (after the collector saved its data); never raises."""
        from tflm.errors import NothingToLocalize, TflmError

        try:
            self.result = self._localize()
            for fmt, path in self.reports:
                self._write(fmt, path)
        except NothingToLocalize as exc:
            self.message = f"{exc.message} No report written."
        except TflmError as exc:
            self.message = f"error: {exc}"
            self.failed = True

    def _localize(self) -> Localization:
        from tflm.collect.events import AttemptLog
        from tflm.collect.runner import map_traceback, read_coverage
        from tflm.collect.sources import parse_sources
        from tflm.collect.spectrum import build_spectrum
        from tflm.localization import localize_spectrum

        log = AttemptLog()
        events = self.workdir / "events.jsonl"
        if events.exists():
            for raw in events.read_text(encoding="utf-8").splitlines():
                if raw.strip():
                    log.add(json.loads(raw))
        sources = parse_sources(self.root, self.rels)
        outcomes = {nodeid: map_traceback(o, self.root, sources) for nodeid, o in log.outcomes().items()}
        executed = read_coverage([self.workdir / "coverage"], self.root, sources)
        spectrum = build_spectrum(self.root, executed, outcomes, sources)
        return localize_spectrum(spectrum, method=self.method, granularity=self.granularity, warnings=log.warnings)

    def _write(self, fmt: str, path: Path) -> None:
        from tflm.reports.output import render_report, write_report

        assert self.result is not None
        top = self.top if fmt != "text" or self.top is not None else DEFAULT_TOP
        write_report(render_report(fmt, self.result, top=top, min_score=self.min_score), path)

    # -- hooks ----------------------------------------------------------------------------------

    @pytest.hookimpl(hookwrapper=True, trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> Generator[None, Any, None]:
        # Innermost wrapper: the collector (a plain trylast impl) has saved its data when the
        # yield returns, and the terminal reporter prints its summary only after this.
        yield
        ran = session.testscollected and not session.config.option.collectonly
        if ran and exitstatus != pytest.ExitCode.INTERRUPTED:
            self.finish()

    def pytest_terminal_summary(self, terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
        tr = terminalreporter
        if self.message is not None:
            tr.write_sep("=", "tflm", red=self.failed, yellow=not self.failed)
            tr.write_line(f"tflm: {self.message}", red=self.failed)
            return
        if self.result is None:
            return
        self._summary(tr, self.result)

    def _summary(self, tr: Any, result: Localization) -> None:
        from tflm.localization import select

        unit = {"function": "functions", "file": "files"}.get(result.granularity, "lines")
        tests = result.spectrum.summary()
        tr.write_sep("=", f"tflm: most suspicious {unit} ({result.method})", yellow=True)
        tr.write_line(f"{tests['failed']} failed, {tests['errors']} errors, {tests['passed']} passed; "
                      f"{len(result.spectrum.lines)} executed lines ranked")
        items = select(result.ranking, self.top or DEFAULT_TOP, self.min_score)
        width = max((len(f"{i.file}:{i.line}") for i in items), default=0)
        scope_width = max((len(i.scope) for i in items), default=0)
        for item in items:
            source = result.spectrum.sources.get(item.file)
            text = source.source_line(item.line).strip() if source and result.granularity == "statement" else ""
            if len(text) > MAX_SOURCE_CHARS:
                text = text[: MAX_SOURCE_CHARS - 1] + "…"
            location = item.file if result.granularity == "file" else f"{item.file}:{item.line}"
            score = "inf" if item.score == float("inf") else f"{item.score:.4f}"
            tr.write_line(f"{item.rank:>4}  {location:<{width}}  {score:>7}  {item.scope:<{scope_width}}  {text}".rstrip())
        for warning in result.warnings:
            tr.write_line(f"tflm: warning: {warning}", yellow=True)
        for fmt, path in self.reports:
            tr.write_line(f"tflm: wrote the {fmt} report to {path}")

    def pytest_unconfigure(self, config: pytest.Config) -> None:
        shutil.rmtree(self.workdir, ignore_errors=True)
