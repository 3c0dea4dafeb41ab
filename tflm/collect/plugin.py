"""The pytest plugin that runs inside the target project's interpreter.

It is registered explicitly by the collector (``-p tflm.collect.plugin``) and is inert unless the
``TFLM_COLLECT_CONFIG`` environment variable names a configuration file written by
:mod:`tflm.collect.runner`. It may only import the standard library, pytest and coverage: it is
copied into a private directory that is put on the target's ``PYTHONPATH``, so that a project's own
virtual environment gets it without anything being installed there.

What it does:

* one ``coverage.Coverage`` for the whole session, started when the test loop starts, core pinned
  to ``ctrace``, measuring only the project's source files, with a dynamic context per test and phase named as pytest-cov names them
  (``<nodeid>|setup``, ``<nodeid>|run``, ``<nodeid>|teardown``). Switching context flushes the
  collected lines to the SQLite data file, so a test that kills the interpreter loses only its own
  lines, never those of the tests before it. With ``coverage_in_memory`` (the corpus builder) the
  data stays in memory and is written once, at the end of the session, as ``CoverageData.dumps()``
  bytes: a run that does not finish loses all of it, and the collector then repeats the run;
* outcomes from ``pytest_runtest_logreport``, failing traceback frames and exception type from
  ``pytest_runtest_makereport``, written as JSON lines to an events file, flushed per event, so the
  parent sees progress and can tell which test crashed or hung;
* a per-test time limit through ``SIGALRM`` that raises :class:`TestTimeout` (a
  ``BaseException``, so a test's ``except Exception`` cannot swallow it); the parent keeps a
  watchdog for hangs that no signal interrupts;
* deselection of tests already run by an earlier attempt (after a crash the parent restarts the
  suite with the remaining tests), and selection of given node ids (the corpus builder runs only
  the tests that reach a mutated statement).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import sysconfig
import time
import traceback
from collections.abc import Generator
from typing import IO, Any

import pytest

CONFIG_ENV = "TFLM_COLLECT_CONFIG"
MAX_MESSAGE_CHARS = 4000


class TestTimeout(BaseException):
    """Raised inside a test that ran past the time limit."""

    __test__ = False  # not a test class, whatever pytest's python_classes say


class _Collector:
    def __init__(self, config: pytest.Config, settings: dict[str, Any]) -> None:
        self.config = config
        self.timeout = float(settings.get("timeout") or 0)
        # Per-test limits below ``timeout`` (the corpus builder derives them from each test's
        # duration on the unmutated subject).
        self.test_timeouts: dict[str, float] = settings.get("test_timeouts") or {}
        # Corpus builds: once a test has timed out (a mutant that loops), later tests get a
        # shorter limit, and the session stops after max_timeouts of them.
        self.later_timeout = settings.get("later_timeout")
        self.max_timeouts = settings.get("max_timeouts")
        self.timeouts = 0
        self.budget: float | None = None  # seconds left to the running test (None: not timed)
        self.session: pytest.Session | None = None
        # "phase": contexts <nodeid>|setup/run/teardown, as pytest-cov names them (tflm localize);
        # "test": one context per test, switched once at setup: a quarter of the SQLite flushes,
        # which the corpus builder, running thousands of mutants, needs.
        self.per_phase = settings.get("contexts", "phase") == "phase"
        self.skip = _read_ids(settings.get("skip_file"))
        select_file = settings.get("select_file")
        self.select = _read_ids(select_file) if select_file else None
        self.events: IO[str] = open(settings["events_file"], "a", encoding="utf-8", buffering=1)
        self.failures: dict[tuple[str, str], dict[str, Any]] = {}
        self.settings = settings
        self.in_memory = bool(settings.get("coverage_in_memory"))
        self.cov: Any = None
        if settings.get("block_network"):
            _block_network()

    # -- coverage -------------------------------------------------------------------------------

    def start_coverage(self, settings: dict[str, Any]) -> Any:
        import coverage

        global _UNINTERRUPTIBLE
        _UNINTERRUPTIBLE = _uninterruptible_dirs(coverage.__file__)
        cov = coverage.Coverage(
            data_file=None if self.in_memory else settings["data_file"],
            config_file=False,
            include=settings["include"],
            branch=False,
        )
        core = "ctrace"
        try:
            from coverage.tracer import CTracer  # noqa: F401
        except ImportError:
            # The C tracer was built for another Python; the pure-Python tracer records the same
            # lines, only slower. sysmon is never used: its per-test contexts are incomplete.
            core = "pytrace"
            self.emit("warning", message="coverage's C tracer is unavailable here; using pytrace")
        cov.set_option("run:core", core)
        # A suite whose tests touch no source file is reported by tflm itself, not by a warning.
        cov.set_option("run:disable_warnings", ["no-data-collected", "module-not-measured", "module-not-imported"])
        cov.start()
        return cov

    def switch(self, context: str) -> None:
        if self.cov is not None:
            self.cov.switch_context(context)

    def switch_phase(self, item: pytest.Item, phase: str) -> None:
        if self.per_phase:
            self.switch(f"{item.nodeid}|{phase}")
        elif phase == "setup":
            self.switch(item.nodeid)

    # -- events ---------------------------------------------------------------------------------

    def emit(self, kind: str, **fields: Any) -> None:
        fields["ev"] = kind
        self.events.write(json.dumps(fields) + "\n")

    # -- hooks ----------------------------------------------------------------------------------

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, config: pytest.Config, items: list[pytest.Item]) -> None:
        def wanted(item: pytest.Item) -> bool:
            if item.nodeid in self.skip:
                return False
            return self.select is None or item.nodeid in self.select

        keep = [item for item in items if wanted(item)]
        dropped = [item for item in items if not wanted(item)]
        if dropped:
            config.hook.pytest_deselected(items=dropped)
            items[:] = keep

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            self.emit("collect_error", nodeid=report.nodeid, message=_text(report.longrepr))

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self.emit("collected", count=len(session.items))

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtestloop(self, session: pytest.Session) -> Generator[None, None, None]:
        # Measurement starts with the first test, not at configure time: lines run only while
        # pytest imports and collects are never ranked, and tracing pytest's collection machinery
        # is most of coverage's cost on a small suite.
        self.cov = self.start_coverage(self.settings)
        yield

    def pytest_runtest_logstart(self, nodeid: str, location: tuple[str, int | None, str]) -> None:
        self.emit("start", nodeid=nodeid, t=time.time())

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, None, None]:
        limit = min(self.timeout, float(self.test_timeouts.get(item.nodeid, self.timeout)))
        if self.timeouts and self.later_timeout:
            limit = min(limit, float(self.later_timeout))
        # The limit is a budget for the test's own phases (setup, call, teardown), each timed by
        # the phase wrappers below; pytest's report making in between is not timed, so the alarm
        # never fires inside pytest itself (formatting a RecursionError's 1,000-frame traceback
        # can take longer than a short limit, and an exception there is an INTERNALERROR).
        self.budget = limit if limit > 0 and hasattr(signal, "SIGALRM") else None
        previous = signal.signal(signal.SIGALRM, _raise_timeout) if self.budget is not None else None
        try:
            yield
        finally:
            if self.budget is not None:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
            if self.per_phase:
                self.switch("")

    def _timed(self, item: pytest.Item, phase: str) -> Generator[None, None, None]:
        self.switch_phase(item, phase)
        if self.budget is None:
            yield
            return
        started = time.monotonic()
        signal.setitimer(signal.ITIMER_REAL, max(self.budget, 0.001))
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            self.budget -= time.monotonic() - started

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> Generator[None, None, None]:
        yield from self._timed(item, "setup")

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Generator[None, None, None]:
        yield from self._timed(item, "run")

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_teardown(self, item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, None, None]:
        yield from self._timed(item, "teardown")

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, None]:
        outcome = yield
        report = outcome.get_result()
        excinfo = call.excinfo
        if excinfo is None or not report.failed:
            return
        # walk_tb, not extract_tb: no source lines are read, which matters for suites with many failures.
        frames = [[frame.f_code.co_filename, lineno, frame.f_code.co_name]
                  for frame, lineno in traceback.walk_tb(excinfo.tb) if lineno is not None]
        self.failures[(item.nodeid, call.when)] = {
            "exc_type": excinfo.typename,
            "frames": frames,
            "timed_out": excinfo.errisinstance(TestTimeout),
        }

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self.session = session

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        extra = self.failures.pop((report.nodeid, report.when), {})
        if extra.get("timed_out"):
            self.timeouts += 1
            if self.max_timeouts and self.timeouts >= int(self.max_timeouts) and self.session is not None:
                self.session.shouldstop = f"{self.timeouts} tests timed out"
        self.emit(
            "report",
            nodeid=report.nodeid,
            when=report.when,
            outcome=report.outcome,
            xfail=hasattr(report, "wasxfail"),
            duration=report.duration,
            message=_text(report.longrepr) if report.failed else "",
            exc_type=extra.get("exc_type"),
            frames=extra.get("frames", []),
            timed_out=bool(extra.get("timed_out", False)),
        )

    def pytest_runtest_logfinish(self, nodeid: str, location: tuple[str, int | None, str]) -> None:
        self.emit("finish", nodeid=nodeid)

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        if self.cov is not None:
            self.cov.stop()
            if self.in_memory:
                # One write instead of a SQLite transaction per context switch; written before
                # session_finish, so a child that dies while writing counts as unfinished.
                with open(self.settings["data_file"], "wb") as f:
                    f.write(self.cov.get_data().dumps())
            else:
                self.cov.save()
        self.emit("session_finish", exitstatus=int(exitstatus))
        self.events.close()


NETWORK_MARKER = "network access is disabled while tflm builds a corpus"
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", ""})


def _block_network() -> None:
    """Refuse connections and name look-ups beyond loopback: a corpus subject must not need them."""
    import socket

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise OSError(NETWORK_MARKER)

    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex
    original_getaddrinfo = socket.getaddrinfo

    def outside(sock: socket.socket, address: Any) -> bool:
        return sock.family in (socket.AF_INET, socket.AF_INET6) and address[0] not in LOOPBACK_HOSTS

    def connect(self: socket.socket, address: Any) -> Any:
        return refuse() if outside(self, address) else original_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        return refuse() if outside(self, address) else original_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in LOOPBACK_HOSTS and host is not None:
            refuse()
        return original_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign,assignment]
    socket.getaddrinfo = getaddrinfo


def _read_ids(path: str | None) -> set[str]:
    if not path:
        return set()
    with open(path, encoding="utf-8") as f:
        return {line.rstrip("\n") for line in f if line.strip()}


# Code the alarm must never interrupt (see _raise_timeout), set when coverage starts.
_UNINTERRUPTIBLE: tuple[str, ...] = ()
_STDLIB = sysconfig.get_paths()["stdlib"]


def _uninterruptible_dirs(coverage_file: str) -> tuple[str, ...]:
    import _pytest
    import pluggy

    return (*(os.path.dirname(f) + os.sep for f in (coverage_file, _pytest.__file__, pluggy.__file__)), __file__)


def _in_harness(frame: Any) -> bool:
    """Whether the innermost frame outside the standard library belongs to coverage, pytest,
    pluggy or this plugin (not to the project, its tests or their other dependencies)."""
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(_UNINTERRUPTIBLE):
            return True
        if not name.startswith(_STDLIB) or "site-packages" in name:
            return False
        frame = frame.f_back
    return False


def _raise_timeout(signum: int, frame: Any) -> None:
    # Raising inside the harness corrupts it: inside coverage's tracer lock the final save hangs;
    # inside pytest's setup state or report making the following tests error out or the session
    # ends with an INTERNALERROR (a mutant then looks broken, or gets failures it did not cause).
    # Wait a moment until the project's or the test's own code runs again.
    if _in_harness(frame):
        signal.setitimer(signal.ITIMER_REAL, 0.005)
        return
    raise TestTimeout("test exceeded the time limit set by tflm --timeout")


def _text(longrepr: Any) -> str:
    text = "" if longrepr is None else str(longrepr)
    if len(text) > MAX_MESSAGE_CHARS:
        text = text[: MAX_MESSAGE_CHARS // 2] + "\n...\n" + text[-MAX_MESSAGE_CHARS // 2 :]
    return text


def pytest_configure(config: pytest.Config) -> None:
    path = os.environ.get(CONFIG_ENV)
    if not path or config.pluginmanager.has_plugin("tflm-collector"):
        return
    # The config names the files this run writes; the variable must not leak into test subprocesses
    # that run pytest themselves (pytester, nested tools).
    del os.environ[CONFIG_ENV]
    with open(path, encoding="utf-8") as f:
        settings = json.load(f)
    config.pluginmanager.register(_Collector(config, settings), "tflm-collector")


# Writing bytecode into the project would change it; the runner also sets PYTHONDONTWRITEBYTECODE.
sys.dont_write_bytecode = True
