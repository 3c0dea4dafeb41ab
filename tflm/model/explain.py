"""Which evidence moved a line's probability: one log-likelihood ratio per group of evidence.

For line l and a group g of evidence (its spectrum features, its traceback features, its static
features, its scope's attributes, the other lines of its scope, the other scopes of the program,
the program's attributes), the contribution of g is

    log-odds P(B_l = 1 | all evidence) - log-odds P(B_l = 1 | all evidence but g)

which is exactly the log-likelihood ratio ``log P(g | B_l = 1, rest) / P(g | B_l = 0, rest)``:
positive when g makes the line more suspicious. Hidden evidence is marginalized in the SPNs
(every variable of an SPN hidden: its value is 1), so each ratio is exact, and computing it only
re-evaluates the line SPNs on the one line concerned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from tflm.features import FeatureTable
from tflm.features.dynamic import SPECTRUM_NAMES, TRACEBACK_NAMES
from tflm.features.static import STATIC_NAMES
from tflm.model.estimator import TFLM, check_is_fitted
from tflm.spn.relational import Evidence, posterior
from tflm.types import LineId

GROUPS: tuple[str, ...] = ("spectrum", "traceback", "static", "scope", "same scope", "other scopes", "program")
GROUP_HELP = {
    "spectrum": "which failing and passing tests ran the line (counts, formulas, ranks)",
    "traceback": "whether the line is in failing tests' tracebacks, and how deep",
    "static": "the line's syntax (statement kind, operators, nesting, position)",
    "scope": "its function's attributes (share of failing tests entering it, traceback, call graph)",
    "same scope": "the evidence of the other lines of its function",
    "other scopes": "the evidence of every other function of the program",
    "program": "the program's attributes (tests, failures, spread of the spectrum)",
}
_LINE_GROUPS = {"spectrum": SPECTRUM_NAMES, "traceback": TRACEBACK_NAMES, "static": STATIC_NAMES}


@dataclass(frozen=True)
class Explanation:
    """``contributions`` maps each group of :data:`GROUPS` to its log-likelihood ratio (natural
    log); ``probability`` is the line's posterior with all evidence."""

    line: LineId
    probability: float
    contributions: dict[str, float]

    def ranked(self) -> list[tuple[str, float]]:
        """Groups by the size of their effect, largest first."""
        return sorted(self.contributions.items(), key=lambda kv: -abs(kv[1]))


def _log_odds(log_p: float) -> float:
    p = float(np.exp(log_p))
    if p >= 1.0:
        return float("inf")
    return float(log_p - np.log1p(-p))


def explain(model: TFLM, table: FeatureTable, rows: Sequence[int], *,
            not_bug: npt.NDArray[np.bool_] | None = None, at_least_one: bool | None = None) -> list[Explanation]:
    """An :class:`Explanation` for each row (index into ``table.lines``) in ``rows``."""
    check_is_fitted(model)
    conditioned = model.at_least_one if at_least_one is None else at_least_one
    full = model.evidence(table)
    base = posterior(model.rspn_, full, not_bug=not_bug, at_least_one=conditioned)
    out = []
    for row in rows:
        scope = int(table.line_scope[row])
        contributions = {}
        for group in GROUPS:
            hidden = _hide(model, table, full, row, scope, group)
            try:
                without = posterior(model.rspn_, hidden, not_bug=not_bug, at_least_one=conditioned).line_log[row]
            except ValueError:  # without this evidence, no bug would be possible: the ratio is unbounded
                contributions[group] = float("inf")
                continue
            contributions[group] = _log_odds(float(base.line_log[row])) - _log_odds(float(without))
        out.append(Explanation(line=table.lines[row], probability=float(base.line[row]), contributions=contributions))
    return out


def _hide(model: TFLM, table: FeatureTable, full: Evidence, row: int, scope: int, group: str) -> Evidence:
    if group in _LINE_GROUPS:
        names = model.line_discretizer_.names
        codes = model.line_discretizer_.transform(table.X_line[row : row + 1].reshape(1, -1))
        codes[0, [names.index(n) for n in _LINE_GROUPS[group]]] = -1
        line_ll = full.line_ll.copy()
        present = model.rspn_.line_root >= 0
        line_ll[row][present] = model.rspn_.line_spns.log_likelihood(codes)[0, model.rspn_.line_root[present]]
        return replace(full, line_ll=line_ll)
    if group == "scope":
        scope_ll = full.scope_ll.copy()
        scope_ll[scope] = 0.0
        return replace(full, scope_ll=scope_ll)
    if group == "program":
        return replace(full, program_ll=np.zeros_like(full.program_ll))
    line_ll = full.line_ll.copy()
    scope_ll = full.scope_ll.copy()
    same = full.line_scope == scope
    if group == "same scope":
        others = same.copy()
        others[row] = False
    else:  # other scopes: their attributes and all their lines
        others = ~same
        scope_ll[np.arange(full.n_scopes) != scope] = 0.0
    # Every feature of a line hidden: f(x) = 1 wherever f exists.
    line_ll[others] = np.where(np.isfinite(line_ll[others]), 0.0, -np.inf)
    return replace(full, line_ll=line_ll, scope_ll=scope_ll)
