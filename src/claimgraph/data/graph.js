// claimgraph page script: draws the JSON data with vis-network, and runs the
// legend, the filter panel, the search box and the details box.
// Every string from the data goes through textContent, option text or
// vis-network's plain-text tooltips, never through innerHTML: article text is
// untrusted. Links only take http(s) or file URLs.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("claimgraph-data").textContent);
  window.claimgraphData = data;
  function $(id) { return document.getElementById(id); }

  // --- legend -------------------------------------------------------------
  var legend = $("legend");
  function legendItem(classes, colour, text) {
    var row = document.createElement("div");
    var key = document.createElement("span");
    var label = document.createElement("span");
    row.className = "item";
    key.className = "key " + classes;
    if (colour) {
      if (classes.indexOf("edge") === 0) { key.style.borderTopColor = colour; }
      else { key.style.backgroundColor = colour; }
    }
    label.textContent = text;
    row.appendChild(key);
    row.appendChild(label);
    legend.appendChild(row);
  }
  data.legend.forEach(function (item) {
    if (item.type === "edge") {
      legendItem("edge" + (item.dashes ? " dashed" : ""), item.color, item.label);
    } else {
      legendItem(item.shape, item.color, item.label);
    }
  });
  if (data.stats.conflicts > 0) {
    legendItem("conflicted", null, "Claim in conflict");
  }

  var s = data.stats;
  $("stats").textContent =
    s.claims + " claims \u00b7 " + s.conflicts + " conflicts \u00b7 " +
    s.nodes + " nodes \u00b7 " + s.edges + " edges";

  // --- network ------------------------------------------------------------
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network($("graph"), { nodes: nodes, edges: edges }, data.options);
  window.network = network;
  network.once("afterDrawing", function () { window.claimgraphReady = true; });
  // Positions come from Python and physics is off: just frame them.
  network.fit({ animation: false });

  // --- filters ------------------------------------------------------------
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var neighbours = {};  // node id -> [[other id, relation], ...]
  data.edges.forEach(function (e) {
    (neighbours[e.from] = neighbours[e.from] || []).push([e.to, e.relation]);
    (neighbours[e.to] = neighbours[e.to] || []).push([e.from, e.relation]);
  });
  function fill(select, pairs) {
    pairs.forEach(function (p) { select.appendChild(new Option(p[1], p[0])); });
  }
  var f = data.filters || { quantities: [], claimants: [], dates: null };
  fill($("f-quantity"), f.quantities);
  fill($("f-claimant"), f.claimants);
  if (f.dates) {
    ["f-from", "f-to"].forEach(function (id) { $(id).min = f.dates[0]; $(id).max = f.dates[1]; });
  }

  function claimShown(n, q, who, from, to) {
    if (q && n.q !== q) { return false; }
    if (who && (n.who || []).indexOf(who) < 0) { return false; }
    if ((from || to) && !n.date) { return false; }
    if (from && n.date < from) { return false; }
    if (to && n.date > to) { return false; }
    return true;
  }

  function applyFilters() {
    var q = $("f-quantity").value, who = $("f-claimant").value;
    var from = $("f-from").value, to = $("f-to").value;
    var active = !!(q || who || from || to);
    var shown = {}, count = 0;
    data.nodes.forEach(function (n) {
      if (n.kind === "claim" && (!active || claimShown(n, q, who, from, to))) {
        shown[n.id] = true;
        count += 1;
      }
    });
    if (active) {
      // What touches a shown claim stays, then the affiliations of shown actors.
      data.nodes.forEach(function (n) {
        if (n.kind !== "claim" && (neighbours[n.id] || []).some(function (p) { return shown[p[0]] === true && byId[p[0]].kind === "claim"; })) {
          shown[n.id] = "near";
        }
      });
      for (var step = 0; step < 2; step++) {
        data.nodes.forEach(function (n) {
          if (!shown[n.id] && (neighbours[n.id] || []).some(function (p) {
            return p[1] === "affiliated_with" && shown[p[0]] && byId[p[0]].kind !== "claim";
          })) { shown[n.id] = "affiliation"; }
        });
      }
    }
    var changes = [];
    data.nodes.forEach(function (n) {
      var hidden = active && !shown[n.id];
      if (!!n.hidden !== hidden) { n.hidden = hidden; changes.push({ id: n.id, hidden: hidden }); }
    });
    if (changes.length) { nodes.update(changes); }
    $("matches").textContent = active ? count + " of " + s.claims + " claims" : "";
    search();
  }

  function search() {
    var text = $("f-search").value.trim().toLowerCase();
    if (!text) { network.unselectAll(); return []; }
    var found = data.nodes.filter(function (n) {
      return !n.hidden && ((n.label || "") + "\n" + (n.title || "")).toLowerCase().indexOf(text) >= 0;
    }).map(function (n) { return n.id; });
    network.selectNodes(found);
    $("matches").textContent = found.length + (found.length === 1 ? " match" : " matches");
    return found;
  }

  ["f-quantity", "f-claimant", "f-from", "f-to"].forEach(function (id) {
    $(id).addEventListener("change", applyFilters);
  });
  $("f-search").addEventListener("input", search);
  $("controls").addEventListener("submit", function (ev) {
    ev.preventDefault();  // Enter in the search box: frame the matches
    var found = search();
    if (found.length) { network.fit({ nodes: found, animation: false }); }
  });
  $("controls").addEventListener("reset", function () {
    window.setTimeout(function () { applyFilters(); network.fit({ animation: false }); }, 0);
  });
  window.claimgraphFilter = function (values) {  // for scripts and tests
    Object.keys(values || {}).forEach(function (k) { $("f-" + k).value = values[k]; });
    applyFilters();
    return data.nodes.filter(function (n) { return !n.hidden; }).length;
  };

  // --- details box --------------------------------------------------------
  function safeHref(url) {
    return typeof url === "string" && /^(https?|file):\/\//i.test(url) ? url : null;
  }
  function showDetails(id) {
    var n = byId[id];
    if (!n) { $("details").hidden = true; return; }
    var lines = String(n.title || "").split("\n");
    $("details-title").textContent = lines[0] || n.label || n.id;
    var list = $("details-list"), link = $("details-link");
    list.textContent = "";
    link.textContent = "";
    lines.slice(1).forEach(function (line) {
      var at = line.indexOf(": ");
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = at > 0 ? line.slice(0, at) : "";
      dd.textContent = at > 0 ? line.slice(at + 2) : line;
      list.appendChild(dt);
      list.appendChild(dd);
    });
    var href = safeHref(n.href);
    if (href) {
      var a = document.createElement("a");
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.textContent = n.kind === "claim" ? "Read the article" : "Open";
      link.appendChild(a);
    }
    $("details").hidden = false;
  }
  network.on("click", function (params) {
    if (params.nodes.length) { showDetails(params.nodes[0]); } else { $("details").hidden = true; }
  });
  $("details-close").addEventListener("click", function () { $("details").hidden = true; });
})();
