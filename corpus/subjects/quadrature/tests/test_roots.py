import math

import pytest

from quadrature import (
    BracketError,
    ConvergenceError,
    QuadratureError,
    bisection,
    brent,
    expand_bracket,
    secant,
)


def test_bisection_wallis(wallis, wallis_root):
    result = bisection(wallis, 2, 3)
    assert result.root == pytest.approx(wallis_root, abs=1e-11)
    assert result.iterations == 40
    assert result.evaluations == 42
    assert result.method == "bisection"


def test_bisection_hits_exact_midpoint():
    result = bisection(lambda x: x, -1, 1)
    assert (result.root, result.iterations) == (0.0, 1)


def test_bisection_coarse_tolerance():
    result = bisection(lambda x: x - 1 / 3, 0, 1, xtol=0.01)
    assert abs(result.root - 1 / 3) < 0.01
    assert result.iterations == 7


@pytest.mark.parametrize("a, b, root", [(0, 1, 0), (-1, 0, 0)])
def test_bisection_root_at_endpoint(a, b, root):
    result = bisection(lambda x: x, a, b)
    assert result.root == root
    assert result.iterations == 0


def test_bisection_iteration_limit(wallis):
    with pytest.raises(ConvergenceError, match="in 5 iterations") as info:
        bisection(wallis, 2, 3, max_iterations=5)
    assert info.value.estimate == pytest.approx(2.109375)


@pytest.mark.parametrize("method", [bisection, brent])
def test_requires_sign_change(method):
    with pytest.raises(BracketError, match="opposite signs"):
        method(lambda x: x * x + 1, -1, 1)


@pytest.mark.parametrize("method", [bisection, brent])
@pytest.mark.parametrize("a, b", [(1, 1), (2, 1)])
def test_requires_ordered_interval(method, a, b):
    with pytest.raises(BracketError, match="a < b"):
        method(lambda x: x, a, b)


@pytest.mark.parametrize("method", [bisection, brent])
def test_xtol_must_be_positive(method):
    with pytest.raises(QuadratureError, match="xtol must be positive"):
        method(lambda x: x, -1, 1, xtol=0)


def test_brent_wallis(wallis, wallis_root):
    result = brent(wallis, 2, 3)
    assert result.root == pytest.approx(wallis_root, abs=1e-12)
    assert result.iterations == 6
    assert result.evaluations == 8
    assert result.method == "brent"


@pytest.mark.parametrize(
    "func, a, b, root",
    [
        (math.cos, 0, 2, math.pi / 2),
        (lambda x: x - 0.5, 0, 1, 0.5),
        (lambda x: math.exp(x) - 2, -5, 5, math.log(2)),
        (lambda x: x ** 5 - x - 1, 1, 2, 1.1673039782614187),
    ],
)
def test_brent_various(func, a, b, root):
    assert brent(func, a, b).root == pytest.approx(root, abs=1e-11)


def test_brent_far_faster_than_bisection(wallis):
    assert brent(wallis, 2, 3).evaluations * 4 < bisection(wallis, 2, 3).evaluations


def test_brent_endpoint_roots():
    assert brent(lambda x: x, 0, 1).root == 0
    right = brent(lambda x: x * x - 4, 0, 2)
    assert (right.root, right.iterations) == (2, 0)


def test_brent_triple_root_needs_many_iterations():
    with pytest.raises(ConvergenceError, match="in 30 iterations"):
        brent(lambda x: (x - 1) ** 3, 0, 3, max_iterations=30)
    result = brent(lambda x: (x - 1) ** 3, 0, 3, max_iterations=500)
    assert result.root == pytest.approx(1.0, abs=1e-9)
    assert result.iterations == 124


def test_secant_sqrt2():
    result = secant(lambda x: x * x - 2, 1, 2)
    assert result.root == pytest.approx(math.sqrt(2), abs=1e-14)
    assert result.iterations == 7
    assert result.method == "secant"


def test_secant_linear_is_one_step():
    result = secant(lambda x: 2 * x - 4, 0, 1)
    assert (result.root, result.iterations, result.evaluations) == (2.0, 1, 3)


def test_secant_start_is_root():
    result = secant(lambda x: x - 3, 0, 3)
    assert (result.root, result.iterations) == (3, 0)


def test_secant_flat():
    with pytest.raises(ConvergenceError, match="flat secant at x=1"):
        secant(lambda x: x * x + 1, -1, 1)


def test_secant_limit(wallis):
    with pytest.raises(ConvergenceError, match="in 2 iterations"):
        secant(wallis, 2, 3, max_iterations=2)


def test_secant_validation():
    with pytest.raises(QuadratureError, match="distinct"):
        secant(lambda x: x, 1, 1)
    with pytest.raises(QuadratureError, match="xtol"):
        secant(lambda x: x, 0, 1, xtol=-1)


def test_expand_bracket():
    assert expand_bracket(lambda x: x - 10, 0, 1) == (0, pytest.approx(17.576))
    assert expand_bracket(lambda x: x + 10, 0, 1) == (pytest.approx(-16.576), 1)
    assert expand_bracket(lambda x: x, -1, 1) == (-1, 1)


def test_expand_bracket_failures():
    with pytest.raises(BracketError, match="after 3 expansions"):
        expand_bracket(lambda x: x * x + 1, 0, 1, max_expansions=3)
    with pytest.raises(BracketError, match="a < b"):
        expand_bracket(lambda x: x, 1, 0)
    with pytest.raises(QuadratureError, match="factor"):
        expand_bracket(lambda x: x, 0, 1, factor=1.0)
