"""Which files of a project are its sources, and the statement structure of each.

Source files are the project's Python files outside its tests: test directories (``test``,
``tests``, ``testing``), ``test_*.py``, ``*_test.py``, ``conftest.py`` and ``setup.py`` are left
out, as are hidden directories, virtual environments (any directory holding ``pyvenv.cfg``),
``site-packages``, build output and caches. ``--include``/``--omit`` globs (matched against the
project-relative path with forward slashes) override the default choice.

Every source file is parsed once; a file that does not parse is a :class:`SourceError` naming the
file and line, because a ranking over a project that cannot import would be meaningless.
"""

from __future__ import annotations

import ast
import fnmatch
import os
import tokenize
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tflm.errors import SourceError, UsageError
from tflm.types import RelPath

SKIPPED_DIRS = frozenset(
    {
        "__pycache__",
        "site-packages",
        "node_modules",
        "build",
        "dist",
        "htmlcov",
    }
)
TEST_DIRS = frozenset({"test", "tests", "testing"})
NON_SOURCE_FILES = frozenset({"conftest.py", "setup.py", "noxfile.py", "fabfile.py"})

MODULE_SCOPE = "<module>"


@dataclass
class SourceFile:
    """One parsed source file.

    ``statement_of`` maps every 1-based line that belongs to a statement to the first line of the
    innermost statement containing it (continuation lines of a multi-line statement map to its
    first line). ``scope_of`` maps statement lines to the qualified name of the innermost function
    or method holding them (``Class.method``, ``outer.inner``), or ``<module>``; ``scope_start``
    maps each function scope to its ``def`` line.
    """

    path: RelPath
    absolute: Path
    text: str
    tree: ast.Module
    statement_of: dict[int, int] = field(default_factory=dict)
    scope_of: dict[int, str] = field(default_factory=dict)
    scope_start: dict[str, int] = field(default_factory=dict)

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines()

    def source_line(self, line: int) -> str:
        lines = self.lines
        return lines[line - 1] if 0 < line <= len(lines) else ""


def is_test_path(rel: RelPath) -> bool:
    parts = rel.split("/")
    name = parts[-1]
    if name in NON_SOURCE_FILES or name.startswith("test_") or name.endswith("_test.py"):
        return True
    return any(part in TEST_DIRS for part in parts[:-1])


def _walk_python_files(root: Path) -> Iterable[RelPath]:
    for dirpath, dirnames, filenames in os.walk(root):
        current = Path(dirpath)
        kept = []
        for name in sorted(dirnames):
            sub = current / name
            if name.startswith(".") or name in SKIPPED_DIRS or name.endswith(".egg-info"):
                continue
            if (sub / "pyvenv.cfg").exists():
                continue
            kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            if name.endswith(".py"):
                yield (current / name).relative_to(root).as_posix()


def select_source_files(
    root: Path, include: Sequence[str] = (), omit: Sequence[str] = ()
) -> list[RelPath]:
    """Project-relative paths of the source files, sorted."""
    chosen = []
    for rel in _walk_python_files(root):
        if include:
            if not any(fnmatch.fnmatchcase(rel, pattern) for pattern in include):
                continue
        elif is_test_path(rel):
            continue
        if any(fnmatch.fnmatchcase(rel, pattern) for pattern in omit):
            continue
        chosen.append(rel)
    if not chosen:
        detail = f" matching --include {', '.join(include)}" if include else ""
        raise UsageError(
            f"No Python source files{detail} were found in {root}.",
            hint="Check the project path, or name the sources with --include 'pkg/*.py'.",
        )
    return chosen


# Parsed files by (path, text): a corpus worker parses the same unchanged files of a subject for
# every mutant. Entries are never mutated after construction; the bound keeps memory flat.
_PARSED: OrderedDict[tuple[str, str], SourceFile] = OrderedDict()
PARSE_CACHE_SIZE = 512


def parse_source(root: Path, rel: RelPath) -> SourceFile:
    absolute = root / rel
    try:
        with tokenize.open(absolute) as f:  # honours PEP 263 encoding declarations
            text = f.read()
    except (OSError, UnicodeDecodeError, SyntaxError) as exc:
        raise SourceError(f"{rel}: cannot read the file: {exc}") from exc
    key = (str(absolute), text)
    cached = _PARSED.get(key)
    if cached is not None:
        _PARSED.move_to_end(key)
        return cached
    source = _parse_text(absolute, rel, text)
    _PARSED[key] = source
    if len(_PARSED) > PARSE_CACHE_SIZE:
        _PARSED.popitem(last=False)
    return source


def _parse_text(absolute: Path, rel: RelPath, text: str) -> SourceFile:
    try:
        tree = ast.parse(text, filename=rel)
    except SyntaxError as exc:
        raise SourceError(
            f"{rel}:{exc.lineno}: syntax error: {exc.msg}",
            hint="Fix the syntax error (the test suite cannot import this file either) and run tflm again.",
        ) from exc
    source = SourceFile(path=rel, absolute=absolute, text=text, tree=tree)
    _index_statements(source)
    return source


def parse_sources(root: Path, rels: Iterable[RelPath]) -> dict[RelPath, SourceFile]:
    return {rel: parse_source(root, rel) for rel in rels}


def _index_statements(source: SourceFile) -> None:
    statement_of = source.statement_of
    scope_of = source.scope_of

    def visit(node: ast.AST, scope: str, qual_prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.stmt):
                end = child.end_lineno or child.lineno
                # Parents are visited before their bodies, so inner statements overwrite the
                # lines they own and a compound statement keeps only its header lines.
                for line in range(child.lineno, end + 1):
                    statement_of[line] = child.lineno
                    scope_of[line] = scope
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    name = f"{qual_prefix}{child.name}"
                    source.scope_start.setdefault(name, child.lineno)
                    scope_of[child.lineno] = scope
                    visit(child, name, f"{name}.")
                    continue
                if isinstance(child, ast.ClassDef):
                    visit(child, scope, f"{qual_prefix}{child.name}.")
                    continue
                visit(child, scope, qual_prefix)
            elif isinstance(child, (ast.excepthandler, ast.match_case)):
                visit(child, scope, qual_prefix)

    visit(source.tree, MODULE_SCOPE, "")
    # Decorator lines execute with the definition, which is where the tracer reports them.
    for node in ast.walk(source.tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for decorator in node.decorator_list:
                for line in range(decorator.lineno, (decorator.end_lineno or decorator.lineno) + 1):
                    statement_of[line] = node.lineno
                    scope_of.setdefault(line, scope_of.get(node.lineno, MODULE_SCOPE))
