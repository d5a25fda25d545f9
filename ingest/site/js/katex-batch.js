// Draws a batch of formulas with KaTeX (katex.min.js, loaded first into the same V8 context by
// ingest/site/katex.py): the same options as KaTeX in a browser; a formula only KaTeX's own bug
// could not draw shows its source, as KaTeX shows bad input.
var kbEscape = (s) => String(s).replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c]);
var kbDraw = (batch) => JSON.stringify(batch.map(([tex, display]) => {
  try {
    return katex.renderToString(tex, { displayMode: display, throwOnError: false, strict: "ignore" });
  } catch (error) {
    return `<span class="katex-error" title="${kbEscape(error)}">${kbEscape(tex)}</span>`;
  }
}));
typeof katex.renderToString;
