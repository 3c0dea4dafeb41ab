"""Run a project's pytest suite once under per-test coverage and build its spectrum.

The suite runs in a subprocess of the chosen interpreter, from the project root, so the
project's own ``pytest.ini``/``pyproject.toml``/``conftest.py`` apply. Our plugin and coverage reach
that interpreter through a private directory on ``PYTHONPATH`` (nothing is installed into the
project's environment), and everything the run writes (coverage data, events, pytest's cache and
temporary directories) goes to a temporary directory that is removed afterwards. With
``PYTHONDONTWRITEBYTECODE`` set, the project tree is left exactly as it was.

A test that hangs is interrupted by the plugin's alarm; one that does not respond to it is killed
by the watchdog here. A test that kills the interpreter ends the subprocess: the tests before it
keep their coverage (the plugin flushes it at every context switch), the crashed test is recorded
as failing, and the suite is started again without the tests already run.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tflm.collect.events import AttemptLog, merge_outcomes
from tflm.collect.outcomes import TestOutcome
from tflm.collect.sources import SourceFile, parse_sources, select_source_files
from tflm.errors import ProjectRunError, UsageError
from tflm.types import LineId, RelPath, TestId

if TYPE_CHECKING:
    from coverage import CoverageData

    from tflm.collect.spectrum import Spectrum

PLUGIN_MODULE = "tflm.collect.plugin"
# Plugins that would reorder, parallelise or re-measure the run; `-p no:NAME` is harmless when a
# plugin is not installed. `tflm` is our own pytest11 entry point (`pytest --tflm`): the shim's
# partial `tflm` package on PYTHONPATH shadows the installed one, so it could not be imported there.
DISABLED_PLUGINS = ("randomly", "xdist", "xdist.looponfail", "pytest_cov", "cov", "tflm")
WATCHDOG_GRACE_SECONDS = 5.0
STALL_SECONDS = 120.0
POLL_SECONDS = 0.05
OUTPUT_TAIL_LINES = 60


@dataclass
class RunOptions:
    """How to run a project's suite.

    ``timeout`` is per test, in seconds; ``memory_limit_mb`` caps the address space of the test
    process (``None``: no cap); ``pytest_args`` are passed through to pytest unchanged.
    ``per_phase_contexts=False`` records one coverage context per test instead of one per phase
    (same spectrum, fewer data flushes; the corpus builder uses it). ``later_timeout`` is the limit
    for tests after a first timeout and ``max_timeouts`` stops the session after that many (both
    for mutants that loop). ``test_timeouts`` gives some tests a lower limit than ``timeout``.
    ``select`` runs only these
    node ids (pass their test files in ``pytest_args`` too, so that only those are collected).
    ``coverage_in_memory`` keeps the coverage data in memory and writes it once at the end instead
    of flushing it to SQLite at every context switch (the corpus builder); a run whose test process
    ends early then loses its data, so it is repeated once with per-context flushes.
    """

    project: Path
    python: str | None = None
    timeout: float = 60.0
    pytest_args: Sequence[str] = ()
    include: Sequence[str] = ()
    omit: Sequence[str] = ()
    memory_limit_mb: int | None = None
    max_restarts: int = 200
    per_phase_contexts: bool = True
    select: Sequence[TestId] | None = None
    block_network: bool = False
    later_timeout: float | None = None
    max_timeouts: int | None = None
    test_timeouts: Mapping[TestId, float] | None = None
    coverage_in_memory: bool = False


@dataclass
class RunResult:
    spectrum: Spectrum
    crashed: list[TestId] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    attempts: int = 1
    seconds: float = 0.0
    output_tail: str = ""


def validate_project(project: Path) -> Path:
    if not project.exists():
        raise UsageError(f"The project path '{project}' does not exist.", hint="Give the root of a project with a pytest suite.")
    if not project.is_dir():
        raise UsageError(f"The project path '{project}' is not a directory.", hint="Give the root directory of the project, not a file.")
    return project.resolve()


def resolve_python(python: str | None) -> str:
    if python is None:
        return sys.executable
    candidate = shutil.which(python) if os.sep not in python else python
    if candidate is None or not os.path.isfile(candidate) or not os.access(candidate, os.X_OK):
        raise ProjectRunError(
            f"The interpreter '{python}' was not found or is not executable.",
            hint="Give the path of the project's Python, e.g. --python .venv/bin/python.",
        )
    return os.path.abspath(candidate)


def _python_version(python: str) -> str | None:
    try:
        done = subprocess.run(
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ProjectRunError(f"The interpreter '{python}' could not be started: {exc}") from exc
    return done.stdout.strip() if done.returncode == 0 else None


def _make_shim(directory: Path, python: str) -> None:
    """A PYTHONPATH directory holding just our plugin (and coverage when it fits the target)."""
    package = directory / "tflm" / "collect"
    package.mkdir(parents=True)
    (directory / "tflm" / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    plugin = resources.files("tflm.collect").joinpath("plugin.py").read_text(encoding="utf-8")
    (package / "plugin.py").write_text(plugin, encoding="utf-8")
    ours = "%d.%d" % sys.version_info[:2]
    if python == sys.executable or _python_version(python) == ours:
        import coverage

        (directory / "coverage").symlink_to(Path(coverage.__file__).parent, target_is_directory=True)
    # Otherwise the target must bring its own coverage; a clear error follows if it has none.


def _limit_memory(megabytes: int | None) -> Callable[[], None] | None:
    if megabytes is None:
        return None

    def apply() -> None:
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


class Attempt:
    """One subprocess run of the suite."""

    def __init__(self, workdir: Path, index: int) -> None:
        self.data_file = workdir / f"coverage.{index}"
        self.events_file = workdir / f"events.{index}.jsonl"
        self.output_file = workdir / f"output.{index}.txt"
        self.config_file = workdir / f"config.{index}.json"
        self.log = AttemptLog()
        self._offset = 0
        self._pending = b""

    def read_events(self) -> None:
        if not self.events_file.exists():
            return
        with open(self.events_file, "rb") as f:
            f.seek(self._offset)
            chunk = f.read()
        self._offset += len(chunk)
        data = self._pending + chunk
        *complete, self._pending = data.split(b"\n")
        for raw in complete:
            if raw.strip():
                self.log.add(json.loads(raw))

    def output_tail(self) -> str:
        try:
            text = self.output_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.rstrip().splitlines()[-OUTPUT_TAIL_LINES:])


class Launcher(Protocol):
    """Starts one attempt of the suite and waits for it (watchdog included); returns its exit
    status (negative: killed by that signal)."""

    needs_shim: bool

    def launch(self, root: Path, python: str, options: RunOptions, attempt: Attempt, workdir: Path) -> int: ...


def collect(
    options: RunOptions,
    *,
    progress: Callable[[str], None] | None = None,
    launcher: Launcher | None = None,
) -> RunResult:
    """Run the suite of ``options.project`` once and return its spectrum.

    ``launcher`` defaults to a fresh ``python -m pytest`` subprocess; the corpus builder passes a
    fork-server launcher (:mod:`tflm.collect.forkserver`) that starts pytest once per worker.
    """
    started = time.monotonic()
    root = validate_project(options.project)
    if options.timeout <= 0:
        raise UsageError(f"The 'timeout' option must be a number > 0. Got {options.timeout:g} instead.")
    launcher = launcher or SubprocessLauncher()
    python = resolve_python(options.python) if launcher.needs_shim else sys.executable
    sources = parse_sources(root, select_source_files(root, options.include, options.omit))
    workdir = Path(tempfile.mkdtemp(prefix="tflm-run-"))
    if launcher.needs_shim:
        threading.Thread(target=_prewarm, name="tflm-prewarm", daemon=True).start()
    try:
        if launcher.needs_shim:
            _make_shim(workdir / "shim", python)
        return _run(root, python, options, sources, workdir, started, progress, launcher)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _prewarm() -> None:
    """Import numpy/scipy and coverage's data layer while the suite runs: the parent is idle then,
    and those imports are most of tflm's fixed cost on a small project."""
    import coverage.sqldata  # noqa: F401

    import tflm.collect.spectrum  # noqa: F401


def _run(
    root: Path,
    python: str,
    options: RunOptions,
    sources: dict[RelPath, SourceFile],
    workdir: Path,
    started: float,
    progress: Callable[[str], None] | None,
    launcher: Launcher,
) -> RunResult:
    attempts: list[Attempt] = []
    done: set[TestId] = set()
    crashed: list[TestId] = []
    include = [str(root / rel) for rel in sources]
    while True:
        attempt = Attempt(workdir, len(attempts))
        attempts.append(attempt)
        skip_file = select_file = None
        if options.select is not None:
            select_file = workdir / "select.txt"
            select_file.write_text("".join(f"{nodeid}\n" for nodeid in sorted(options.select)), encoding="utf-8")
        if done:
            skip_file = workdir / f"skip.{attempt.config_file.stem}.txt"
            skip_file.write_text("".join(f"{nodeid}\n" for nodeid in sorted(done)), encoding="utf-8")
        attempt.config_file.write_text(
            json.dumps(
                {
                    "data_file": str(attempt.data_file),
                    "events_file": str(attempt.events_file),
                    "include": include,
                    "timeout": options.timeout,
                    "skip_file": str(skip_file) if skip_file else None,
                    "select_file": str(select_file) if select_file else None,
                    "contexts": "phase" if options.per_phase_contexts else "test",
                    "block_network": options.block_network,
                    "later_timeout": options.later_timeout,
                    "max_timeouts": options.max_timeouts,
                    "test_timeouts": dict(options.test_timeouts) if options.test_timeouts else None,
                    "coverage_in_memory": options.coverage_in_memory,
                }
            ),
            encoding="utf-8",
        )
        returncode = launcher.launch(root, python, options, attempt, workdir)
        log = attempt.log
        if log.finished:
            break
        if options.coverage_in_memory and log.started:
            # A test ended the process that held the in-memory data of every test before it:
            # run again with coverage flushed per context.
            if progress is not None:
                progress("the test process ended early; running again with coverage saved after every test")
            again = workdir / "flushed"
            again.mkdir()
            flushed = replace(options, coverage_in_memory=False)
            return _run(root, python, flushed, sources, again, started, progress, launcher)
        victim = log.interrupted_test()
        if victim is None:
            if log.stalled:
                log.warnings.append("the test process stalled outside any test and was killed; "
                                    "the coverage of its last test may be incomplete")
                break
            # The interpreter died outside any test: nothing more can be learned by retrying.
            if attempts[0] is attempt:
                raise _startup_error(attempt, returncode)
            break
        if log.killed is None:
            crashed.append(victim)
            log.mark_crashed(victim, returncode)
            reason = "ended the test process"
        else:
            reason = f"did not respond to the {options.timeout:g} s time limit and was killed"
        done |= log.started
        if progress is not None:
            progress(f"test {victim} {reason}; running the remaining tests")
        if len(attempts) > options.max_restarts:
            break
    first = attempts[0]
    _check_run_errors(first)
    outcomes = merge_outcomes([a.log for a in attempts])
    outcomes = {nodeid: map_traceback(o, root, sources) for nodeid, o in outcomes.items()}
    executed = read_coverage([a.data_file for a in attempts], root, sources, dumped=options.coverage_in_memory)
    from tflm.collect.spectrum import build_spectrum  # warmed up by _prewarm while tests ran

    spectrum = build_spectrum(root, executed, outcomes, sources)
    warnings = [w for a in attempts for w in a.log.warnings]
    return RunResult(
        spectrum=spectrum,
        crashed=crashed,
        warnings=warnings,
        attempts=len(attempts),
        seconds=time.monotonic() - started,
        output_tail=attempts[-1].output_tail(),
    )


def pytest_arguments(options: RunOptions, workdir: Path) -> list[str]:
    """Arguments after ``python -m pytest``: our plugin, clashing plugins off, writes redirected."""
    args = ["-p", PLUGIN_MODULE]
    for name in DISABLED_PLUGINS:
        args += ["-p", f"no:{name}"]
    args += ["-o", f"cache_dir={workdir / 'pytest-cache'}", f"--basetemp={workdir / 'basetemp'}"]
    return args + list(options.pytest_args)


class SubprocessLauncher:
    """A fresh ``python -m pytest`` per attempt: the interpreter may be the project's own."""

    needs_shim = True

    def launch(self, root: Path, python: str, options: RunOptions, attempt: Attempt, workdir: Path) -> int:
        return _launch_subprocess(root, python, options, attempt, workdir)


def _launch_subprocess(root: Path, python: str, options: RunOptions, attempt: Attempt, workdir: Path) -> int:
    command = [python, "-m", "pytest", *pytest_arguments(options, workdir)]
    env = dict(os.environ)
    for name in ("COVERAGE_PROCESS_START", "COV_CORE_SOURCE", "COV_CORE_CONFIG", "COV_CORE_DATAFILE"):
        env.pop(name, None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    shim = str(workdir / "shim")
    env["PYTHONPATH"] = shim + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["TFLM_COLLECT_CONFIG"] = str(attempt.config_file)
    with open(attempt.output_file, "wb") as output:
        try:
            process = subprocess.Popen(
                command,
                cwd=root,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=_limit_memory(options.memory_limit_mb),
            )
        except OSError as exc:
            raise ProjectRunError(f"Could not start '{python}': {exc}") from exc
        def poll() -> int | None:
            try:
                return process.wait(timeout=POLL_SECONDS)
            except subprocess.TimeoutExpired:
                return None

        try:
            return watch(poll, lambda: _kill(process), attempt, options.timeout)
        finally:
            if process.poll() is None:
                _kill(process)


def watch(poll: Callable[[], int | None], kill: Callable[[], None], attempt: Attempt, timeout: float) -> int:
    """Wait for an attempt, reading its events. Kill it when a test outlives the time limit by the
    grace period (the plugin's alarm did not stop it), or when, after collection, nothing at all
    happens for STALL_SECONDS outside any test (a hang in a hook or at the final save). ``poll``
    waits up to about POLL_SECONDS and returns the exit status once the process has ended."""
    limit = timeout + WATCHDOG_GRACE_SECONDS
    stall_limit = max(limit, STALL_SECONDS)
    while True:
        returncode = poll()
        attempt.read_events()
        if returncode is not None:
            return returncode
        log = attempt.log
        now = time.monotonic()
        if log.running is not None and now - log.running_since > limit:
            victim = log.running
            kill()
            attempt.read_events()
            if log.running == victim:
                log.mark_killed_for_time(victim, timeout)
        elif log.running is None and log.collected is not None and now - log.last_event > stall_limit:
            kill()
            log.stalled = True

def _kill(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        process.kill()
    process.wait()


def _startup_error(attempt: Attempt, returncode: int) -> ProjectRunError:
    tail = attempt.output_tail()
    if "No module named pytest" in tail:
        return ProjectRunError(
            "pytest is not installed in the project's interpreter.",
            hint="Install it there (for example `python -m pip install pytest` with that interpreter) and run tflm again.",
        )
    if "No module named coverage" in tail or "No module named 'coverage'" in tail:
        return ProjectRunError(
            "The project's interpreter is another Python version than tflm's and has no coverage package.",
            hint="Install coverage>=7.9 into the project's environment, or run tflm from an environment of the same Python version.",
        )
    return ProjectRunError(f"The test suite could not be started (exit status {returncode}). pytest said:\n{tail}")


def _check_run_errors(attempt: Attempt) -> None:
    log = attempt.log
    if log.collect_errors and not log.started:
        messages = "\n".join(f"{nodeid or '<session>'}:\n{message}" for nodeid, message in log.collect_errors)
        raise ProjectRunError(f"pytest could not collect the tests:\n{messages.rstrip()}")
    status = log.exitstatus
    if status == 5 or (log.finished and log.collected == 0 and not log.started):
        raise ProjectRunError(
            f"pytest collected no tests. pytest said:\n{attempt.output_tail()}",
            hint="Run tflm from the project root, or name the test files after `--`.",
        )
    if status == 4:
        raise UsageError(f"pytest rejected its arguments. pytest said:\n{attempt.output_tail()}")
    if status == 3:
        raise ProjectRunError(f"pytest stopped with an internal error. pytest said:\n{attempt.output_tail()}")


def rel_index(root: Path, sources: dict[RelPath, SourceFile]) -> dict[str, RelPath]:
    """Absolute paths (as given and resolved) of the source files -> their project-relative path."""
    index: dict[str, RelPath] = {}
    for rel in sources:
        absolute = root / rel
        index[str(absolute)] = rel
        index[os.path.realpath(absolute)] = rel
    return index


def map_traceback(outcome: TestOutcome, root: Path, sources: dict[RelPath, SourceFile]) -> TestOutcome:
    """Keep the traceback frames that lie in source files, as (file, 1-based statement line)."""
    index = rel_index(root, sources) if outcome.traceback else {}
    frames: list[LineId] = []
    for frame in outcome.traceback:
        rel = index.get(frame.file) or index.get(os.path.realpath(frame.file))
        if rel is None:
            continue
        statement = sources[rel].statement_of.get(frame.line)
        if statement is not None:
            frames.append(LineId(rel, statement))
    outcome.traceback = tuple(frames)
    return outcome


def _load_data(data_file: Path, dumped: bool) -> CoverageData:
    from coverage import CoverageData

    if dumped:
        data = CoverageData(no_disk=True)
        data.loads(data_file.read_bytes())
    else:
        data = CoverageData(basename=str(data_file))
        data.read()
    return data


def add_executed(executed: dict[LineId, set[TestId]], data: CoverageData, measured: str, source: SourceFile) -> int:
    """Fold one measured file's per-test contexts (``<nodeid>|<phase>``) into ``executed``.

    Returns how many recorded line numbers are not part of any statement of ``source`` (a sign
    that the file changed since the data was recorded)."""
    statement_of = source.statement_of
    unknown = 0
    for lineno, contexts in data.contexts_by_lineno(measured).items():
        statement = statement_of.get(lineno)
        if statement is None:
            unknown += 1
            continue
        tests = {context.rsplit("|", 1)[0] for context in contexts if context}
        if tests:
            executed.setdefault(LineId(source.path, statement), set()).update(tests)
    return unknown


def read_coverage(
    data_files: Sequence[Path], root: Path, sources: dict[RelPath, SourceFile], *, dumped: bool = False
) -> dict[LineId, set[TestId]]:
    """Which tests executed which statement, from coverage data files with per-test contexts:
    SQLite data files, or with ``dumped`` the ``CoverageData.dumps()`` bytes of an in-memory run."""
    index = rel_index(root, sources)
    executed: dict[LineId, set[TestId]] = {}
    for data_file in data_files:
        if not data_file.exists():
            continue
        data = _load_data(data_file, dumped)
        for measured in data.measured_files():
            rel = index.get(measured) or index.get(os.path.realpath(measured))
            if rel is not None:
                add_executed(executed, data, measured, sources[rel])
    return executed
