/* digest-kb's search worker: Material's search protocol, answered from an index counted at build time.
 *
 * Material's own worker builds a lunr index of every page each time a page loads: 0.4 ms a
 * page, 5 s of indexing at 10,000 notes before the first result. The build counts every page's words
 * instead (ingest/site/search_index.py: the search plugin's entries, already cut by jieba), and this
 * worker only reads the counts and ranks with BM25. The theme talks to it as to its own worker
 * (SETUP, READY, QUERY, RESULT) and renders its results unchanged.
 *
 * It ranks without the pages' texts (two thirds of the index, and most of its parsing): they are
 * fetched, 32 pages to a file, for the results the theme shows first, then for the rest.
 */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3; // Material's SearchMessageType
// A word's weight in a page from its counts in the fields (packed by ingest/site/search_index.py
// in one number, each field at the place documents.json's "fields" names). A title match outranks
// a tag match, which outranks the text; the theme's own boosts (1000, 1000000) are lunr's, made
// for its vector normalisation.
const TITLE = 8, TAGS = 4, TEXT = 1;
const K1 = 1.2;
const HAN = /\p{sc=Han}/u;
const SCRIPTS = /\p{sc=Han}+|[^\p{sc=Han}]+/gu;
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;
const SHOWN = 20; // results whose teasers the first answer waits for: the theme draws 10 at a time

let index = null;
const texts = new Map(); // file number -> its pages' texts, once fetched
const fetching = new Map(); // file number -> the fetch of its texts
let latest = null; // the query answered last: an answer to an older one is not sent

/* Call fn(start, end) for each stretch of text between separators (Material's split). */
function split(text, separator, fn) {
  separator.lastIndex = 0;
  let start = 0, match;
  while ((match = separator.exec(text))) {
    if (match.index > start) fn(start, match.index);
    start = match.index + match[0].length;
    if (match[0].length === 0) separator.lastIndex = match.index + 1; // camelCase lookahead
  }
  if (start < text.length) fn(start, text.length);
}

/* Return the word a stretch of a query is searched as: lower case, trimmed of the characters the
 * build trims from the index's words (documents.json's punctuation: "核心，", "(dumps)", "⟨代码⟩"). */
function word(text, trimmed) {
  let start = 0, end = text.length;
  while (start < end && trimmed.has(text[start])) start++;
  while (end > start && trimmed.has(text[end - 1])) end--;
  return text.slice(start, end).toLowerCase();
}

/* Return a field's share of a word's weight: its count, saturated (BM25), times the field's boost. */
function saturated(tf, boost) {
  return tf ? (boost * tf * (K1 + 1)) / (tf + K1) : 0;
}

/* Read the postings (postings.bin: after the build's number, per word: its page count, then
 * [page gap, count code] per page, all LEB128 varints) into each word's pages and weights. */
function load({ config, version, texts_per_file, docs, words, fields, punctuation }, buffer) {
  const bytes = new Uint8Array(buffer);
  let at = 4;
  const next = () => {
    let value = 0, shift = 0, byte;
    do { byte = bytes[at++]; value |= (byte & 127) << shift; shift += 7; } while (byte & 128);
    return value;
  };
  const starts = new Int32Array(words.length + 1);
  const pages = new Int32Array(bytes.length / 2), weights = new Float32Array(bytes.length / 2);
  for (let w = 0, p = 0; w < words.length; w++) {
    starts[w] = p;
    for (let n = next(), page = 0; n > 0; n--, p++) {
      page += next();
      const code = next(), title = Math.floor(code / fields.title);
      const tags = Math.floor(code / fields.tags) % (fields.title / fields.tags), text = code % fields.tags;
      pages[p] = page;
      weights[p] = (saturated(title, TITLE) + saturated(tags, TAGS) + saturated(text, TEXT)) * (docs[page].boost || 1);
    }
    starts[w + 1] = p;
  }
  const parents = new Int32Array(docs.length), articles = new Map();
  docs.forEach((doc, d) => { // a section (page#anchor) belongs to the page's first entry
    const path = doc.location.split("#")[0];
    parents[d] = articles.has(path) ? articles.get(path) : (articles.set(path, d), d);
  });
  const ids = new Map(words.map((w, i) => [w, i]));
  const trimmed = new Set(punctuation);
  return { version, texts_per_file, docs, words, starts, pages, weights, ids, parents, trimmed, separator: new RegExp(config.separator, "g") };
}

/* Cut a run of Chinese into the index's words, longest first (Material's segment, fixed to try
 * words that end the run: "空洞卷积" is one word, not "空洞" and a prefix). */
function segment(run, ids) {
  const cuts = new Uint16Array(run.length + 1);
  for (let i = 0; i < run.length; i++)
    for (let j = i + 1; j <= run.length; j++)
      if (ids.has(run.slice(i, j))) cuts[i] = j - i;
  const segments = new Set(), stack = [0];
  while (stack.length) {
    const p = stack.pop();
    for (let q = 1; q < cuts[p]; q++)
      if (cuts[p + q] > cuts[p] - q) { segments.add(run.slice(p, p + q)); stack.push(p + q); }
    const q = p + (cuts[p] || run.length - p); // no word starts here: search the rest as it is
    if (q < run.length) stack.push(q);
    segments.add(run.slice(p, q));
  }
  return segments;
}

/* Return the query's clauses: {term, presence} with presence 1 (+required), -1 (-excluded) or 0. */
function parse(query, { ids, separator, words, trimmed }) {
  const clauses = [];
  const add = (term, presence) => {
    if (term && !clauses.some((c) => c.term === term)) clauses.push({ term, presence });
  };
  const quoted = query.replace(/"([^"]+)"/g, (_, phrase) => phrase.trim().replace(/^|\s+/g, " +"));
  for (const part of quoted.trim().split(/\s+/)) {
    const presence = part[0] === "+" ? 1 : part[0] === "-" ? -1 : 0;
    const rest = presence ? part.slice(1) : part;
    split(rest, separator, (start, end) => {
      const w = word(rest.slice(start, end), trimmed);
      if (!w) return;
      if (!HAN.test(w) || ids.has(w) || words.some((known) => known.startsWith(w))) return add(w, presence);
      for (const run of w.match(SCRIPTS)) // "Softmax函数" is searched as Softmax and 函数
        if (HAN.test(run)) for (const s of segment(run, ids)) add(s, presence);
        else add(word(run, trimmed), presence);
    });
  }
  return clauses;
}

/* Return the index's words a clause finds: the term itself, and (as the theme does, weighed
 * by how much of the word the term is) the words it begins. */
function expand(term, { ids, words }) {
  const found = [];
  if (ids.has(term)) found.push([ids.get(term), 1]);
  for (const w of words) if (w.length > term.length && w.startsWith(term)) found.push([ids.get(w), term.length / w.length]);
  return found;
}

/* Return a pattern of the words found, as they appear in text: a Latin term with the rest of
 * its word ("segment" marks "Segmentation"), a Chinese one as the index's words it begins
 * ("蒙特" marks "蒙特卡洛"; the text has no spaces between Chinese words to tell where they end). */
function pattern(clauses) {
  const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const forms = new Set();
  for (const { term, words } of clauses)
    if (!HAN.test(term)) forms.add(`(?<![\\p{L}\\p{N}])${escape(term)}[\\p{L}\\p{N}]*`);
    else for (const w of [term, ...(words.length <= 50 ? words.map(([id]) => index.words[id]) : [])]) forms.add(escape(w));
  const longest = [...forms].sort((a, b) => b.length - a.length);
  return longest.length ? new RegExp(longest.join("|"), "giu") : null;
}

/* Return the HTML with the words found marked, in its text, never inside a tag or an entity
 * (a search for "lt" must not split "&lt;" and show it as text). */
function mark(html, found) {
  if (!found) return html;
  return html.replace(/(<[^>]*>|&#?\w+;)|([^<&]+|&)/g, (_, kept, text) => kept || text.replace(found, "<mark>$&</mark>"));
}

/* Split HTML into its top-level blocks (Material's extract): text and the elements after it. */
function blocks(html) {
  const parts = [];
  let depth = 0, start = 0;
  for (const m of html.matchAll(/<(\/?)([a-z0-9]*)[^>]*?(\/?)>/gi)) {
    if (m[1]) {
      if (--depth > 0) continue;
      const end = m.index + m[0].length;
      parts.push(html.slice(start, end));
      start = end;
    } else if (!m[3] && !VOID.test(m[2])) depth++;
  }
  if (start < html.length) parts.push(html.slice(start));
  return parts;
}

/* Return the text to show: its first two blocks with a match, marked, or all of it unmarked. */
function teaser(html, found) {
  const marked = blocks(html).map((b) => mark(b, found)).filter((b) => b.includes("<mark>"));
  return marked.length ? marked.slice(0, 2).join("") : html;
}

/* Rank the pages for a query as the theme's worker does: [page, [[entry, score], ...]] per page
 * (its own entry and its sections'), best first. */
function rank(query) {
  const clauses = parse(query, index).slice(0, 32); // one bit each below
  const wanted = clauses.filter((c) => c.presence >= 0);
  if (!wanted.length) return { clauses, wanted, groups: [] };
  const n = index.docs.length, scores = new Float64Array(n), found = new Uint32Array(n);
  const excluded = new Uint8Array(n);
  let required = 0;
  clauses.forEach((clause, c) => {
    if (clause.presence > 0) required |= 1 << c;
    clause.words = expand(clause.term, index);
    for (const [id, share] of clause.words) {
      const start = index.starts[id], end = index.starts[id + 1], df = end - start;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (let i = start; i < end; i++) {
        const d = index.pages[i];
        if (clause.presence < 0) { excluded[d] = 1; continue; }
        scores[d] += idf * share * index.weights[i];
        found[d] |= 1 << c;
      }
    }
  });
  const hits = [];
  for (let d = 0; d < n; d++)
    if (scores[d] > 0 && !excluded[d] && (found[d] & required) === required) {
      const matched = clauses.filter((c, i) => c.presence >= 0 && found[d] & (1 << i)).length;
      const boost = +(index.parents[d] === d) + matched / wanted.length; // as the theme ranks
      hits.push([d, scores[d] * (1 + boost ** 2)]);
    }
  hits.sort((a, b) => b[1] - a[1]);
  const groups = new Map();
  for (const [d, score] of hits) {
    const p = index.parents[d];
    if (!groups.has(p)) groups.set(p, []);
    groups.get(p).push([d, score]);
  }
  return { clauses, wanted, found, hits, groups: [...groups] };
}

/* Return the entries of the ranked pages. */
function entriesOf(groups) {
  return groups.flatMap(([p, members]) => [p, ...members.map(([d]) => d)]);
}

/* Return the number of the file holding an entry's text. */
function fileOf(d) {
  return Math.floor(d / index.texts_per_file);
}

/* Return a page's text, or "" (no teaser) while its file is not fetched. */
function textOf(d) {
  const file = texts.get(fileOf(d));
  return file ? file[d % index.texts_per_file] : "";
}

/* Fetch the files holding these entries' texts; a file that fails is fetched again when next needed. */
function fetchTexts(entries) {
  const files = new Set(entries.map(fileOf));
  return Promise.all([...files].map((n) => {
    if (texts.has(n)) return null;
    if (!fetching.has(n))
      fetching.set(n, fetch(new URL(`../../search/texts/${n}.json?v=${index.version}`, self.location))
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`))))
        .then((list) => texts.set(n, list), () => null)
        .finally(() => fetching.delete(n)));
    return fetching.get(n);
  }));
}

/* Return the theme's RESULT data for a ranking: results grouped by page, marked, with the texts fetched so far. */
function answer({ clauses, wanted, found, hits, groups }) {
  if (!groups.length) return { items: [] };
  const patterns = new Map(); // by the terms a page has: most pages of a result share them
  const item = (d, score) => {
    const doc = index.docs[d], terms = {};
    clauses.forEach((c, i) => { if (c.presence >= 0) terms[c.term] = Boolean(found[d] & (1 << i)); });
    const key = wanted.map((c) => +terms[c.term]).join("");
    if (!patterns.has(key)) patterns.set(key, pattern(wanted.filter((c) => terms[c.term])));
    const marks = patterns.get(key);
    return {
      location: doc.location,
      title: mark(doc.title, marks),
      text: teaser(textOf(d), marks),
      ...(doc.tags && { tags: doc.tags.map((tag) => mark(tag, marks)) }),
      score,
      terms,
    };
  };
  const items = groups.map(([p, members]) => {
    const list = members.map(([d, score]) => item(d, score));
    if (!members.some(([d]) => d === p)) list.push(item(p, 0));
    return list;
  });
  return { items, suggest: suggest(hits, wanted) };
}

/* Return, for the best page whose title has a word found by every term, the longest such words
 * (the theme offers the last one to complete what is being typed: 时序 -> 时序差分). */
function suggest(hits, wanted) {
  for (const [d] of hits.slice(0, 50)) {
    const title = index.docs[d].title.toLowerCase();
    const picks = wanted.map((c) => c.words.map(([id]) => index.words[id]).filter((w) => title.includes(w))
      .sort((a, b) => b.length - a.length)[0]);
    if (picks.every(Boolean)) return picks;
  }
  return [];
}

// The worker fetches the index as it starts: the theme's search_index.json holds only the
// settings, so its page neither parses nor copies the index.
const ready = fetchIndex("default");

/* Fetch documents.json and postings.bin; if one is a cached copy of another build, fetch both anew. */
async function fetchIndex(cache) {
  const get = (name) => fetch(new URL(`../../search/${name}`, self.location), { cache })
    .then((response) => (response.ok ? response : Promise.reject(new Error(`${name}: ${response.status}`))));
  const [documents, postings] = await Promise.all([
    get("documents.json").then((response) => response.json()),
    get("postings.bin").then((response) => response.arrayBuffer()),
  ]);
  if (new DataView(postings).getUint32(0, true) !== documents.version && cache !== "reload") return fetchIndex("reload");
  index = load(documents, postings);
}

addEventListener("message", async (event) => {
  const message = event.data;
  if (message.type === SETUP) {
    await ready;
    postMessage({ type: READY });
  } else if (message.type === QUERY) {
    const query = (latest = message.data), ranked = rank(query);
    await fetchTexts(entriesOf(ranked.groups.slice(0, SHOWN)));
    if (latest !== query) return;
    postMessage({ type: RESULT, data: answer(ranked) });
    const rest = entriesOf(ranked.groups.slice(SHOWN)).filter((d) => !texts.has(fileOf(d)));
    if (!rest.length) return;
    await fetchTexts(rest); // then answer again, with every teaser
    if (latest === query) postMessage({ type: RESULT, data: answer(ranked) });
  }
});
