// Sortable, paged tables for the report's index.html (claimgraph.report).
// Every <table class="sortable"> gets header buttons that sort its rows
// (numbers as numbers, a cell's data-sort attribute before its text, blanks
// last) and, past data-page rows, a pager. Nothing is fetched; the page's
// Content-Security-Policy allows this script by its hash only.
(function () {
  "use strict";

  function sortKey(cell) {
    if (!cell) return null;
    var text = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
    text = text.trim();
    if (text === "") return null;
    var n = Number(text.replace(/^[×x]/, "").replace(/,/g, ""));
    return isNaN(n) ? text.toLowerCase() : n;
  }

  function compare(a, b) {
    if (a === b) return 0;
    if (a === null) return 1;  // blanks last, whatever the direction
    if (b === null) return -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "number") return -1;
    if (typeof b === "number") return 1;
    return a < b ? -1 : 1;
  }

  function button(text, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.addEventListener("click", onClick);
    return b;
  }

  function setUp(table) {
    var body = table.tBodies[0];
    if (!body || !table.tHead) return;
    var rows = Array.prototype.slice.call(body.rows);
    var size = parseInt(table.getAttribute("data-page"), 10) || 50;
    var page = 0, all = rows.length <= size, column = -1, descending = false;
    var pager = null, status = null, prev = null, next = null, toggle = null;

    function show() {
      var pages = Math.max(1, Math.ceil(rows.length / size));
      page = Math.min(Math.max(page, 0), pages - 1);
      var from = all ? 0 : page * size, to = all ? rows.length : Math.min(rows.length, from + size);
      rows.forEach(function (row, i) { row.hidden = i < from || i >= to; });
      if (!pager) return;
      status.textContent = all ? "all " + rows.length + " rows"
        : "rows " + (from + 1) + "–" + to + " of " + rows.length;
      prev.disabled = all || page === 0;
      next.disabled = all || page >= pages - 1;
      toggle.textContent = all ? "show " + size + " a page" : "show all";
    }

    function sortBy(index, th) {
      descending = column === index ? !descending : false;
      column = index;
      var keyed = rows.map(function (row, i) { return [sortKey(row.cells[index]), i, row]; });
      keyed.sort(function (x, y) {
        var c = compare(x[0], y[0]);
        if (c !== 0 && x[0] !== null && y[0] !== null && descending) c = -c;
        return c || x[1] - y[1];
      });
      rows = keyed.map(function (k) { return k[2]; });
      rows.forEach(function (row) { body.appendChild(row); });
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      page = 0;
      show();
    }

    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      if (th.textContent.trim() === "") return;
      var b = button(th.textContent, function () { sortBy(index, th); });
      b.title = "sort by " + th.textContent;
      th.textContent = "";
      th.appendChild(b);
    });

    if (rows.length > size) {
      pager = document.createElement("div");
      pager.className = "pager";
      prev = button("‹ previous", function () { page -= 1; show(); });
      next = button("next ›", function () { page += 1; show(); });
      toggle = button("show all", function () { all = !all; page = 0; show(); });
      status = document.createElement("span");
      pager.appendChild(prev);
      pager.appendChild(status);
      pager.appendChild(next);
      pager.appendChild(toggle);
      table.parentNode.insertBefore(pager, table.nextSibling);
    }
    show();
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), setUp);
})();
