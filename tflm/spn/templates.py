"""Exchangeable distribution templates over the lines of a scope, and their exact posteriors.

Given the scope's cluster q, a template is a distribution over the bug indicators and evidence
of the scope's lines that does not depend on their order. Two kinds are used:

- **iid** (the product template of an RSPN): every line independently,
  ``L_q(l) = pi_{q,0} f_{q,0}(x_l) + pi_{q,1} f_{q,1}(x_l)``.
- **count** (an exchangeable variable model, Niepert and Domingos 2014): the number k of bug
  lines among the n lines of the scope has distribution ``p_q(k)`` (k = 0..K), every set of k
  lines is equally likely, and given the indicators the lines' evidence is independent:
  ``P(B, x) = p_q(k) / C(n, k) * prod_l f_{q,B_l}(x_l)``. With ``p_q(1) = 1`` this says "exactly
  one of these lines is the bug", so the lines of a scope compete: a line with a stronger signal
  lowers its neighbours' posteriors.

Both are evaluated exactly in log space. The count template uses the generating polynomial
``prod_l (f_0(x_l) + t f_1(x_l))`` truncated at degree K, built by a scan over the lines of all
scopes at once (one step per line position), forwards and backwards, so that the polynomial
without any one line is a product of a prefix and a suffix: no subtraction, no cancellation.

Inputs: ``u`` and ``v`` (n_lines, Q): log f_{q,1}(x_l) and log f_{q,0}(x_l) plus the log of the
indicator evidence (-inf for a value ruled out, e.g. B_l = 1 for a line known not to be the bug).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from scipy.special import gammaln

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class ScopeTerms:
    """Per scope cluster q: ``log_lines`` (n_scopes, Q) = log P(the scope's line evidence | q);
    ``log_pb1`` (n_lines, Q) = log P(B_l = 1 | q, the scope's evidence); ``log_has_bug``
    (n_scopes, Q) = log P(some line of the scope is a bug | q, the scope's evidence)."""

    log_lines: FloatArray
    log_pb1: FloatArray
    log_has_bug: FloatArray


def logsumexp(values: FloatArray, axis: int) -> FloatArray:
    top = np.max(values, axis=axis, keepdims=True)
    shift = np.where(np.isfinite(top), top, 0.0)
    with np.errstate(divide="ignore"):
        out = np.squeeze(shift, axis=axis) + np.log(np.sum(np.exp(values - shift), axis=axis))
    return np.asarray(out, dtype=np.float64)


def log1mexp(x: FloatArray) -> FloatArray:
    """log(1 - exp(x)) for x <= 0, accurate near both ends (-inf at x = 0)."""
    x = np.minimum(np.asarray(x, dtype=np.float64), 0.0)
    with np.errstate(divide="ignore"):
        return np.where(x > -0.6931471805599453, np.log(-np.expm1(x)), np.log1p(-np.exp(x)))


def minus(a: FloatArray, b: FloatArray) -> FloatArray:
    """a - b in log space where an impossible term (-inf) gives -inf, never NaN."""
    with np.errstate(invalid="ignore"):
        out = a - b
    return np.where(np.isneginf(b) | np.isneginf(a), -np.inf, out)


def log_any(log_none: FloatArray, log_union: FloatArray) -> FloatArray:
    """log P(at least one event) from log P(none) and the log of the sum of the events'
    probabilities: ``log1mexp(log_none)`` is exact unless P(none) rounds to 1, and then the
    events are so unlikely that their union equals their sum to within |log_none| < 1e-10."""
    return np.where(log_none < -1e-10, log1mexp(log_none), np.minimum(log_union, 0.0))


def segment_sum(line_scope: IntArray, values: FloatArray, n_scopes: int) -> FloatArray:
    """Sum of the rows of ``values`` (n_lines, k) over the lines of each scope, (n_scopes, k);
    -inf stays -inf (a sparse product multiplies stored entries only)."""
    n = line_scope.shape[0]
    members = sp.csr_array((np.ones(n), (line_scope, np.arange(n))), shape=(n_scopes, n))
    return np.asarray(members @ values, dtype=np.float64)


def segment_logsumexp(line_scope: IntArray, values: FloatArray, n_scopes: int) -> FloatArray:
    """logsumexp of the rows of ``values`` (n_lines, k) per scope, (n_scopes, k); -inf for none."""
    top = np.full((n_scopes, values.shape[1]), -np.inf)
    np.maximum.at(top, line_scope, values)
    shift = np.where(np.isfinite(top), top, 0.0)
    total = np.zeros((n_scopes, values.shape[1]))
    np.add.at(total, line_scope, np.exp(values - shift[line_scope]))
    with np.errstate(divide="ignore"):
        return shift + np.log(total)


def iid_terms(u: FloatArray, v: FloatArray, log_prior: FloatArray, line_scope: IntArray,
              n_scopes: int) -> ScopeTerms:
    """The product template; ``log_prior`` (Q, 2) holds log pi_{q,b}."""
    one = log_prior[None, :, 1] + u
    line_up = np.logaddexp(log_prior[None, :, 0] + v, one)
    log_pb1 = minus(one, line_up)
    # P(B = 0 | q, l) as 1 - P(B = 1 | q, l): exact when it is close to 1.
    none = segment_sum(line_scope, log1mexp(log_pb1), n_scopes)
    return ScopeTerms(log_lines=segment_sum(line_scope, line_up, n_scopes), log_pb1=log_pb1,
                      log_has_bug=log_any(none, segment_logsumexp(line_scope, log_pb1, n_scopes)))


def _times_line(poly: FloatArray, v: FloatArray, u: FloatArray) -> FloatArray:
    """poly * (e^v + t e^u), truncated at poly's degree; poly (m, Q, K + 1), v and u (m, Q)."""
    out = poly + v[:, :, None]
    out[:, :, 1:] = np.logaddexp(out[:, :, 1:], poly[:, :, :-1] + u[:, :, None])
    return out


def count_terms(u: FloatArray, v: FloatArray, log_count: FloatArray, line_scope: IntArray,
                n_scopes: int) -> ScopeTerms:
    """The count template; ``log_count`` (Q, K + 1) holds log p_q(k) for k = 0..K."""
    n_lines, Q = u.shape
    K = log_count.shape[1] - 1
    if K == 1 and np.all(np.isfinite(v)):
        return _single_bug_terms(u, v, log_count, line_scope, n_scopes)
    sizes = np.bincount(line_scope, minlength=n_scopes)
    order = np.argsort(line_scope, kind="stable")
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    position = np.empty(n_lines, dtype=np.int64)
    position[order] = np.arange(n_lines) - starts[line_scope[order]]
    by_position = np.lexsort((line_scope, position))
    breaks = np.searchsorted(position[by_position], np.arange(int(sizes.max(initial=0)) + 1))
    empty = np.full((n_scopes, Q, K + 1), -np.inf)
    empty[:, :, 0] = 0.0
    before = np.empty((n_lines, Q, K + 1))
    after = np.empty((n_lines, Q, K + 1))
    state = empty.copy()
    steps = [by_position[breaks[p] : breaks[p + 1]] for p in range(breaks.size - 1)]
    for lines in steps:  # forwards: the polynomial of the lines before each line
        owners = line_scope[lines]
        before[lines] = state[owners]
        state[owners] = _times_line(state[owners], v[lines], u[lines])
    total = state
    state = empty.copy()
    for lines in reversed(steps):  # backwards: the lines after each line
        owners = line_scope[lines]
        after[lines] = state[owners]
        state[owners] = _times_line(state[owners], v[lines], u[lines])
    # log p(k) - log C(n, k); impossible when k > n.
    k = np.arange(K + 1)
    n = sizes[:, None].astype(np.float64)
    with np.errstate(invalid="ignore"):
        log_choose = gammaln(n + 1) - gammaln(k + 1) - gammaln(np.maximum(n - k, 0) + 1)
    weight = np.where(k[None, None, :] <= sizes[:, None, None], log_count[None, :, :] - log_choose[:, None, :],
                      -np.inf)  # (S, Q, K + 1)
    log_lines = logsumexp(weight + total, axis=2)  # (S, Q)
    has_bug = minus(logsumexp(weight[:, :, 1:] + total[:, :, 1:], axis=2), log_lines)
    # The polynomial without line l, degrees 0..K-1: prefix times suffix.
    without = np.full((n_lines, Q, K), -np.inf)
    for j in range(K):
        parts = [before[:, :, i] + after[:, :, j - i] for i in range(j + 1)]
        without[:, :, j] = logsumexp(np.stack(parts, axis=2), axis=2)
    w = weight[line_scope]  # (n, Q, K + 1)
    numerator = logsumexp(w[:, :, 1:] + without, axis=2) + u
    log_pb1 = minus(numerator, log_lines[line_scope])
    return ScopeTerms(log_lines=log_lines, log_pb1=np.minimum(log_pb1, 0.0), log_has_bug=np.minimum(has_bug, 0.0))


def _single_bug_terms(u: FloatArray, v: FloatArray, log_count: FloatArray, line_scope: IntArray,
                      n_scopes: int) -> ScopeTerms:
    """:func:`count_terms` for K = 1 in closed form, without a scan: the polynomial is
    ``prod_l e^v_l * (1 + t sum_l e^(u_l - v_l))``, and the polynomial without line l at degree
    0 is ``prod_{m != l} e^v_m``. Needs every ``v`` finite."""
    sizes = np.bincount(line_scope, minlength=n_scopes)
    log_v = segment_sum(line_scope, v, n_scopes)  # (S, Q): log prod e^v
    log_ratio = segment_logsumexp(line_scope, u - v, n_scopes)  # (S, Q): log sum e^(u - v)
    with np.errstate(divide="ignore"):
        log_n = np.log(sizes.astype(np.float64))[:, None]
    # log p(1) - log C(n, 1); impossible when the scope has no line.
    one = np.where(sizes[:, None] >= 1, log_count[None, :, 1] - log_n, -np.inf)
    zero = np.broadcast_to(log_count[None, :, 0], one.shape)
    log_lines = log_v + np.logaddexp(zero, one + log_ratio)
    has_bug = minus(one + log_ratio + log_v, log_lines)
    log_pb1 = minus(one[line_scope] + (log_v[line_scope] - v) + u, log_lines[line_scope])
    return ScopeTerms(log_lines=log_lines, log_pb1=np.minimum(log_pb1, 0.0), log_has_bug=np.minimum(has_bug, 0.0))
