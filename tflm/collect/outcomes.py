"""How a test ended, and the outcome policy tflm applies.

Outcome policy (written once, here):

* a test *fails* when any of its phases (setup, call, teardown) fails; a failure in setup or
  teardown without a failing call is counted as an *error* in the summary, as pytest counts it,
  and is a failing test in the spectrum;
* a test that ran past the time limit, or killed the interpreter, is a failing test
  (``timed_out`` / ``crashed`` say why);
* skipped tests, xfailed and xpassed tests are counted but stay out of the spectrum: they say
  nothing about the code's correctness that the project itself trusts;
* every other test that ran passed.

Kept free of numpy: the runner uses it before the heavy modules are imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tflm.types import LineId, TestId

Status = Literal["passed", "failed", "error", "skipped", "xfailed", "xpassed"]
RANKED_STATUSES: frozenset[str] = frozenset({"passed", "failed", "error"})
FAILING_STATUSES: frozenset[str] = frozenset({"failed", "error"})


@dataclass
class TestOutcome:
    """How one test ended. ``traceback`` holds the failing frames that lie in source files,
    outermost first, as (file, 1-based statement line)."""

    __test__ = False

    nodeid: TestId
    status: Status
    timed_out: bool = False
    crashed: bool = False
    message: str = ""
    exc_type: str | None = None
    traceback: tuple[LineId, ...] = ()
    duration: float = 0.0

    @property
    def failing(self) -> bool:
        return self.status in FAILING_STATUSES
