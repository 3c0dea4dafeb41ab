"""Generate large synthetic projects with a known bug, for benchmarks (not a corpus source)."""

from __future__ import annotations

from pathlib import Path

MODULE = '''"""Generated module {i}."""


def scale_{i}(values, factor):
    result = []
    for value in values:
        if value < 0:
            result.append(-value * factor)
        else:
            result.append(value * factor)
    return result


def total_{i}(values):
    acc = 0
    for value in values:
        acc += value
    return acc{bug}


def clamp_{i}(value, low, high):
    if value < low:
        return low
    if value > high:
        return high
    return value
'''

TESTS = '''import pytest

from bigpkg.mod_{i:03d} import clamp_{i}, scale_{i}, total_{i}


@pytest.mark.parametrize("n", range({n_param}))
def test_scale_{i}(n):
    assert scale_{i}([n, -n], 2) == [2 * n, 2 * n]


def test_total_{i}():
    assert total_{i}([1, 2, 3]) == 6


@pytest.mark.parametrize("value,expected", [(-5, 0), (5, 5), (50, 10)])
def test_clamp_{i}(value, expected):
    assert clamp_{i}(value, 0, 10) == expected
'''


def generate(root: Path, modules: int = 200, tests: int = 3000, buggy_module: int = 7) -> Path:
    """Write a project with ``modules`` modules and about ``tests`` tests; one module has a bug."""
    per_module = max(tests // modules, 5)
    n_param = per_module - 4
    package = root / "bigpkg"
    (root / "tests").mkdir(parents=True, exist_ok=True)
    package.mkdir(parents=True, exist_ok=True)
    (root / "pytest.ini").write_text("[pytest]\ntestpaths = tests\n")
    (package / "__init__.py").write_text("")
    for i in range(modules):
        bug = " + 1" if i == buggy_module else ""
        (package / f"mod_{i:03d}.py").write_text(MODULE.format(i=i, bug=bug))
        (root / "tests" / f"test_mod_{i:03d}.py").write_text(TESTS.format(i=i, n_param=n_param))
    return root
