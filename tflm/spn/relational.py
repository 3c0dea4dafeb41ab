"""Exact inference in the relational SPN over one program: Program > Scope > Line.

The network (Nath and Domingos' RSPN, with the class SPNs compiled to numpy) is

    P(program) = sum_c w_c  P_c(x_program)  prod_{s in scopes}  S_c(s)
    S_c(s)     = sum_{q in c} v_q  Q_q(x_s)  T_q(lines of s)

``c`` ranges over program clusters, ``q`` over the scope clusters of the scope class learned
inside program cluster ``c``; ``P_c`` and ``Q_q`` are class SPNs over the program's and the
scope's attributes, and ``T_q`` is an exchangeable distribution template over the scope's lines
(:mod:`tflm.spn.templates`) built from the line SPNs ``f_{q,b}`` learned on the lines with bug
indicator ``B = b``: the product ``prod_l sum_b pi_{q,b} [B_l = b] f_{q,b}(x_l)``, or "k of these
lines are bugs" with k drawn from ``p_q(k)``. Scopes are exchangeable parts of a program and lines
exchangeable parts of a scope. The clusters are shared by the parts, so the evidence of every
line moves the posterior of every other line: a line with a strong signal pulls its scope into a
"holds a bug" cluster, lowers its neighbours when the template says one of them is the bug, and,
under "at least one bug", lowers every other scope.

With a **scope count template** (``scope_log_count``), the scopes of a program are not
independent given its cluster: "k of these n scopes hold a bug", k drawn from ``r_c(k)``
(learned: most programs have one faulty function, a few two), every set of k scopes equally
likely, the chosen scopes drawn from the scope clusters that hold bugs and the others from those
that do not:

    P(program) = sum_c w_c  P_c(x_program)  sum_k r_c(k) / C(n, k)  sum_{|K| = k}
                 prod_{s in K} S^bug_c(s)  prod_{s not in K} S^clean_c(s)

with ``S^bug_c(s) = sum_{q in c, q holds bugs} v_q Q_q(x_s) T_q(lines of s)`` (``v_q``
normalized within the bug-holding clusters of ``c``) and ``S^clean_c`` likewise. The scopes then
compete the way the lines of a scope do: the evidence that one function holds the bug lowers the
others, and the posteriors of a program's scopes sum to the expected number of faulty scopes
instead of each scope's odds being judged alone. It is the same exchangeable template one level
up (:func:`tflm.spn.templates.count_terms`, with the scopes as the parts of one program).

One upward pass gives the log-probability of the evidence; one downward pass gives, exactly,
``P(B_l = 1 | evidence)`` for every line, ``P(scope holds a bug | evidence)`` for every scope and
``P(at least one bug | evidence)``. Evidence on bug indicators (a line a user has checked and
found correct) is an indicator set to 0. Everything is in log space, float64.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tflm.spn.compiled import CompiledSPN
from tflm.spn.templates import (
    ScopeTerms,
    count_terms,
    iid_terms,
    log1mexp,
    log_any,
    logsumexp,
    minus,
)

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


IID = 0
COUNT = 1


@dataclass(frozen=True, eq=False)
class RelationalSPN:
    """The learned structure and its class SPNs (see the module docstring).

    ``program_log_weight`` (C,): log w_c. ``program_root`` (C,): root of P_c in
    ``program_spns``, or -1 when the program cluster has no attribute distribution.
    ``scope_cluster`` (Q,): the program cluster c of scope cluster q; ``scope_log_weight`` (Q,):
    log v_q (normalized within c); ``scope_root`` (Q,): root of Q_q in ``scope_spns`` or -1.
    ``line_template`` (Q,): IID or COUNT; ``line_log_prior`` (Q, 2): log pi_{q,b} of an IID
    template; ``line_log_count`` (Q, K + 1): log p_q(k) of a COUNT template; ``line_root``
    (Q, 2): root of f_{q,b} in ``line_spns``, or -1 when no line of the cluster had B = b (then
    B = b has probability 0 there). ``scope_log_count`` (C, K + 1): log r_c(k) of a scope count
    template (None: the scopes of a program are independent given its cluster);
    ``scope_buggy`` (Q,): the scope clusters whose scopes hold a bug (with the scope template).
    """

    program_log_weight: FloatArray
    program_root: IntArray
    scope_cluster: IntArray
    scope_log_weight: FloatArray
    scope_root: IntArray
    line_template: IntArray
    line_log_prior: FloatArray
    line_log_count: FloatArray
    line_root: IntArray
    line_spns: CompiledSPN
    scope_spns: CompiledSPN | None = None
    program_spns: CompiledSPN | None = None
    scope_log_count: FloatArray | None = None
    scope_buggy: BoolArray | None = None

    def __post_init__(self) -> None:
        C, Q = self.program_log_weight.size, self.scope_cluster.size
        if self.program_root.shape != (C,) or self.scope_log_weight.shape != (Q,) or self.scope_root.shape != (Q,):
            raise ValueError("cluster arrays have inconsistent shapes")
        if (self.line_log_prior.shape != (Q, 2) or self.line_root.shape != (Q, 2) or self.line_template.shape != (Q,)
                or self.line_log_count.ndim != 2 or self.line_log_count.shape[0] != Q
                or self.line_log_count.shape[1] < 2):
            raise ValueError("line template arrays must have shapes (Q,), (Q, 2), (Q, 2) and (Q, K + 1), K >= 1")
        if Q == 0 or self.scope_cluster.min() < 0 or self.scope_cluster.max() >= C:
            raise ValueError("every scope cluster must belong to a program cluster")
        if not np.all(np.isin(self.line_template, (IID, COUNT))):
            raise ValueError("line_template holds IID (0) or COUNT (1)")
        iid = self.line_template == IID
        if np.any((self.line_root[iid] < 0) & np.isfinite(self.line_log_prior[iid])):
            raise ValueError("a bug value with positive prior needs a line SPN")
        for spns, roots in ((self.scope_spns, self.scope_root), (self.program_spns, self.program_root)):
            if spns is None and np.any(roots >= 0):
                raise ValueError("a cluster names an attribute SPN that is missing")
        if (self.scope_log_count is None) != (self.scope_buggy is None):
            raise ValueError("a scope count template needs both scope_log_count and scope_buggy")
        if self.scope_log_count is not None and self.scope_buggy is not None:
            if (self.scope_log_count.ndim != 2 or self.scope_log_count.shape[0] != C
                    or self.scope_log_count.shape[1] < 2 or self.scope_buggy.shape != (Q,)):
                raise ValueError("scope template arrays must have shapes (C, K + 1), K >= 1, and (Q,)")
            if np.any(self.line_template[self.scope_buggy] != COUNT) or np.any(
                    np.isfinite(self.line_log_prior[~self.scope_buggy, 1]) & (self.line_template[~self.scope_buggy] == IID)):
                raise ValueError("with a scope count template, bug-holding scope clusters need the count "
                                 "template over their lines and the others no bug line")
            if np.any(np.isfinite(self.line_log_count[self.scope_buggy, 0])):
                raise ValueError("a bug-holding scope cluster cannot give zero bug lines a probability")

    @property
    def n_program_clusters(self) -> int:
        return int(self.program_log_weight.size)

    @property
    def n_scope_clusters(self) -> int:
        return int(self.scope_cluster.size)


@dataclass(frozen=True, eq=False)
class Evidence:
    """The class SPNs evaluated on one program's features.

    ``line_ll`` (n_lines, Q, 2): log f_{q,b}(x_l) (-inf where pi_{q,b} = 0); ``line_scope``
    (n_lines,): scope index of each line; ``scope_ll`` (n_scopes, Q): log Q_q(x_s);
    ``program_ll`` (C,): log P_c(x_program)."""

    line_ll: FloatArray
    line_scope: IntArray
    scope_ll: FloatArray
    program_ll: FloatArray

    @property
    def n_lines(self) -> int:
        return int(self.line_ll.shape[0])

    @property
    def n_scopes(self) -> int:
        return int(self.scope_ll.shape[0])


@dataclass(frozen=True)
class Posterior:
    """What one upward and one downward pass give (probabilities in [0, 1]).

    ``line`` (n_lines,): P(B_l = 1 | evidence[, at least one bug]); ``scope`` (n_scopes,):
    P(the scope holds a bug | ...); ``any_bug``: P(at least one bug | evidence) before that
    conditioning; ``log_evidence``: log P(evidence); ``program_cluster`` (C,): posterior of the
    program clusters; ``conditioned``: whether "at least one bug" was conditioned on."""

    line: FloatArray
    scope: FloatArray
    any_bug: float
    log_evidence: float
    program_cluster: FloatArray
    conditioned: bool
    line_log: FloatArray
    scope_log: FloatArray


def evaluate(model: RelationalSPN, line_codes: IntArray, line_scope: IntArray, scope_codes: IntArray,
             program_codes: IntArray) -> Evidence:
    """Run the class SPNs on a program's codes (-1: unknown): lines (n_lines, d_line), scopes
    (n_scopes, d_scope), the program (d_program,)."""
    n_lines, Q = line_codes.shape[0], model.n_scope_clusters
    line_ll = np.full((n_lines, Q, 2), -np.inf)
    if n_lines:
        values = model.line_spns.log_likelihood(line_codes)
        present = model.line_root >= 0
        line_ll[:, present] = values[:, model.line_root[present]]
    scope_ll = np.zeros((scope_codes.shape[0], Q))
    if model.scope_spns is not None and scope_codes.shape[0]:
        values = model.scope_spns.log_likelihood(scope_codes)
        present = model.scope_root >= 0
        scope_ll[:, present] = values[:, model.scope_root[present]]
    program_ll = np.zeros(model.n_program_clusters)
    if model.program_spns is not None:
        values = model.program_spns.log_likelihood(np.asarray(program_codes).reshape(1, -1))[0]
        present = model.program_root >= 0
        program_ll[present] = values[model.program_root[present]]
    return Evidence(line_ll=line_ll, line_scope=np.asarray(line_scope, dtype=np.int64), scope_ll=scope_ll,
                    program_ll=program_ll)


def posterior(model: RelationalSPN, evidence: Evidence, *, not_bug: BoolArray | None = None,
              at_least_one: bool = True) -> Posterior:
    """Exact posteriors of every line and scope of the program.

    ``not_bug`` (n_lines,) marks lines known not to be the bug (their indicator B = 1 is set to
    0). With ``at_least_one``, everything is also conditioned on "the program holds at least one
    bug". Raises ValueError when the evidence rules out every bug while ``at_least_one`` asks
    for one (for instance when every line is marked ``not_bug``)."""
    n_scopes = evidence.n_scopes
    C = model.n_program_clusters
    cluster = model.scope_cluster
    line_scope = evidence.line_scope
    u = evidence.line_ll[:, :, 1].copy()
    v = evidence.line_ll[:, :, 0]
    if not_bug is not None:
        u[np.asarray(not_bug, dtype=bool)] = -np.inf
    terms = _scope_terms(model, u, v, line_scope, n_scopes)
    in_cluster = np.equal.outer(cluster, np.arange(C))  # (Q, C)
    scope_in = model.scope_log_weight[None, :] + evidence.scope_ll + terms.log_lines  # (S, Q)
    if model.scope_log_count is not None and model.scope_buggy is not None:
        return _counted_posterior(model, evidence, terms, scope_in, in_cluster, at_least_one)

    # Upward pass.
    scope_up = _by_cluster(scope_in, in_cluster)  # (S, C)
    program_up = model.program_log_weight + evidence.program_ll + scope_up.sum(axis=0)  # (C,)

    # Downward pass: cluster posteriors, then bug indicators.
    log_z, log_pc = _normalize(program_up)
    log_pq = minus(scope_in, scope_up[:, cluster])  # (S, Q): P(q | c(q), s, e)
    route = log_pc[cluster][None, :] + log_pq  # (S, Q): P(c(q), q | s, e)
    line_log = logsumexp(route[line_scope] + terms.log_pb1, axis=1)  # (n,)
    scope_log = logsumexp(route + terms.log_has_bug, axis=1)  # (S,)
    scope_given_c = _by_cluster(log_pq + terms.log_has_bug, in_cluster)  # (S, C)
    any_given_c = log_any(log1mexp(scope_given_c).sum(axis=0), logsumexp(scope_given_c, axis=0))  # (C,)
    any_bug = float(logsumexp(log_pc + any_given_c, axis=0))
    return _finish(line_log, scope_log, any_bug, log_z, log_pc, at_least_one)


def _counted_posterior(model: RelationalSPN, evidence: Evidence, terms: ScopeTerms, scope_in: FloatArray,
                       in_cluster: BoolArray, at_least_one: bool) -> Posterior:
    """The passes under the scope count template (see the module docstring)."""
    assert model.scope_log_count is not None and model.scope_buggy is not None
    n_scopes = evidence.n_scopes
    cluster = model.scope_cluster
    buggy = model.scope_buggy
    # (S, C): the bug-holding and the clean scope clusters of each program cluster.
    bug_up = _by_cluster(scope_in, in_cluster & buggy[:, None])
    clean_up = _by_cluster(scope_in, in_cluster & ~buggy[:, None])
    # The scopes are the parts of one program; program clusters play the part of scope clusters.
    program_terms = count_terms(bug_up, clean_up, model.scope_log_count, np.zeros(n_scopes, dtype=np.int64), 1)
    program_up = model.program_log_weight + evidence.program_ll + program_terms.log_lines[0]  # (C,)
    log_z, log_pc = _normalize(program_up)
    scope_given_c = program_terms.log_pb1  # (S, C): P(s holds a bug | c, e)
    scope_log = logsumexp(log_pc[None, :] + scope_given_c, axis=1)
    # P(q | s holds a bug, c, e) for the bug-holding clusters; the others hold no bug line.
    log_pq = np.where(buggy[None, :], minus(scope_in, bug_up[:, cluster]), -np.inf)
    route = log_pc[cluster][None, :] + scope_given_c[:, cluster] + log_pq  # (S, Q)
    line_log = logsumexp(route[evidence.line_scope] + terms.log_pb1, axis=1)
    any_bug = float(logsumexp(log_pc + program_terms.log_has_bug[0], axis=0))
    return _finish(line_log, scope_log, any_bug, log_z, log_pc, at_least_one)


def _by_cluster(values: FloatArray, members: BoolArray) -> FloatArray:
    """logsumexp of ``values`` (S, Q) over the scope clusters each column of ``members`` (Q, C)
    marks: (S, C); -inf where none is marked."""
    return np.stack([logsumexp(np.where(members[:, c], values, -np.inf), axis=1) for c in range(members.shape[1])],
                    axis=1)


def _normalize(program_up: FloatArray) -> tuple[float, FloatArray]:
    """log P(evidence) and the log posteriors of the program clusters."""
    log_z = float(logsumexp(program_up, axis=0))
    if not np.isfinite(log_z):
        raise ValueError("the evidence has probability 0 under the model")
    return log_z, program_up - log_z


def _finish(line_log: FloatArray, scope_log: FloatArray, any_bug: float, log_z: float, log_pc: FloatArray,
            at_least_one: bool) -> Posterior:
    """Condition on "at least one bug" when asked, and clip rounding above probability 1."""
    if at_least_one:
        if not np.isfinite(any_bug):
            raise ValueError("the evidence rules out every bug, so 'at least one bug' cannot be conditioned on")
        line_log = line_log - any_bug
        scope_log = scope_log - any_bug
    line_log = np.minimum(line_log, 0.0)
    scope_log = np.minimum(scope_log, 0.0)
    return Posterior(line=np.exp(line_log), scope=np.exp(scope_log), any_bug=float(np.exp(any_bug)),
                     log_evidence=log_z, program_cluster=np.exp(log_pc), conditioned=at_least_one,
                     line_log=line_log, scope_log=scope_log)


def _scope_terms(model: RelationalSPN, u: FloatArray, v: FloatArray, line_scope: IntArray,
                 n_scopes: int) -> ScopeTerms:
    """The line templates of every scope cluster, evaluated on every scope."""
    Q = model.n_scope_clusters
    log_lines = np.empty((n_scopes, Q))
    log_pb1 = np.empty((u.shape[0], Q))
    has_bug = np.empty((n_scopes, Q))
    for kind in (IID, COUNT):
        chosen = np.flatnonzero(model.line_template == kind)
        if chosen.size == 0:
            continue
        if kind == IID:
            part = iid_terms(u[:, chosen], v[:, chosen], model.line_log_prior[chosen], line_scope, n_scopes)
        else:
            part = count_terms(u[:, chosen], v[:, chosen], model.line_log_count[chosen], line_scope, n_scopes)
        log_lines[:, chosen] = part.log_lines
        log_pb1[:, chosen] = part.log_pb1
        has_bug[:, chosen] = part.log_has_bug
    return ScopeTerms(log_lines=log_lines, log_pb1=log_pb1, log_has_bug=has_bug)
