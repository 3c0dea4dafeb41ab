"""A launcher that starts pytest once per worker process and forks one child per attempt.

Running thousands of mutants with a fresh ``python -m pytest`` each spends most of the time on
interpreter start-up and on importing pytest, coverage and their plugins. A worker that has
imported them once can ``fork()`` a child per attempt: the child changes into the project
directory, calls ``pytest.main`` with exactly the arguments the subprocess launcher would pass,
and exits; the parent watches it with the same watchdog. The parent never imports project code,
so every child starts from the same clean state.

Only for tflm's own interpreter (the corpus subjects run on it), on POSIX systems with ``fork``.
"""

from __future__ import annotations

import os
import select
import signal
import sys
import time
from pathlib import Path

from tflm.collect.runner import POLL_SECONDS, Attempt, RunOptions, pytest_arguments, watch
from tflm.errors import ProjectRunError

EXIT_CHILD_FAILED = 70


class ForkLauncher:
    """Fork-per-attempt launcher. Create one per worker process, in that process.

    ``autoload_plugins=False`` sets ``PYTEST_DISABLE_PLUGIN_AUTOLOAD`` in the children, as corpus
    subjects use pytest alone and third-party plugins in the environment would only slow them.
    """

    needs_shim = False

    def __init__(self, *, autoload_plugins: bool = False) -> None:
        if not hasattr(os, "fork"):
            raise ProjectRunError("The fork-server launcher needs os.fork, which this platform lacks.")
        self.autoload_plugins = autoload_plugins
        _warm_up()

    def launch(self, root: Path, python: str, options: RunOptions, attempt: Attempt, workdir: Path) -> int:
        args = pytest_arguments(options, workdir)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child, which leaves through os._exit
            self._child(root, args, attempt, options.memory_limit_mb)
        return self._wait(pid, attempt, options.timeout)

    def _child(self, root: Path, args: list[str], attempt: Attempt, memory_limit_mb: int | None) -> None:  # pragma: no cover
        code = EXIT_CHILD_FAILED
        try:
            os.setsid()
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            output = os.open(attempt.output_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(output, 1)
            os.dup2(output, 2)
            devnull = os.open(os.devnull, os.O_RDONLY)
            os.dup2(devnull, 0)
            if memory_limit_mb is not None:
                import resource

                limit = memory_limit_mb * 1024 * 1024
                resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            os.chdir(root)
            sys.path.insert(0, str(root))  # what `python -m pytest` does with the working directory
            sys.dont_write_bytecode = True
            os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
            os.environ["TFLM_COLLECT_CONFIG"] = str(attempt.config_file)
            if not self.autoload_plugins:
                os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
            _skip_collector_origin()
            import pytest

            code = int(pytest.main(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else EXIT_CHILD_FAILED
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)

    def _wait(self, pid: int, attempt: Attempt, timeout: float) -> int:
        pidfd = os.pidfd_open(pid) if hasattr(os, "pidfd_open") else None
        status: list[int] = []

        def poll() -> int | None:
            if status:
                return status[0]
            if pidfd is not None:
                select.select([pidfd], [], [], POLL_SECONDS)  # wakes the moment the child exits
            done, raw = os.waitpid(pid, os.WNOHANG)
            if done == 0:
                if pidfd is None:
                    time.sleep(POLL_SECONDS / 10)
                return None
            status.append(os.waitstatus_to_exitcode(raw))
            return status[0]

        def kill() -> None:
            try:
                os.killpg(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            _, raw = os.waitpid(pid, 0)
            status.append(os.waitstatus_to_exitcode(raw))

        try:
            return watch(poll, kill, attempt, timeout)
        finally:
            if not status:
                kill()
            if pidfd is not None:
                os.close(pidfd)


def _warm_up() -> None:
    """Do once, in the worker, what every child would otherwise repeat: import pytest with all its
    default plugins (``pytest.main`` imports the ones ``import pytest`` does not, such as
    junitxml and stepwise, in every child), coverage and our plugin."""
    import importlib

    import _pytest.config
    import coverage  # noqa: F401
    import coverage.sqldata  # noqa: F401
    import pytest  # noqa: F401

    import tflm.collect.plugin  # noqa: F401

    for name in _pytest.config.default_plugins:
        importlib.import_module(f"_pytest.{name}")


def _skip_collector_origin() -> None:  # pragma: no cover - runs in the child
    """Let coverage's ``Collector`` skip recording the stack it was started from.

    ``Collector.__init__`` stores ``short_stack()`` for coverage's own debug output, which we never
    show. That calls ``inspect.stack()``, which reads the source of every frame and, in a freshly
    forked child with cold ``inspect`` caches, resolves the file of every loaded module: about 15%
    of a mutant's time (py-spy, BENCHMARKS.md). Only in the child, which exits after one run; a
    coverage release without the name keeps its own behaviour.
    """
    import coverage.collector

    if hasattr(coverage.collector, "short_stack"):
        coverage.collector.short_stack = lambda *args, **kwargs: ""
