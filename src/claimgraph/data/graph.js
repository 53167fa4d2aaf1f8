// claimgraph page script: draws the JSON data with vis-network (positions
// come from Python, physics is off), and runs the legend, the filters (each
// one frames what remains), the debounced search, and the side panel of the
// clicked node (its neighbourhood stands out, its opponents are listed).
// Every string from the data goes into the page as text (textContent, option
// text, vis-network's plain-text tooltips), never as HTML: article text is
// untrusted. Links only take http(s) or file URLs.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("claimgraph-data").textContent);
  window.claimgraphData = data;
  var SEARCH_DELAY = 200;  // ms of quiet typing before the search runs
  var MAX_ZOOM = 1.25;     // framing never zooms in further than this
  function $(id) { return document.getElementById(id); }
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  // --- legend -------------------------------------------------------------
  var legend = $("legend");
  var SVG = "http://www.w3.org/2000/svg";
  function legendRow(key, text) {
    var row = el("div", "item");
    row.appendChild(key);
    row.appendChild(el("span", null, text));
    legend.appendChild(row);
  }
  function edgeKey(item) {
    var svg = document.createElementNS(SVG, "svg");
    var line = document.createElementNS(SVG, "line");
    svg.setAttribute("class", "key edge");
    svg.setAttribute("viewBox", "0 0 30 10");
    line.setAttribute("x1", "1"); line.setAttribute("y1", "5");
    line.setAttribute("x2", "29"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", item.color);
    line.setAttribute("stroke-width", String(Math.max(1.5, item.width || 1)));
    if (item.dashes) { line.setAttribute("stroke-dasharray", item.dashes.join(" ")); }
    svg.appendChild(line);
    return svg;
  }
  var card = el("span", "key card");
  legendRow(card, "Card: one quantity and its claims, oldest first");
  data.legend.forEach(function (item) {
    if (item.type === "edge") {
      legendRow(edgeKey(item), item.label);
    } else {
      var key = el("span", "key " + item.shape);
      key.style.backgroundColor = item.color;
      legendRow(key, item.label);
    }
  });
  if (data.stats.conflicts > 0) {
    legendRow(el("span", "key conflicted"), "Claim in conflict");
  }

  var s = data.stats;
  $("stats").textContent =
    s.claims + " claims \u00b7 " + s.conflicts + " conflicts \u00b7 " +
    s.nodes + " nodes \u00b7 " + s.edges + " edges";
  if (!s.documents) { $("f-articles").parentNode.hidden = true; }
  if (!s.conflicts) { $("f-conflicts").disabled = true; }

  // --- graph --------------------------------------------------------------
  var byId = {}, neighbours = {}, edgeById = {};  // node id -> [[other id, relation, edge], ...]
  data.nodes.forEach(function (n) {
    byId[n.id] = n;
    neighbours[n.id] = [];
    if (n.kind === "document") { n.hidden = true; }  // articles are shown on demand
  });
  data.edges.forEach(function (e) {
    edgeById[e.id] = e;
    neighbours[e.from].push([e.to, e.relation, e]);
    neighbours[e.to].push([e.from, e.relation, e]);
  });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network($("graph"), { nodes: nodes, edges: edges }, data.options);
  window.network = network;

  // Cards: a tinted rectangle behind each quantity and its claims, drawn
  // while any of them is shown.
  var cards = data.cards || [];
  var cardOf = {};  // quantity node id ("" for claims of no quantity) -> card index
  cards.forEach(function (c, i) { cardOf[c.id === null ? "" : c.id] = i; });
  function cardIndex(n) {
    if (n.kind === "quantity") { return cardOf[n.id]; }
    if (n.kind === "claim") { return cardOf[n.q || ""]; }
    return undefined;
  }
  var cardMembers = cards.map(function () { return []; });
  data.nodes.forEach(function (n) {
    var i = cardIndex(n);
    if (i !== undefined) { cardMembers[i].push(n); }
  });
  // Per card: its rectangle when all of it is shown, around what is shown
  // when a filter leaves part of it, null when none of it is shown.
  var cardRect = cards.map(function (c) { return c.box; });
  function fitCards() {
    cardRect = cards.map(function (c, i) {
      var shown = cardMembers[i].filter(function (n) { return !n.hidden; });
      if (!shown.length) { return null; }
      if (shown.length === cardMembers[i].length) { return c.box; }
      var box = null, pad = 12;
      shown.forEach(function (n) {
        var b = network.getBoundingBox(n.id);
        box = box ? [Math.min(box[0], b.left), Math.min(box[1], b.top), Math.max(box[2], b.right), Math.max(box[3], b.bottom)]
                  : [b.left, b.top, b.right, b.bottom];
      });
      return [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad];
    });
  }
  function roundRect(ctx, x, y, w, h, r) {  // a sub-path of the current path
    ctx.moveTo(x + r, y);
    ctx.arcTo(x + w, y, x + w, y + h, r);
    ctx.arcTo(x + w, y + h, x, y + h, r);
    ctx.arcTo(x, y + h, x, y, r);
    ctx.arcTo(x, y, x + w, y, r);
    ctx.closePath();
  }
  network.on("beforeDrawing", function (ctx) {
    // One path for all the cards in view: a fill and a stroke in all.
    var a = network.DOMtoCanvas({ x: 0, y: 0 }), c = $("graph");
    var b = network.DOMtoCanvas({ x: c.clientWidth, y: c.clientHeight });
    var round = network.getScale() > 0.25;  // corners are not seen below
    ctx.save();
    ctx.beginPath();
    cardRect.forEach(function (r) {
      if (!r || r[2] < a.x || r[0] > b.x || r[3] < a.y || r[1] > b.y) { return; }
      if (round) { roundRect(ctx, r[0], r[1], r[2] - r[0], r[3] - r[1], 10); } else { ctx.rect(r[0], r[1], r[2] - r[0], r[3] - r[1]); }
    });
    ctx.fillStyle = "#f8f3f7";
    ctx.strokeStyle = "#dccbd8";
    ctx.lineWidth = 1;
    ctx.fill();
    if (round) { ctx.stroke(); }
    ctx.restore();
  });

  // The clicked node and its neighbours stand out: the rest of the drawing
  // fades behind a veil, and they are drawn again on top of it.
  var focus = null;  // {id, nodes: [ids], edges: [ids]}
  network.on("afterDrawing", function (ctx) {
    if (!focus) { return; }
    var canvas = $("graph").querySelector("canvas");
    var a = network.DOMtoCanvas({ x: 0, y: 0 });
    var b = network.DOMtoCanvas({ x: canvas.clientWidth, y: canvas.clientHeight });
    ctx.save();
    ctx.fillStyle = "rgba(255, 255, 255, 0.78)";
    ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
    ctx.restore();
    try {
      var body = network.body, labels = [];
      focus.edges.forEach(function (id) {
        var e = body.edges[id];
        if (!e || !e.connected || !e.from || !e.to || e.from.options.hidden || e.to.options.hidden) { return; }
        var hidden = e.options.hidden;  // "about" edges: hidden (the card says it), drawn for the focus
        e.options.hidden = false;
        try { e.draw(ctx); e.drawArrows(ctx); } finally { e.options.hidden = hidden; }
      });
      focus.nodes.forEach(function (id) {
        var n = body.nodes[id];
        if (n && !n.options.hidden) {
          var drawn = n.draw(ctx);
          if (drawn && drawn.drawExternalLabel) { labels.push(drawn.drawExternalLabel); }
        }
      });
      labels.forEach(function (draw) { draw(); });
    } catch (err) {
      // vis-network internals changed: the veil alone still shows the selection
    }
  });

  function visibleIds() {
    return data.nodes.filter(function (n) { return !n.hidden; }).map(function (n) { return n.id; });
  }
  // Frame nodes: their boxes (labels included) fill the canvas, less a
  // margin, zoomed in no further than MAX_ZOOM.
  function frame(ids, drawn, withCards) {
    if (!drawn) { network.redraw(); }  // draws now: the boxes of nodes just shown are measured
    var box = null;
    ids.forEach(function (id) {
      var b = network.getBoundingBox(id);
      if (!b) { return; }
      if (!box) { box = { left: b.left, top: b.top, right: b.right, bottom: b.bottom }; return; }
      box.left = Math.min(box.left, b.left); box.top = Math.min(box.top, b.top);
      box.right = Math.max(box.right, b.right); box.bottom = Math.max(box.bottom, b.bottom);
    });
    if (!box) { return; }
    if (withCards) {
      cardRect.forEach(function (r) {
        if (!r) { return; }
        box.left = Math.min(box.left, r[0]); box.top = Math.min(box.top, r[1]);
        box.right = Math.max(box.right, r[2]); box.bottom = Math.max(box.bottom, r[3]);
      });
    }
    var c = $("graph"), margin = 14;
    var w = Math.max(1, box.right - box.left), h = Math.max(1, box.bottom - box.top);
    var scale = Math.min((c.clientWidth - 2 * margin) / w, (c.clientHeight - 2 * margin) / h, MAX_ZOOM);
    network.moveTo({ position: { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 },
                     scale: Math.max(scale, 0.02), animation: false });
  }
  function fitVisible(drawn) {
    var ids = visibleIds();
    if (ids.length) { frame(ids, drawn, true); }
  }
  // Initial view: what is shown (articles aside), framed once drawn, when
  // the label sizes are known.
  network.once("afterDrawing", function () {
    window.setTimeout(function () {
      fitVisible();
      window.claimgraphReady = true;
    }, 0);
  });

  // --- filters ------------------------------------------------------------
  function fill(select, pairs) {
    pairs.forEach(function (p) { select.appendChild(new Option(p[1], p[0])); });
  }
  var f = data.filters || { quantities: [], claimants: [], dates: null };
  fill($("f-quantity"), f.quantities);
  fill($("f-claimant"), f.claimants);
  if (f.dates) {
    ["f-from", "f-to"].forEach(function (id) { $(id).min = f.dates[0]; $(id).max = f.dates[1]; });
  }

  function claimShown(n, v) {
    if (v.q && n.q !== v.q) { return false; }
    if (v.who && (n.who || []).indexOf(v.who) < 0) { return false; }
    if ((v.from || v.to) && !n.date) { return false; }
    if (v.from && n.date < v.from) { return false; }
    if (v.to && n.date > v.to) { return false; }
    if (v.conflicts && !n.conflicted) { return false; }
    return true;
  }

  function values() {
    return { q: $("f-quantity").value, who: $("f-claimant").value, from: $("f-from").value, to: $("f-to").value,
             conflicts: $("f-conflicts").checked, articles: $("f-articles").checked };
  }

  function applyFilters() {
    var v = values();
    var active = !!(v.q || v.who || v.from || v.to || v.conflicts);
    var shown = {}, count = 0;
    data.nodes.forEach(function (n) {
      if (n.kind === "claim" && (!active || claimShown(n, v))) {
        shown[n.id] = true;
        count += 1;
      }
    });
    data.nodes.forEach(function (n) {
      if (n.kind === "claim" || shown[n.id]) { return; }
      var near = neighbours[n.id].some(function (p) { return shown[p[0]] === true && byId[p[0]].kind === "claim"; });
      if (n.kind === "document") {
        if (v.articles && near) { shown[n.id] = "near"; }
      } else if (!active || near) {
        shown[n.id] = "near";
      }
    });
    if (active) {  // then what shown actors are affiliated with (their government, its country)
      for (var step = 0; step < 2; step++) {
        data.nodes.forEach(function (n) {
          if (!shown[n.id] && neighbours[n.id].some(function (p) {
            return p[1] === "affiliated_with" && p[2].to === n.id && shown[p[0]] && byId[p[0]].kind !== "claim";
          })) { shown[n.id] = "affiliation"; }
        });
      }
    }
    var changes = [];
    data.nodes.forEach(function (n) {
      var hidden = !shown[n.id];
      if (!!n.hidden !== hidden) { n.hidden = hidden; changes.push({ id: n.id, hidden: hidden }); }
    });
    if (changes.length) { nodes.update(changes); }
    $("matches").textContent = active ? count + " of " + s.claims + " claims" : "";
    if (focus && byId[focus.id].hidden) { unfocus(); }
    network.redraw();  // draws now: the boxes of nodes just shown are measured
    fitCards();
    fitVisible(true);
    if ($("f-search").value.trim()) { search(); }
    return count;
  }

  // --- search (debounced) -------------------------------------------------
  var haystack = {};
  data.nodes.forEach(function (n) { haystack[n.id] = ((n.label || "") + "\n" + (n.title || "")).toLowerCase(); });
  var searchTimer = null;
  function search() {
    window.clearTimeout(searchTimer);
    searchTimer = null;
    var text = $("f-search").value.trim().toLowerCase();
    if (!text) { network.unselectAll(); $("matches").textContent = ""; return []; }
    // at the start of a word: "nis" finds NIS, not Denis or Washington
    var at = new RegExp("(^|[^\\p{L}\\p{N}])" + text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "u");
    var found = data.nodes.filter(function (n) {
      return !n.hidden && haystack[n.id].indexOf(text) >= 0 && at.test(haystack[n.id]);
    }).map(function (n) { return n.id; });
    network.selectNodes(found, found.length <= 200);
    $("matches").textContent = found.length + (found.length === 1 ? " match" : " matches");
    window.claimgraphSearches = (window.claimgraphSearches || 0) + 1;
    return found;
  }
  $("f-search").addEventListener("input", function () {
    window.clearTimeout(searchTimer);
    searchTimer = window.setTimeout(search, SEARCH_DELAY);
  });
  $("controls").addEventListener("submit", function (ev) {
    ev.preventDefault();  // Enter in the search box: search now, and frame the matches
    var found = search();
    if (found.length) { frame(found); }
  });
  ["f-quantity", "f-claimant", "f-from", "f-to", "f-conflicts", "f-articles"].forEach(function (id) {
    $(id).addEventListener("change", applyFilters);
  });
  $("controls").addEventListener("reset", function () {
    window.setTimeout(function () { unfocus(); applyFilters(); }, 0);
  });

  // --- side panel ---------------------------------------------------------
  function safeHref(url) {
    return typeof url === "string" && /^(https?|file):\/\//i.test(url) ? url : null;
  }
  var KIND = { claim: "Claim", quantity: "Quantity", document: "Article", actor: "Actor" };
  var RATIO = function (e) { return typeof e.ratio === "number" ? " \u00b7 \u00d7" + (e.ratio < 10 ? e.ratio.toPrecision(2) : Math.round(e.ratio).toLocaleString("en")) : ""; };

  function entry(list, id, className, extra) {
    var n = byId[id];
    var li = el("li", className + (n.hidden ? " hidden-node" : ""));
    var button = el("button");
    button.type = "button";
    button.appendChild(el("span", null, String(n.label || n.id).replace(/\n/g, " ")));
    var meta = [n.date, extra, n.hidden ? "hidden by the filters" : ""].filter(Boolean).join(" \u00b7 ");
    if (meta) { button.appendChild(el("span", "meta", " " + meta)); }
    button.addEventListener("click", function () { focusNode(id, true); });
    li.appendChild(button);
    list.appendChild(li);
  }
  var LIST_MAX = 100;  // entries shown per list of the panel
  function section(title, className, items) {
    if (!items.length) { return; }
    var box = $("details-relations");
    box.appendChild(el("h3", className, title + " (" + items.length + ")"));
    var list = el("ul");
    items.slice(0, LIST_MAX).forEach(function (it) { entry(list, it[0], className, it[1]); });
    if (items.length > LIST_MAX) { list.appendChild(el("li", "meta", "\u2026 and " + (items.length - LIST_MAX) + " more")); }
    box.appendChild(list);
  }
  function articles(items) {  // links to read them, not nodes to focus (articles are hidden unless asked for)
    if (!items.length) { return; }
    var box = $("details-relations");
    box.appendChild(el("h3", "article", (items.length === 1 ? "Article" : "Articles (" + items.length + ")")));
    var list = el("ul");
    items.forEach(function (it) {
      var d = byId[it[0]], li = el("li", "article"), href = safeHref(d.href);
      var text = String(d.label || d.id) + (d.date ? " \u00b7 " + d.date : "");
      if (href) {
        var a = el("a", null, text);
        a.href = href;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        li.appendChild(a);
      } else {
        li.appendChild(el("span", null, text));
      }
      list.appendChild(li);
    });
    box.appendChild(list);
  }
  function related(id, relation, direction) {
    // [[other id, extra text], ...] over the edges of one relation; direction "out", "in" or both
    var out = [], seen = {};
    neighbours[id].forEach(function (p) {
      var e = p[2];
      if (p[1] !== relation || seen[p[0]]) { return; }
      if (direction === "out" && e.from !== id) { return; }
      if (direction === "in" && e.to !== id) { return; }
      seen[p[0]] = true;
      out.push([p[0], relation === "conflicts_with" || relation === "agrees_with" ? RATIO(e).replace(/^ \u00b7 /, "") : ""]);
    });
    return out.sort(function (a, b) { return String(byId[a[0]].date || "").localeCompare(String(byId[b[0]].date || "")); });
  }
  function opponentsOf(id) {
    var n = byId[id];
    if (n.kind === "claim") { return related(id, "conflicts_with"); }
    var mine = n.kind === "quantity" ? related(id, "about") : related(id, n.kind === "document" ? "appears_in" : "claims");
    var out = [], seen = {};
    mine.forEach(function (c) {
      related(c[0], "conflicts_with").forEach(function (o) {
        if (!seen[o[0]]) { seen[o[0]] = true; out.push([o[0], "vs " + String(byId[c[0]].label).replace(/\n/g, " ") + (o[1] ? " \u00b7 " + o[1] : "")]); }
      });
    });
    return out;
  }

  function showDetails(id) {
    var n = byId[id];
    var lines = String(n.title || "").split("\n");
    $("details-kind").textContent = KIND[n.kind] || lines[0] || "Node";
    $("details-title").textContent = String(n.label || n.id).replace(/\n/g, " ");
    var list = $("details-list"), link = $("details-link"), box = $("details-relations");
    list.textContent = "";
    link.textContent = "";
    box.textContent = "";
    var opponents = opponentsOf(id);
    if (n.kind === "claim") {
      section("In conflict with", "conflict", opponents);
      if (!opponents.length) { box.appendChild(el("p", "meta", "No claim conflicts with this one.")); }
      section("Agrees with", "agreement", related(id, "agrees_with"));
      section("Revises (earlier figure)", "revision", related(id, "revises", "out"));
      section("Revised by (later figure)", "revision", related(id, "revises", "in"));
      articles(related(id, "appears_in"));
    } else if (n.kind === "quantity") {
      section("Claims", "claim", related(id, "about"));
      section("Conflicting claims", "conflict", opponents.length ? related(id, "about").filter(function (c) { return byId[c[0]].conflicted; }) : []);
    } else if (n.kind === "document") {
      section("Claims in this article", "claim", related(id, "appears_in"));
    } else {
      section("Opponents: claims against theirs", "conflict", opponents);
      section("Claims", "claim", related(id, "claims", "out"));
      section("Affiliated with", "actor", related(id, "affiliated_with", "out"));
      section("Members", "actor", related(id, "affiliated_with", "in"));
    }
    lines.slice(1).forEach(function (line) {
      var at = line.indexOf(": ");
      list.appendChild(el("dt", null, at > 0 ? line.slice(0, at) : ""));
      list.appendChild(el("dd", null, at > 0 ? line.slice(at + 2) : line));
    });
    var href = safeHref(n.href);
    if (href) {
      var a = el("a", null, n.kind === "document" ? "Open the article" : "Read the article");
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      link.appendChild(a);
    }
    $("details").hidden = false;
    $("hint").hidden = true;
    return opponents.map(function (o) { return o[0]; });
  }

  function focusNode(id, frame) {
    var n = byId[id];
    if (!n) { unfocus(); return []; }
    var ids = [id], edgeIds = [];
    neighbours[id].forEach(function (p) {
      ids.push(p[0]);
      edgeIds.push(p[2].id);
    });
    focus = { id: id, nodes: ids, edges: edgeIds };
    network.selectNodes([id], false);  // its edges are drawn over the veil anyway
    var opponents = showDetails(id);
    if (frame && !n.hidden) {
      var at = network.getPositions([id])[id];
      var dom = network.canvasToDOM(at), c = $("graph").getBoundingClientRect();
      if (dom.x < 40 || dom.y < 40 || dom.x > c.width - 40 || dom.y > c.height - 40) {
        network.moveTo({ position: at, animation: false });
      }
    }
    network.redraw();
    return opponents;
  }
  function unfocus() {
    focus = null;
    $("details").hidden = true;
    $("hint").hidden = false;
    network.unselectAll();
    network.redraw();
  }
  network.on("click", function (params) {
    if (params.nodes.length) { focusNode(params.nodes[0]); } else { unfocus(); }
  });
  $("details-close").addEventListener("click", unfocus);
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { unfocus(); }
  });

  // --- for scripts and tests ----------------------------------------------
  window.claimgraphFilter = function (v) {
    Object.keys(v || {}).forEach(function (k) {
      var input = $("f-" + k);
      if (input.type === "checkbox") { input.checked = !!v[k]; } else { input.value = v[k]; }
    });
    applyFilters();
    return visibleIds().length;
  };
  window.claimgraphFocus = function (id) { return focusNode(id, true); };
  window.claimgraphSearch = function (text) { $("f-search").value = text; return search(); };
  window.claimgraphFit = fitVisible;
})();
