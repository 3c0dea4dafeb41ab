"""What one run of the suite reported, read from the plugin's event stream.

The plugin writes one JSON object per line (see :mod:`tflm.collect.plugin`); an
:class:`AttemptLog` folds them into test outcomes following the policy in
:mod:`tflm.collect.outcomes`. Tests that never reported because the process died or was killed
get a synthetic outcome (``crashed`` or ``timed_out``).
"""

from __future__ import annotations

import signal
import time
from collections.abc import Iterable
from typing import Any

from tflm.collect.outcomes import Status, TestOutcome
from tflm.types import LineId, TestId


class AttemptLog:
    def __init__(self) -> None:
        self.collected: int | None = None
        self.collect_errors: list[tuple[str, str]] = []
        self.started: set[TestId] = set()
        self.running: TestId | None = None
        self.running_since = 0.0
        self.reports: dict[TestId, list[dict[str, Any]]] = {}
        self.synthetic: dict[TestId, TestOutcome] = {}
        self.killed: TestId | None = None
        self.stalled = False
        self.last_event = time.monotonic()
        self.finished = False
        self.exitstatus: int | None = None
        self.warnings: list[str] = []

    def add(self, event: dict[str, Any]) -> None:
        kind = event.get("ev")
        self.last_event = time.monotonic()
        if kind == "start":
            nodeid = event["nodeid"]
            self.started.add(nodeid)
            self.running = nodeid
            self.running_since = time.monotonic()
        elif kind == "report":
            self.reports.setdefault(event["nodeid"], []).append(event)
        elif kind == "finish":
            self.running = None
        elif kind == "collected":
            self.collected = int(event["count"])
        elif kind == "collect_error":
            self.collect_errors.append((event.get("nodeid", ""), event.get("message", "")))
        elif kind == "session_finish":
            self.finished = True
            self.exitstatus = int(event["exitstatus"])
        elif kind == "warning":
            self.warnings.append(str(event.get("message", "")))

    def mark_crashed(self, nodeid: TestId, returncode: int) -> None:
        if nodeid in self.synthetic:
            return
        if returncode < 0:
            try:
                how = f"killed by signal {signal.Signals(-returncode).name}"
            except ValueError:
                how = f"killed by signal {-returncode}"
        else:
            how = f"exited with status {returncode}"
        self.synthetic[nodeid] = TestOutcome(
            nodeid=nodeid,
            status="failed",
            crashed=True,
            message=f"The test process {how} while this test ran.",
            exc_type="Crash",
        )
        self.running = None

    def interrupted_test(self) -> TestId | None:
        """The test during which the process died or was killed, if it did not finish."""
        return self.killed if self.killed is not None else self.running

    def mark_killed_for_time(self, nodeid: TestId, timeout: float) -> None:
        self.killed = nodeid
        self.running = None
        self.synthetic[nodeid] = TestOutcome(
            nodeid=nodeid,
            status="failed",
            timed_out=True,
            message=f"The test did not finish within {timeout:g} s and did not respond to the alarm; it was killed.",
            exc_type="Timeout",
        )

    def outcomes(self) -> dict[TestId, TestOutcome]:
        result = {nodeid: _fold(nodeid, reports) for nodeid, reports in self.reports.items()}
        result.update(self.synthetic)
        return result


def _fold(nodeid: TestId, reports: list[dict[str, Any]]) -> TestOutcome:
    by_when = {r["when"]: r for r in reports}
    call = by_when.get("call")
    failed_phase = next((r for r in reports if r["outcome"] == "failed"), None)
    # A test with subtests has one call report per subtest and a last one for the test itself
    # (passed when only subtests failed): any failed call report makes the test failed.
    failed_call = next((r for r in reports if r["when"] == "call" and r["outcome"] == "failed"), None)
    status: Status
    if failed_call is not None:
        call = failed_call
        status = "failed"
    elif failed_phase is not None:
        status = "error"
    elif any(r["outcome"] == "skipped" for r in reports):
        status = "xfailed" if any(r["xfail"] for r in reports) else "skipped"
    elif call is not None and call["xfail"]:
        status = "xpassed"
    else:
        status = "passed"
    source = failed_phase if status in ("failed", "error") else None
    if status == "failed":
        source = call
    frames: tuple[LineId, ...] = ()
    if source is not None:
        frames = tuple(LineId(str(f[0]), int(f[1])) for f in source.get("frames", []))
    return TestOutcome(
        nodeid=nodeid,
        status=status,
        timed_out=any(r.get("timed_out") for r in reports),
        message=source.get("message", "") if source else "",
        exc_type=source.get("exc_type") if source else None,
        traceback=frames,
        duration=sum(float(r.get("duration", 0.0)) for r in reports),
    )


def merge_outcomes(logs: Iterable[AttemptLog]) -> dict[TestId, TestOutcome]:
    """Outcomes over all attempts; a later attempt never re-runs a test an earlier one started."""
    merged: dict[TestId, TestOutcome] = {}
    for log in logs:
        merged.update(log.outcomes())
    return merged
