// Render the formulas the ingest marked up (class "arithmatex") with the
// site's own KaTeX, on first load and after every instant navigation.
// KaTeX (270 kB) is fetched only when a page has a formula, once per visit.
(function () {
  var source = document.currentScript && document.currentScript.src;
  var katexUrl = new URL("../katex/katex.min.js", source || document.baseURI).href;
  var loading = null;

  function withKatex(callback) {
    if (typeof katex !== "undefined") return callback();
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = katexUrl;
        script.onload = resolve;
        script.onerror = function () { loading = null; reject(new Error("cannot load " + katexUrl)); };
        document.head.appendChild(script);
      });
    }
    loading.then(callback, function (error) { console.error(error); });
  }

  function render(root) {
    var pending = Array.prototype.filter.call(root.querySelectorAll(".arithmatex"), function (element) {
      return !element.dataset.kbRendered;
    });
    if (!pending.length) return;
    withKatex(function () {
      pending.forEach(function (element) {
        if (element.dataset.kbRendered || !element.isConnected) return;
        var tex = element.textContent.trim();
        var display = tex.startsWith("\\[");
        tex = tex.replace(/^\\[(\[]/, "").replace(/\\[)\]]$/, "");
        katex.render(tex, element, { displayMode: display, throwOnError: false, strict: "ignore" });
        element.dataset.kbRendered = "1";
      });
    });
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(function () { render(document.body); });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { render(document.body); });
  } else {
    render(document.body);
  }
})();
