"""Sum-product networks at localization time: numpy only, float64, log space.

:mod:`tflm.spn.compiled` evaluates a network learned by spflow (compiled by
:mod:`tflm.spn.convert`, the one module here that imports torch); :mod:`tflm.spn.templates` and
:mod:`tflm.spn.relational` give exact posteriors in the relational SPN over a whole program.
"""

from __future__ import annotations

from tflm.spn.compiled import CompiledSPN, SPNBuilder, merge
from tflm.spn.relational import COUNT, IID, Evidence, Posterior, RelationalSPN, evaluate, posterior

__all__ = ["COUNT", "IID", "CompiledSPN", "Evidence", "Posterior", "RelationalSPN", "SPNBuilder", "evaluate",
           "merge", "posterior"]
