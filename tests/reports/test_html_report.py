"""The HTML report: structure checked with html.parser, behaviour in a real headless Chromium."""

from __future__ import annotations

import json
import struct
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from chromium_cdp import Browser, find_chromium
from report_helpers import FAILING, RUNS, make_result  # noqa: F401  (fixture)
from tflm.cli.main import cli
from tflm.reports import html_report


class Page(HTMLParser):
    """Every element's tag and attributes, ids, links, and the text of scripts."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.ids: set[str] = set()
        self.scripts: list[tuple[dict[str, str], str]] = []
        self._script: dict[str, str] | None = None
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.elements.append((tag, values))
        if "id" in values:
            assert values["id"] not in self.ids, f"duplicate id {values['id']}"
            self.ids.add(values["id"])
        if tag == "script":
            self._script = values

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self.scripts.append((self._script, data))
        else:
            self.text.append(data)

    def find(self, tag: str, cls: str | None = None) -> list[dict[str, str]]:
        return [a for t, a in self.elements if t == tag and (cls is None or cls in a.get("class", "").split())]


def test_self_contained_and_links_resolve(make_result):
    text = html_report.render(make_result())
    page = Page(text)
    assert text.startswith("<!DOCTYPE html>")
    # No network: no external stylesheet, script, image, font or frame; every href is an anchor.
    assert not page.find("link") and not page.find("img") and not page.find("iframe")
    assert all("src" not in attrs for _, attrs in page.elements)
    hrefs = [attrs["href"] for tag, attrs in page.elements if tag == "a"]
    assert hrefs and all(h.startswith("#") for h in hrefs)
    assert all(h[1:] in page.ids for h in hrefs), [h for h in hrefs if h[1:] not in page.ids]
    assert "http://" not in text.replace("http://www.w3.org", "") and "https://" not in text and "@import" not in text


def test_ranked_list_tints_and_counts(make_result):
    result = make_result()
    page = Page(html_report.render(result))
    links = [a for tag, a in page.elements if tag == "a" and "data-rank" in a]
    assert [int(a["data-rank"]) for a in links] == [item.rank for item in result.ranking]
    # Rank 1 is calc/ops.py:8 (run by both failing tests and no passing test): file 0, line 8.
    assert links[0]["href"] == "#f0-L8"
    hits = page.find("div", "hit")
    assert len(hits) == len(result.spectrum.lines) == 7
    hue = {h["id"]: float(h["style"].split("--h:")[1]) for h in hits}
    assert hue["f0-L8"] == 0.0 and hue["f0-L2"] == 120.0 and 0 < hue["f0-L6"] < 120
    assert "run by 2/2 failing and 0/4 passing tests" in next(h["title"] for h in hits if h["id"] == "f0-L8")
    # Untinted lines (blank, def) are still anchors, so function items can link to `def` lines.
    assert "f0-L5" in page.ids and not any(h["id"] == "f0-L5" for h in hits)


def test_tests_per_line_failures_method_and_escaping(make_result):
    result = make_result("tarantula")
    text = html_report.render(result)
    page = Page(text)
    data = json.loads(next(body for attrs, body in page.scripts if attrs.get("id") == "tflm-data"))
    by_anchor = {line["a"]: {data["tests"][j] for j in line["t"]} for line in data["lines"]}
    assert by_anchor["f0-L9"] == {t for t, lines in RUNS.items() if ("calc/ops.py", 9) in lines}
    assert {t for t, failing in zip(data["tests"], data["failing"]) if failing} == FAILING
    body = "".join(page.text)
    assert "tarantula: (ef/F) / (ef/F + ep/P) (Jones and Harrold, ASE 2005)" in body
    assert all(test in body for test in FAILING) and "assert 1.0 == 1.5" in body
    # Markup in sources and messages is text, never markup: no injected element, no early </script>.
    assert not page.find("img")
    assert 'return &quot;&lt;b&gt;&quot; + str(x) + &quot;&lt;/script&gt;&quot;' in text
    assert 'return "<b>" + str(x) + "</script>"' in body and "&lt;/script&gt;&lt;img" in text
    assert len(page.scripts) == 2  # the data and the code, nothing injected
    assert page.find("section", "file") and len(page.find("section", "file")) == 2
    assert {"function-scores", "file-scores", "failures", "ranking"} <= page.ids


def test_filters_and_granularities(make_result):
    page = Page(html_report.render(make_result(), top=2))
    assert len([a for tag, a in page.elements if tag == "a" and "data-rank" in a]) == 2
    page = Page(html_report.render(make_result(), min_score=0.9))
    assert [a["href"] for tag, a in page.elements if tag == "a" and "data-rank" in a] == ["#f0-L8"]
    page = Page(html_report.render(make_result(granularity="function")))
    assert [a["href"] for tag, a in page.elements if tag == "a" and "data-rank" in a][0] == "#f0-L5"  # def mean
    page = Page(html_report.render(make_result(granularity="file")))
    assert [a["href"] for tag, a in page.elements if tag == "a" and "data-rank" in a] == ["#f0-L8", "#f1-L2"]


def test_colour_scale_for_unbounded_scores():
    scale = html_report.colour_scale([-2.0, 0.0, 2.0, float("inf")])
    assert (scale.low, scale.high) == (-2.0, 2.0)
    assert scale.hue(float("inf")) == 0.0 and scale.hue(-2.0) == 120.0 and scale.hue(0.0) == 60.0
    assert html_report.colour_scale([0.0, 0.5]).high == 1.0  # [0, 1] scores are used as they are


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.skipif(find_chromium() is None, reason="chromium is not installed (apt-get install -y chromium)")
def test_in_headless_chromium(fixture_copy, tmp_path):
    report = tmp_path / "report.html"
    # Ochiai: the ranking this test clicks through must not move with the shipped model.
    result = CliRunner().invoke(cli, ["localize", str(fixture_copy("shapes")), "--method", "ochiai", "-f", "html",
                                      "-o", str(report)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with Browser(find_chromium()) as browser:
        browser.open(report.as_uri(), width=1280, height=800)
        assert browser.evaluate("document.querySelectorAll('ol.ranking a').length") == 13
        # Click the second ranked line: the URL, the target and the tests panel follow.
        state = browser.evaluate("""new Promise(done => {
            document.querySelectorAll('ol.ranking a')[1].click();
            setTimeout(() => {
                const target = document.querySelector('.ln:target');
                const box = target.getBoundingClientRect();
                done({hash: location.hash, id: target.id, top: box.top, bottom: box.bottom, height: innerHeight,
                      panel: !document.getElementById('tests-panel').hidden,
                      title: document.querySelector('#tests-panel h3').textContent,
                      tests: [...document.querySelectorAll('#tests-panel li')].map(li => li.textContent),
                      current: document.querySelector('ol.ranking a.current').getAttribute('href')});
            }, 200);
        })""")
        assert state["hash"] == "#f0-L13" == f"#{state['id']}" == state["current"]
        assert 0 <= state["top"] and state["bottom"] <= state["height"]
        assert state["panel"] and state["title"] == "Tests that ran shapes/geometry.py:13"
        assert sorted(state["tests"]) == ["tests/test_geometry.py::test_describe[triangle-sides1-triangle of area 2.00]",
                                          "tests/test_geometry.py::test_triangle"]
        # Clicking a source line selects it too.
        state = browser.evaluate("""new Promise(done => {
            document.querySelector('#f0-L7 code').click();
            setTimeout(() => done([location.hash, document.querySelector('#tests-panel h3').textContent,
                                   document.querySelectorAll('#tests-panel li').length]), 100);
        })""")
        assert state == ["#f0-L7", "Tests that ran shapes/geometry.py:7", 2]
        shot = tmp_path / "report.png"
        browser.screenshot(shot)
        assert _png_size(shot) == (1280, 800)
        requests = [e["params"]["request"]["url"] for e in browser.events if e.get("method") == "Network.requestWillBeSent"]
        assert requests and all(url.startswith("file://") for url in requests), requests
        assert browser.console_errors() == []
