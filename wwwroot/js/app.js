// Small enhancements on top of htmx; the page works without them.
// - facet filter boxes narrow long facet lists as one types;
// - dragging across histogram bars filters to that date range; the hovered bar's count shows under the chart;
// - the query box (and the filters switch on a phone) follow Back/Forward.
(function () {
  "use strict";

  function onLoad(root) {
    root.querySelectorAll(".facet-filter[hidden]").forEach(function (input) { input.hidden = false; });
  }

  // Facet filter: hide values whose label does not contain the typed text, and open "more" to search it too.
  document.addEventListener("input", function (event) {
    var input = event.target;
    if (!input.classList || !input.classList.contains("facet-filter")) return;
    var facet = input.closest(".facet");
    var needle = input.value.trim().toLowerCase();
    facet.querySelectorAll(".facet-value").forEach(function (link) {
      var label = (link.getAttribute("data-value") || "").toLowerCase();
      if (needle === "" || label.indexOf(needle) >= 0) link.parentElement.removeAttribute("data-hidden");
      else link.parentElement.setAttribute("data-hidden", "");
    });
    facet.querySelectorAll(".facet-values > li").forEach(function (li) { li.hidden = li.hasAttribute("data-hidden"); });
    var more = facet.querySelector(".facet-more");
    if (more) more.open = needle !== "" || more.open;
  });

  // Histogram: press on a bar, drag to another, release. A press and release on one bar is left to its link.
  var drag = null;
  function barAt(svg, clientX) {
    var bars = svg.querySelectorAll(".bar");
    var box = svg.getBoundingClientRect();
    var i = Math.floor((clientX - box.left) / box.width * bars.length);
    return Math.max(0, Math.min(bars.length - 1, i));
  }
  function paint(svg, from, to) {
    var bars = svg.querySelectorAll(".bar");
    var lo = Math.min(from, to), hi = Math.max(from, to);
    bars.forEach(function (bar, i) { bar.classList.toggle("dragged", i >= lo && i <= hi); });
    var rect = svg.querySelector(".drag-range");
    var width = svg.viewBox.baseVal.width / bars.length;
    rect.setAttribute("x", String(lo * width));
    rect.setAttribute("width", String((hi - lo + 1) * width));
  }
  document.addEventListener("pointerdown", function (event) {
    var svg = event.target.closest && event.target.closest("svg.histogram");
    if (!svg || event.button !== 0) return;
    drag = { svg: svg, start: barAt(svg, event.clientX), end: barAt(svg, event.clientX), moved: false };
  });
  document.addEventListener("pointermove", function (event) {
    if (!drag) return;
    var end = barAt(drag.svg, event.clientX);
    if (end !== drag.start) drag.moved = true;
    drag.end = end;
    if (drag.moved) { event.preventDefault(); paint(drag.svg, drag.start, drag.end); }
  });
  document.addEventListener("pointerup", function () {
    if (!drag) return;
    var done = drag;
    drag = null;
    if (!done.moved || done.start === done.end) return;
    var bars = done.svg.querySelectorAll(".bar");
    var lo = bars[Math.min(done.start, done.end)], hi = bars[Math.max(done.start, done.end)];
    var url = new URL(lo.getAttribute("href"), window.location.origin);
    url.searchParams.set("from", lo.getAttribute("data-from"));
    url.searchParams.set("to", hi.getAttribute("data-to"));
    // The click that ends a drag must not also follow the bar's own link.
    done.svg.addEventListener("click", function (e) { e.preventDefault(); e.stopPropagation(); }, { capture: true, once: true });
    go(url.pathname + url.search);
  });

  // Histogram: the hovered or focused bar's dates and count under the chart (its <title> shows only after a pause).
  function readout(bar, show) {
    var facet = bar.closest(".facet-dates");
    var line = facet && facet.querySelector(".histogram-readout");
    if (line) line.textContent = show ? bar.getAttribute("aria-label") : line.getAttribute("data-idle");
  }
  ["pointerover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var bar = event.target.closest && event.target.closest("svg.histogram a.bar");
      if (bar) readout(bar, true);
    });
  });
  ["pointerout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var bar = event.target.closest && event.target.closest("svg.histogram a.bar");
      var next = event.relatedTarget && event.relatedTarget.closest && event.relatedTarget.closest("svg.histogram a.bar");
      if (bar && !next) readout(bar, false);
    });
  });

  // Navigate through htmx, as a facet link does: swap #results and push the URL.
  function go(path) {
    if (!window.htmx) { window.location.href = path; return; }
    var link = document.createElement("a");
    link.setAttribute("href", path);
    link.setAttribute("hx-get", path);
    link.hidden = true;
    document.getElementById("results").appendChild(link);
    window.htmx.process(link);
    link.click();
  }

  // htmx saves the page's HTML for Back; keep the typed query in it, and put it back from the URL on restore.
  // The filters switch (open on a phone) is kept as it was, too.
  document.addEventListener("htmx:beforeHistorySave", function () {
    var q = document.getElementById("q");
    if (q) q.setAttribute("value", q.value);
    var filters = document.getElementById("filters-open");
    if (filters) filters.toggleAttribute("checked", filters.checked);
  });
  document.addEventListener("htmx:historyRestore", function () {
    var q = document.getElementById("q");
    if (q) q.value = new URLSearchParams(window.location.search).get("q") || "";
    onLoad(document);
  });

  document.addEventListener("htmx:load", function (event) { onLoad(event.target); });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { onLoad(document); });
  else onLoad(document);
})();
