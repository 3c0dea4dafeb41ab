// tflm HTML report: show which tests ran the selected line; keep the ranked list in step.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("tflm-data").textContent);
  var byAnchor = {};
  data.lines.forEach(function (line) { byAnchor[line.a] = line; });
  var panel = document.getElementById("tests-panel");
  var selected = null;

  function list(title, cls, names) {
    var h = document.createElement("h4");
    h.className = cls;
    h.textContent = title;
    var ul = document.createElement("ul");
    names.forEach(function (name) {
      var li = document.createElement("li");
      li.textContent = name;
      ul.appendChild(li);
    });
    return [h, ul];
  }

  function showTests(anchor) {
    var line = byAnchor[anchor];
    if (selected) { selected.classList.remove("selected"); }
    selected = document.getElementById(anchor);
    if (selected) { selected.classList.add("selected"); }
    if (!line) { panel.hidden = true; return; }
    var failing = [], passing = [];
    line.t.forEach(function (j) { (data.failing[j] ? failing : passing).push(data.tests[j]); });
    var nFailing = data.failing.filter(Boolean).length;
    panel.querySelector("h3").textContent = "Tests that ran " + line.loc;
    var body = panel.querySelector(".body");
    body.textContent = "";
    list(failing.length + " of " + nFailing + " failing", "bad", failing)
      .concat(list(passing.length + " of " + (data.tests.length - nFailing) + " passing", "ok", passing))
      .forEach(function (el) { body.appendChild(el); });
    panel.hidden = false;
  }

  function markRanking(anchor) {
    document.querySelectorAll("ol.ranking a.current").forEach(function (a) { a.classList.remove("current"); });
    var link = document.querySelector('ol.ranking a[href="#' + anchor + '"]');
    if (link) {
      link.classList.add("current");
      link.scrollIntoView({block: "nearest"});
    }
  }

  function follow(center) {
    var anchor = decodeURIComponent(location.hash.slice(1));
    if (!anchor) { return; }
    showTests(anchor);
    markRanking(anchor);
    // The browser puts the target at the top, under the file's sticky title; show the lines
    // around it too.
    if (center && selected) { selected.scrollIntoView({block: "center"}); }
  }

  document.querySelector("main").addEventListener("click", function (event) {
    var row = event.target.closest(".ln.hit");
    if (!row || event.target.closest("a")) { return; }
    history.replaceState(null, "", "#" + row.id);
    follow(false);
  });
  panel.querySelector(".close").addEventListener("click", function () { panel.hidden = true; });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") { panel.hidden = true; } });
  window.addEventListener("hashchange", function () { follow(true); });
  follow(true);
})();
