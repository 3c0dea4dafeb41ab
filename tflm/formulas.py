"""Spectrum-based suspiciousness formulas, exact, in one registry.

Every formula is a pure function of the four per-line counts (arrays of equal shape):

* ``ef``: failing tests that executed the line, ``nf``: failing tests that did not,
* ``ep``: passing tests that executed the line, ``np_``: passing tests that did not,

so ``F = ef + nf`` and ``P = ep + np_`` are the numbers of failing and passing tests.

The rule for undefined quotients, the same everywhere: a fraction whose denominator is zero has a
zero numerator in every formula below except DStar (where ``ep + nf = 0`` with ``ef > 0``), and
**0/0 is taken as 0** (the line carries no evidence of that kind). DStar's ``ef**star / 0`` with
``ef > 0`` is **+inf**: the line was executed by every failing test and by no passing test, the
strongest evidence the formula can express. No epsilon is ever added to a denominator.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tflm.errors import UsageError

Array = npt.NDArray[np.float64]
FormulaFn = Callable[[Array, Array, Array, Array], Array]


@dataclass(frozen=True)
class Formula:
    name: str
    fn: FormulaFn
    expression: str
    reference: str

    def __call__(self, ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
        ef, ep, nf, np_ = (np.asarray(a, dtype=np.float64) for a in (ef, ep, nf, np_))
        return self.fn(ef, ep, nf, np_)


def ratio(num: Array, den: Array) -> Array:
    """``num / den`` elementwise, with 0/0 = 0 (callers guarantee num = 0 wherever den = 0)."""
    num = np.asarray(num, dtype=np.float64)
    den = np.asarray(den, dtype=np.float64)
    out = np.zeros(np.broadcast(num, den).shape, dtype=np.float64)
    np.divide(num, den, out=out, where=den != 0)
    return out


def tarantula(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    fail_ratio = ratio(ef, ef + nf)
    pass_ratio = ratio(ep, ep + np_)
    return ratio(fail_ratio, fail_ratio + pass_ratio)


def ochiai(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    return ratio(ef, np.sqrt((ef + nf) * (ef + ep)))


def ochiai2(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    return ratio(ef * np_, np.sqrt((ef + ep) * (np_ + nf) * (ef + nf) * (ep + np_)))


def dstar(ef: Array, ep: Array, nf: Array, np_: Array, star: float = 2.0) -> Array:
    num = ef**star
    den = ep + nf
    out = ratio(np.where(den == 0, 0.0, num), den)
    return np.where((den == 0) & (ef > 0), np.inf, out)


def op2(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    return ef - ep / (ep + np_ + 1.0)


def barinel(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    return np.where(ef + ep == 0, 0.0, 1.0 - ratio(ep, ep + ef))


def jaccard(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    return ratio(ef, ef + nf + ep)


def kulczynski2(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    return 0.5 * (ratio(ef, ef + nf) + ratio(ef, ef + ep))


def naish1(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    return np.where(nf > 0, -1.0, np_)


def naish2(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    # Algebraically the same as Op2 (Naish, Lee and Ramamohanarao, 2011); kept under its own name.
    return ef - ep / (ep + np_ + 1.0)


def gp13(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    return ef * (1.0 + ratio(np.ones_like(ef) * (ef > 0), 2.0 * ep + ef))


def zoltar(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    penalty = ratio(10000.0 * nf * ep * (ef > 0), ef)
    return ratio(ef, ef + nf + ep + penalty)


def wong1(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    return ef.astype(np.float64)


def wong2(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    return ef - ep


def wong3(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    h = np.where(ep <= 2, ep, np.where(ep <= 10, 2.0 + 0.1 * (ep - 2), 2.8 + 0.001 * (ep - 10)))
    return ef - h


def ample(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    return np.abs(ratio(ef, ef + nf) - ratio(ep, ep + np_))


def russell_rao(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    return ratio(ef, ef + nf + ep + np_)


def sorensen_dice(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
    return ratio(2.0 * ef, 2.0 * ef + ep + nf)


FORMULAS: dict[str, Formula] = {
    f.name: f
    for f in [
        Formula("tarantula", tarantula, "(ef/F) / (ef/F + ep/P)", "Jones and Harrold, ASE 2005"),
        Formula("ochiai", ochiai, "ef / sqrt(F * (ef + ep))", "Abreu et al., TAIC PART 2007"),
        Formula("ochiai2", ochiai2, "ef*np / sqrt((ef+ep)(nf+np)(ef+nf)(ep+np))", "Naish et al., TOSEM 2011"),
        Formula("dstar", dstar, "ef^2 / (ep + nf); dstarK uses ef^K", "Wong et al., TR 2014"),
        Formula("op2", op2, "ef - ep / (P + 1)", "Naish et al., TOSEM 2011"),
        Formula("barinel", barinel, "1 - ep / (ep + ef)", "Abreu et al., ASE 2009"),
        Formula("jaccard", jaccard, "ef / (ef + nf + ep)", "Chen et al., DSN 2002"),
        Formula("kulczynski2", kulczynski2, "(ef/(ef+nf) + ef/(ef+ep)) / 2", "Naish et al., TOSEM 2011"),
        Formula("naish1", naish1, "-1 if nf > 0 else np", "Naish et al., TOSEM 2011"),
        Formula("naish2", naish2, "ef - ep / (ep + np + 1)", "Naish et al., TOSEM 2011"),
        Formula("gp13", gp13, "ef * (1 + 1 / (2ep + ef))", "Yoo, SSBSE 2012"),
        Formula("zoltar", zoltar, "ef / (ef + nf + ep + 10000 nf ep / ef)", "Gonzalez, 2007"),
        Formula("wong1", wong1, "ef", "Wong et al., JSS 2007"),
        Formula("wong2", wong2, "ef - ep", "Wong et al., JSS 2007"),
        Formula("wong3", wong3, "ef - h(ep)", "Wong et al., JSS 2007"),
        Formula("ample", ample, "|ef/F - ep/P|", "Dallmeier et al., ECOOP 2005"),
        Formula("russell_rao", russell_rao, "ef / (F + P)", "Russell and Rao, 1940"),
        Formula("sorensen_dice", sorensen_dice, "2ef / (2ef + ep + nf)", "Dice, 1945"),
    ]
}

_DSTAR = re.compile(r"^dstar(\d+(?:\.\d+)?)$")


def get_formula(name: str) -> Formula:
    """The formula called ``name``; ``dstarK`` (e.g. ``dstar3``) is DStar with star K."""
    key = name.strip().lower()
    if key in FORMULAS:
        return FORMULAS[key]
    match = _DSTAR.match(key)
    if match:
        star = float(match.group(1))

        def fn(ef: Array, ep: Array, nf: Array, np_: Array) -> Array:
            return dstar(ef, ep, nf, np_, star=star)

        return Formula(key, fn, f"ef^{star:g} / (ep + nf)", "Wong et al., TR 2014")
    raise UsageError(
        f"Unknown method '{name}'.",
        hint=f"Choose one of: tflm, {', '.join(FORMULAS)} (or dstarK for DStar with star K).",
    )
