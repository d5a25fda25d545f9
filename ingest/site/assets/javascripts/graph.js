// The graph of notes (graph page) and the local graph of a note (each note page), drawn with
// sigma.js (WebGL) on a graphology graph. Both libraries are served by the site itself from
// assets/graph/ and loaded only on pages that hold a graph. Positions come from the ingest
// (notes/graph.json), so nothing is laid out in the browser and 10,000 notes draw at once.
(function () {
  "use strict";
  var script = document.currentScript;
  var siteRoot = new URL("../../", script ? script.src : location.href); // graph.js is in assets/javascripts/
  var loading = null;
  var drawn = []; // {renderer, state} of each graph on the page

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement("script");
      element.src = src;
      element.onload = resolve;
      element.onerror = function () { reject(new Error("cannot load " + src)); };
      document.head.appendChild(element);
    });
  }

  function loadLibraries() {
    if (window.Sigma && window.graphology) return Promise.resolve();
    if (!loading) {
      loading = loadScript(new URL("assets/graph/graphology.umd.min.js", siteRoot).href).then(function () {
        return loadScript(new URL("assets/graph/sigma.min.js", siteRoot).href);
      });
    }
    return loading;
  }

  // An edge's colour by what links its two notes: the data names the bits of each kind.
  function edgeColour(kind, kinds) {
    var related = kind & kinds.related, term = kind & kinds.term;
    return related && term ? "#7986cb" : term ? "#90caf9" : "#b0bec5";
  }

  // Labels in the page's text colour and greyed-out nodes a shade near its background, so both
  // read in the light and the dark scheme (sigma's black labels vanish on slate). A hovered
  // node's label sits on sigma's white box, so it stays black.
  function schemeColours(container) {
    var dark = document.body.getAttribute("data-md-color-scheme") === "slate";
    return { label: getComputedStyle(container).color, dimmed: dark ? "#3b3e48" : "#e0e0e0" };
  }

  function schemeSettings(container, state) {
    var colours = schemeColours(container);
    state.dimmed = colours.dimmed;
    return {
      labelColor: { color: colours.label },
      defaultDrawNodeHover: function (context, data, settings) {
        Sigma.rendering.drawDiscNodeHover(context, data, Object.assign({}, settings, { labelColor: { color: "#000" } }));
      },
    };
  }

  // The reader switched the scheme (the theme's toggle sets the body's attribute): recolour.
  new MutationObserver(function () {
    drawn.forEach(function (entry) {
      var settings = schemeSettings(entry.renderer.getContainer(), entry.state);
      entry.renderer.setSetting("labelColor", settings.labelColor);
    });
  }).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });

  function nodeSize(degree, scale) {
    return scale * Math.min(2 + Math.sqrt(degree || 0), 8); // hubs stand out, never cover a cluster
  }

  // Grey out everything but the highlighted nodes (search matches, a hovered node and its
  // neighbours); hide the nodes of other categories.
  function reducers(state, graph) {
    return {
      nodeReducer: function (node, data) {
        var out = Object.assign({}, data);
        if (state.category !== null && data.category !== state.category) {
          out.hidden = true;
          return out;
        }
        var focus = state.hovered !== null ? state.neighbours : state.matches;
        if (focus && !focus.has(node)) {
          out.color = state.dimmed;
          out.label = "";
          out.zIndex = 0;
        } else if (focus) {
          out.highlighted = true;
          out.zIndex = 1;
        }
        return out;
      },
      edgeReducer: function (edge, data) {
        var out = Object.assign({}, data);
        if (state.hovered !== null && !graph.hasExtremity(edge, state.hovered)) out.hidden = true;
        else if (state.hovered === null && state.matches) out.hidden = true;
        return out;
      },
    };
  }

  function watchHover(renderer, graph, state) {
    renderer.on("enterNode", function (event) {
      state.hovered = event.node;
      state.neighbours = new Set(graph.neighbors(event.node));
      state.neighbours.add(event.node);
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on("leaveNode", function () {
      state.hovered = null;
      state.neighbours = null;
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on("clickNode", function (event) {
      var url = graph.getNodeAttribute(event.node, "url");
      if (url) location.assign(url);
    });
  }

  function drawAll(container) {
    var source = new URL(container.dataset.src, location.href);
    var status = document.getElementById("kb-graph-status");
    var started = performance.now();
    return fetch(source.href)
      .then(function (response) {
        if (!response.ok) throw new Error("graph data: HTTP " + response.status);
        return response.json();
      })
      .then(function (data) {
        var graph = new graphology.Graph({ type: "undirected", multi: false });
        var big = data.nodes.length > 2000;
        var scale = big ? 0.5 : 1.5;
        data.nodes.forEach(function (row, index) {
          var category = data.categories[row[2]];
          graph.addNode(String(index), {
            label: row[0],
            url: new URL(row[1], source).href,
            category: row[2],
            x: row[3],
            y: row[4],
            size: nodeSize(row[5], scale),
            color: category.colour,
          });
        });
        data.edges.forEach(function (edge) {
          graph.addEdge(String(edge[0]), String(edge[1]), { kind: edge[2], size: 0.5, color: edgeColour(edge[2], data.edge_kinds) });
        });
        var state = { category: null, matches: null, hovered: null, neighbours: null, dimmed: null };
        var settings = Object.assign(
          {
            hideEdgesOnMove: data.edges.length > 20000,
            labelRenderedSizeThreshold: big ? 8 : 4,
            labelDensity: 0.5,
            zIndex: true,
            defaultEdgeType: "line",
          },
          schemeSettings(container, state),
          reducers(state, graph)
        );
        var renderer = new Sigma(graph, container, settings);
        drawn.push({ renderer: renderer, state: state });
        watchHover(renderer, graph, state);
        var list = document.getElementById("kb-graph-list");
        var items = list ? listNotes(list, graph, data.categories, renderer, state) : null;
        var show = function () { showStatus(status, graph, state, items); };
        wireControls(renderer, graph, state, show);
        window.kbGraph = { graph: graph, renderer: renderer, state: state, drawMs: performance.now() - started };
        container.dataset.ready = "true";
        show();
      });
  }

  // The notes of the graph as a list of links under it, by category, for the keyboard (a canvas
  // has nothing to focus) and screen readers. It shows what the graph shows (category, search);
  // a focused link highlights its node and neighbours, as hovering the node does.
  function listNotes(list, graph, categories, renderer, state) {
    var nodes = graph.nodes().sort(function (a, b) {
      var x = graph.getNodeAttributes(a), y = graph.getNodeAttributes(b);
      return x.category - y.category || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0);
    });
    var ul = document.createElement("ul");
    var items = new Map();
    nodes.forEach(function (node) {
      var data = graph.getNodeAttributes(node);
      var item = document.createElement("li");
      var dot = item.appendChild(document.createElement("span"));
      dot.className = "kb-graph-dot";
      dot.style.background = categories[data.category].colour;
      var link = item.appendChild(document.createElement("a"));
      link.href = data.url;
      link.textContent = data.label;
      link.dataset.node = node;
      item.appendChild(document.createTextNode(" · " + categories[data.category].label));
      ul.appendChild(item);
      items.set(node, item);
    });
    list.replaceChildren(ul);
    list.addEventListener("focusin", function (event) {
      var node = event.target.dataset && event.target.dataset.node;
      if (node === undefined) return;
      state.hovered = node;
      state.neighbours = new Set(graph.neighbors(node));
      state.neighbours.add(node);
      renderer.refresh({ skipIndexation: true });
    });
    list.addEventListener("focusout", function () {
      state.hovered = null;
      state.neighbours = null;
      renderer.refresh({ skipIndexation: true });
    });
    return items;
  }

  function showStatus(status, graph, state, items) {
    var shown = 0;
    graph.forEachNode(function (node, data) {
      var visible = (state.category === null || data.category === state.category) && (!state.matches || state.matches.has(node));
      if (visible) shown += 1;
      if (items) items.get(node).hidden = !visible;
    });
    if (!status) return;
    status.textContent = shown + " / " + graph.order + " 篇";
    status.dataset.shown = String(shown);
  }

  function wireControls(renderer, graph, state, show) {
    var search = document.getElementById("kb-graph-search");
    var select = document.getElementById("kb-graph-category");
    if (select) {
      select.addEventListener("change", function () {
        state.category = select.value === "" ? null : Number(select.value);
        renderer.refresh({ skipIndexation: true });
        show();
      });
    }
    if (search) {
      search.addEventListener("input", function () {
        var query = search.value.trim().toLowerCase();
        if (!query) {
          state.matches = null;
        } else {
          state.matches = new Set();
          graph.forEachNode(function (node, data) {
            if (data.label.toLowerCase().indexOf(query) >= 0) state.matches.add(node);
          });
        }
        renderer.refresh({ skipIndexation: true });
        show();
      });
      search.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" || !state.matches || state.matches.size === 0) return;
        var first = state.matches.values().next().value;
        var shown = renderer.getNodeDisplayData(first);
        if (shown) renderer.getCamera().animate({ x: shown.x, y: shown.y, ratio: 0.15 }, { duration: 400 });
      });
    }
  }

  function drawLocal(container) {
    var data = JSON.parse(container.dataset.graph);
    var graph = new graphology.Graph({ type: "undirected", multi: false });
    var others = data.nodes.length - 1;
    data.nodes.forEach(function (node, index) {
      var angle = (2 * Math.PI * (index - 1)) / Math.max(others, 1);
      graph.addNode(String(index), {
        label: node[0].length > 14 ? node[0].slice(0, 13) + "…" : node[0],
        title: node[0],
        url: new URL(node[1], location.href).href,
        x: index === 0 ? 0 : Math.cos(angle),
        y: index === 0 ? 0 : Math.sin(angle),
        size: index === 0 ? 10 : 6,
        color: node[3],
      });
    });
    data.edges.forEach(function (edge) {
      graph.addEdge(String(edge[0]), String(edge[1]), { size: 1, color: edgeColour(edge[2], data.edge_kinds) });
    });
    var state = { category: null, matches: null, hovered: null, neighbours: null, dimmed: null };
    var renderer = new Sigma(
      graph,
      container,
      Object.assign(
        { renderLabels: true, labelRenderedSizeThreshold: 0, zIndex: true },
        schemeSettings(container, state),
        reducers(state, graph)
      )
    );
    drawn.push({ renderer: renderer, state: state });
    watchHover(renderer, graph, state);
    container.dataset.ready = "true";
    (window.kbLocalGraphs = window.kbLocalGraphs || []).push({ graph: graph, renderer: renderer });
  }

  function setup() {
    // Going back, instant navigation puts in the elements of the page as it was left, whose
    // canvases are gone: they are not ready until drawn again.
    drawn.forEach(function (entry) {
      delete entry.renderer.getContainer().dataset.ready;
      entry.renderer.kill();
    });
    drawn = [];
    window.kbLocalGraphs = [];
    var all = document.getElementById("kb-graph");
    var locals = document.querySelectorAll(".kb-local-graph");
    if (!all && locals.length === 0) return;
    function draw() {
      loadLibraries()
        .then(function () {
          locals.forEach(drawLocal);
          return all ? drawAll(all) : null;
        })
        .catch(function (error) {
          console.error("graph:", error);
          if (all) all.textContent = "图谱无法加载 (the graph could not be loaded): " + error.message;
        });
    }
    if (all || !("IntersectionObserver" in window)) return draw();
    // A note's local graph sits at the end of the page: load the graph libraries (about
    // 260 kB) only when it comes near the screen, so they never slow the page's first load.
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        observer.disconnect();
        draw();
      }
    }, { rootMargin: "200px" });
    locals.forEach(function (local) { observer.observe(local); });
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(setup);
  } else {
    document.addEventListener("DOMContentLoaded", setup);
  }
})();
