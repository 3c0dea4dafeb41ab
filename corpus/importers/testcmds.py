"""The tests a dataset names, as pytest arguments for a case's ``test_args``.

Datasets name their failing tests as shell commands (BugsInPy's ``run_test.sh``, ``--test-cmd``):
``pytest ...``, ``py.test ...``, ``python -m pytest ...`` or ``python -m unittest ...``, possibly
after ``cd``/variable assignments and joined with ``&&`` or ``;``. What is kept is *which tests
run*: test files, directories and node ids, and the selection options ``-k``, ``-m``,
``--deselect``, ``--ignore``, ``--ignore-glob``. Display and plugin options (``-q``, ``-s``,
``--tb``, ``-p``, ``-x``, ...) are dropped, since tflm runs the suite its own way. unittest names
(``tests.test_x.TestX.test_y``) become pytest node ids (``tests/test_x.py::TestX::test_y``) by
finding the module file in the project.
"""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from tflm.errors import CorpusError

PYTEST_NAMES = frozenset({"pytest", "py.test"})
SEPARATORS = frozenset({"&&", "||", ";", "|", "&"})
KEPT_WITH_VALUE = frozenset({"-k", "-m", "--deselect", "--ignore", "--ignore-glob"})
# Options of pytest and common plugins whose value is a separate word, dropped with it.
DROPPED_WITH_VALUE = frozenset({
    "-p", "-c", "-o", "-W", "-r", "-n", "--tb", "--rootdir", "--maxfail", "--durations", "--log-level",
    "--override-ini", "--confcutdir", "--basetemp", "--capture", "--cov", "--cov-report", "--junitxml",
    "--junit-xml", "--color", "--import-mode", "--timeout", "--pythonwarnings", "--log-cli-level",
    "--dist", "--numprocesses", "--randomly-seed",
})


@dataclass
class TestSelection:
    """Pytest arguments: ``options`` (selection options with their values) and ``targets``
    (project-relative files, directories and node ids)."""

    __test__ = False  # not a pytest test class, despite the name

    options: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)

    @property
    def args(self) -> list[str]:
        return self.options + self.targets

    def add(self, other: TestSelection) -> None:
        """Merge ``other`` in, keeping the first occurrence of each target and option."""
        self.targets += [target for target in other.targets if target not in self.targets]
        mine = _option_units(self.options)
        for unit in _option_units(other.options):
            if unit not in mine:
                mine.append(unit)
        self.options = [word for unit in mine for word in unit]


def _option_units(options: list[str]) -> list[tuple[str, ...]]:
    """``["-k", "x", "--deselect=y"]`` -> ``[("-k", "x"), ("--deselect=y",)]``."""
    units: list[tuple[str, ...]] = []
    i = 0
    while i < len(options):
        width = 2 if options[i] in KEPT_WITH_VALUE else 1
        units.append(tuple(options[i:i + width]))
        i += width
    return units


def _commands(line: str) -> list[list[str]]:
    lexer = shlex.shlex(line, posix=True, punctuation_chars=";&|")
    lexer.whitespace_split = True
    lexer.commenters = "#"
    try:
        tokens = list(lexer)
    except ValueError as exc:
        raise CorpusError(f"Cannot read the shell command {line.strip()!r}: {exc}.") from exc
    commands: list[list[str]] = [[]]
    for token in tokens:
        if token in SEPARATORS:
            commands.append([])
        else:
            commands[-1].append(token)
    return [command for command in commands if command]


def _launcher(tokens: list[str]) -> tuple[str, list[str]] | None:
    """('pytest' or 'unittest', the arguments) of a command that runs tests, else None."""
    for i, token in enumerate(tokens):
        name = os.path.basename(token)
        if name in PYTEST_NAMES:
            return "pytest", tokens[i + 1:]
        if name.startswith("python") and tokens[i + 1:i + 2] == ["-m"] and i + 2 < len(tokens):
            module = tokens[i + 2]
            if module in PYTEST_NAMES:
                return "pytest", tokens[i + 3:]
            if module == "unittest":
                return "unittest", tokens[i + 3:]
            return None
        if "=" not in token and name not in ("env", "exec", "time", "timeout") and not token.isdigit():
            return None  # another program (cd, tox, make, ...)
    return None


def _pytest_selection(args: list[str]) -> TestSelection:
    selection = TestSelection()
    words = iter(args)
    for word in words:
        if word in KEPT_WITH_VALUE:
            selection.options += [word, next(words, "")]
        elif word in DROPPED_WITH_VALUE:
            next(words, None)
        elif word.startswith("-"):
            if any(word.startswith(f"{option}=") for option in KEPT_WITH_VALUE if option.startswith("--")):
                selection.options.append(word)
        else:
            selection.targets.append(word)
    return selection


def _unittest_target(name: str, project: Path) -> str:
    if name.endswith(".py") or "/" in name:
        return name
    parts = name.split(".")
    for i in range(len(parts), 0, -1):
        module = "/".join(parts[:i])
        if (project / f"{module}.py").is_file():
            return "::".join([f"{module}.py", *parts[i:]])
        if i == len(parts) and (project / module).is_dir():
            return module
    raise CorpusError(f"Cannot find the module of the unittest test '{name}' in '{project}'.",
                      hint="Name the tests as pytest node ids (tests/test_x.py::TestX::test_y) instead.")


def _unittest_selection(args: list[str], project: Path) -> TestSelection:
    if args[:1] == ["discover"]:
        raise CorpusError("'python -m unittest discover' does not name the tests to run.",
                          hint="Name them: 'python -m unittest tests.test_x.TestX.test_y' or a pytest command.")
    selection = TestSelection()
    words = iter(args)
    for word in words:
        if word == "-k":
            selection.options += ["-k", next(words, "")]
        elif not word.startswith("-"):
            selection.targets.append(_unittest_target(word, project))
    return selection


def selection_from_command(text: str, project: Path) -> TestSelection | None:
    """The tests that the shell ``text`` (one or several lines) runs; None when no line runs
    pytest or unittest. unittest names are resolved against ``project``."""
    found: TestSelection | None = None
    for line in text.splitlines():
        for tokens in _commands(line):
            launched = _launcher(tokens)
            if launched is None:
                continue
            kind, args = launched
            selection = _pytest_selection(args) if kind == "pytest" else _unittest_selection(args, project)
            if found is None:
                found = selection
            else:
                found.add(selection)
    return found


def runs_tests(text: str) -> bool:
    """Whether some command of the shell ``text`` runs pytest or unittest."""
    return any(_launcher(tokens) is not None for line in text.splitlines() for tokens in _commands(line))


def missing_targets(selection: TestSelection, project: Path) -> list[str]:
    """Test files and directories named by ``selection`` that ``project`` does not have."""
    missing = []
    for target in selection.targets:
        path = target.split("::")[0]
        if not (project / path).exists() and path not in missing:
            missing.append(path)
    return missing
