// claimgraph page script: draws window.claimgraphData with vis-network.
// Every string from the data goes through textContent or vis-network's
// plain-text tooltips, never through innerHTML: article text is untrusted.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("claimgraph-data").textContent);
  window.claimgraphData = data;

  var legend = document.getElementById("legend");
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
  document.getElementById("stats").textContent =
    s.claims + " claims \u00b7 " + s.conflicts + " conflicts \u00b7 " +
    s.nodes + " nodes \u00b7 " + s.edges + " edges";

  var container = document.getElementById("graph");
  var network = new vis.Network(
    container,
    { nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges) },
    data.options
  );
  window.network = network;
  network.once("afterDrawing", function () { window.claimgraphReady = true; });
  // Positions come from Python and physics is off: just frame them.
  network.fit({ animation: false });
})();
