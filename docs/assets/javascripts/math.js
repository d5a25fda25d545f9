// Render the formulas the ingest marked up (class "arithmatex") with the
// site's own KaTeX, on first load and after every instant navigation.
(function () {
  function render(root) {
    root.querySelectorAll(".arithmatex").forEach(function (element) {
      if (element.dataset.kbRendered) return;
      var tex = element.textContent.trim();
      var display = tex.startsWith("\\[");
      tex = tex.replace(/^\\[(\[]/, "").replace(/\\[)\]]$/, "");
      katex.render(tex, element, { displayMode: display, throwOnError: false, strict: "ignore" });
      element.dataset.kbRendered = "1";
    });
  }
  if (typeof document$ !== "undefined") {
    document$.subscribe(function () { render(document.body); });
  } else {
    document.addEventListener("DOMContentLoaded", function () { render(document.body); });
  }
})();
