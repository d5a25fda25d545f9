// Loads the page's external scripts after its first paint (inlined in every page by
// ingest/site/pages.py, the script sources in place of SOURCES).
(function (sources) {
  var parsed = false, started = false;
  document.querySelectorAll("link[href]").forEach(function (link) {
    if (!/^(?:[a-z]+:)?\/\//i.test(link.getAttribute("href"))) link.href = link.href;
  });
  document.addEventListener("DOMContentLoaded", function () { parsed = true; }, { once: true });
  function announce() {
    if (parsed) setTimeout(function () { document.dispatchEvent(new Event("DOMContentLoaded")); });
  }
  function start() {
    if (started) return;
    started = true;
    sources.forEach(function (src, i) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false;
      if (i === sources.length - 1) script.onload = script.onerror = announce;
      document.body.appendChild(script);
    });
  }
  var paint = window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).indexOf("paint") >= 0;
  if (paint) {
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName("first-contentful-paint").length) { observer.disconnect(); start(); }
    }).observe({ type: "paint", buffered: true });
  }
  window.addEventListener("load", function () { setTimeout(start, paint ? 1000 : 0); });
})(SOURCES);
