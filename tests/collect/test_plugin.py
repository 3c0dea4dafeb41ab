"""The in-target plugin, exercised through pytester in a subprocess (as the runner uses it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from coverage import CoverageData


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makepyfile(
        mod="""
        def inc(x):
            return x + 1

        def dec(x):
            return x + 1
        """,
        test_mod="""
        import pytest
        from mod import inc, dec

        @pytest.fixture
        def base():
            return inc(0)

        def test_inc(base):
            assert inc(base) == 2

        def test_dec():
            assert dec(2) == 1

        @pytest.mark.xfail
        def test_xfail():
            assert dec(0) == -1

        @pytest.mark.skip
        def test_skip():
            pass
        """,
    )
    return pytester


def run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, tmp: Path, **extra):
    settings = {
        "data_file": str(tmp / "cov"),
        "events_file": str(tmp / "events.jsonl"),
        "include": [str(pytester.path / "mod.py")],
        "timeout": 30,
        "skip_file": None,
    }
    settings.update(extra)
    (tmp / "config.json").write_text(json.dumps(settings))
    monkeypatch.setenv("TFLM_COLLECT_CONFIG", str(tmp / "config.json"))
    result = pytester.runpytest_subprocess("-p", "tflm.collect.plugin")
    events = [json.loads(line) for line in (tmp / "events.jsonl").read_text().splitlines()]
    return result, events


def test_contexts_per_test_and_phase(project, monkeypatch, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("plugin")
    result, events = run(project, monkeypatch, tmp)
    result.assert_outcomes(passed=1, failed=1, skipped=1, xfailed=1)
    data = CoverageData(basename=str(tmp / "cov"))
    data.read()
    by_line = data.contexts_by_lineno(str(project.path / "mod.py"))
    # inc's body runs in test_inc's setup (fixture) and call; dec's body in test_dec and test_xfail.
    assert set(by_line[2]) == {"test_mod.py::test_inc|setup", "test_mod.py::test_inc|run"}
    assert set(by_line[5]) == {"test_mod.py::test_dec|run", "test_mod.py::test_xfail|run"}


def test_events_in_order_with_failure_details(project, monkeypatch, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("plugin")
    _, events = run(project, monkeypatch, tmp)
    kinds = [e["ev"] for e in events]
    assert kinds[0] == "collected" and events[0]["count"] == 4
    assert kinds[-1] == "session_finish"
    failed = [e for e in events if e["ev"] == "report" and e["outcome"] == "failed"]
    assert [e["nodeid"] for e in failed] == ["test_mod.py::test_dec"]
    assert failed[0]["exc_type"] == "AssertionError"
    assert failed[0]["frames"][-1][0].endswith("test_mod.py")
    xfail = [e for e in events if e["ev"] == "report" and e["nodeid"].endswith("test_xfail") and e["when"] == "call"]
    assert xfail[0]["xfail"] is True


def test_skip_file_deselects_tests_already_run(project, monkeypatch, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("plugin")
    (tmp / "skip.txt").write_text("test_mod.py::test_inc\ntest_mod.py::test_dec\n")
    result, events = run(project, monkeypatch, tmp, skip_file=str(tmp / "skip.txt"))
    started = [e["nodeid"] for e in events if e["ev"] == "start"]
    assert started == ["test_mod.py::test_xfail", "test_mod.py::test_skip"]


def test_alarm_interrupts_a_hanging_test(pytester, monkeypatch, tmp_path_factory):
    pytester.makepyfile(
        test_hang="""
        def test_spin():
            while True:
                pass

        def test_after():
            assert True
        """
    )
    tmp = tmp_path_factory.mktemp("plugin")
    result, events = run(pytester, monkeypatch, tmp, timeout=0.5, include=[])
    reports = {e["nodeid"]: e for e in events if e["ev"] == "report" and e["when"] == "call"}
    assert reports["test_hang.py::test_spin"]["timed_out"] is True
    assert reports["test_hang.py::test_spin"]["outcome"] == "failed"
    assert reports["test_hang.py::test_after"]["outcome"] == "passed"


def test_a_per_test_limit_below_the_timeout_applies_to_that_test_only(pytester, monkeypatch, tmp_path_factory):
    pytester.makepyfile(
        test_slow="""
        import time

        def test_slow():
            time.sleep(2)

        def test_also_slow():
            time.sleep(0.6)
        """
    )
    tmp = tmp_path_factory.mktemp("plugin")
    result, events = run(pytester, monkeypatch, tmp, timeout=30, include=[],
                         test_timeouts={"test_slow.py::test_slow": 0.3})
    reports = {e["nodeid"]: e for e in events if e["ev"] == "report" and e["when"] == "call"}
    assert reports["test_slow.py::test_slow"]["timed_out"] is True
    assert reports["test_slow.py::test_slow"]["duration"] < 1.5
    assert reports["test_slow.py::test_also_slow"]["outcome"] == "passed"


def test_the_limit_times_the_test_not_pytest_formatting_its_failure(pytester, monkeypatch, tmp_path_factory):
    # pytest takes a while to format a RecursionError's traceback (it looks for the recursion
    # point); an alarm firing there was an INTERNALERROR that ended the whole session.
    pytester.makepyfile(
        test_deep="""
        def walk(node, depth=0):
            return walk({"child": node}, depth + 1)

        def test_runaway_recursion():
            walk({})

        def test_after():
            assert True
        """
    )
    tmp = tmp_path_factory.mktemp("plugin")
    result, events = run(pytester, monkeypatch, tmp, timeout=30, include=[],
                         test_timeouts={"test_deep.py::test_runaway_recursion": 0.2})
    reports = {e["nodeid"]: e for e in events if e["ev"] == "report" and e["when"] == "call"}
    assert reports["test_deep.py::test_runaway_recursion"]["outcome"] == "failed"
    assert reports["test_deep.py::test_runaway_recursion"]["timed_out"] is False
    assert reports["test_deep.py::test_after"]["outcome"] == "passed"
    assert "INTERNALERROR" not in result.stdout.str()


def test_inert_without_configuration(project):
    result = project.runpytest_subprocess("-p", "tflm.collect.plugin")
    result.assert_outcomes(passed=1, failed=1, skipped=1, xfailed=1)
    assert not list(project.path.glob(".coverage*"))


def test_the_alarm_waits_while_the_harness_runs(monkeypatch):
    """The innermost frame outside the standard library decides: the harness (coverage, pytest,
    pluggy, the plugin) is never interrupted, project and test code is."""
    import inspect
    import sys

    from tflm.collect import plugin

    caught = []

    def called_back(member: object) -> bool:
        if not caught:
            caught.append(sys._getframe(1))  # a frame of inspect.getmembers, called from here
        return False

    inspect.getmembers(object(), called_back)
    stdlib_frame = caught[0]
    assert stdlib_frame.f_code.co_filename.startswith(plugin._STDLIB)
    monkeypatch.setattr(plugin, "_UNINTERRUPTIBLE", (str(Path(__file__).parent / "elsewhere.py"),))
    assert not plugin._in_harness(stdlib_frame)  # the stdlib called by this test: interrupt
    monkeypatch.setattr(plugin, "_UNINTERRUPTIBLE", (__file__,))
    assert plugin._in_harness(stdlib_frame)  # the stdlib called by the harness: wait
    assert plugin._in_harness(sys._getframe())
