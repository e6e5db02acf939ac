/* plansite: sorting the comparison tables (table[data-sortable]).
   A button in each sortable column heading sorts the rows by that column:
   numbers by their data-sort value, largest first on the first press;
   text by the page language's alphabet, A first. Pressing again reverses.
   Cells without a value ("—") go last either way, and rows that tie keep
   the table's own order. The heading carries aria-sort, and a polite live
   region says how the table is now sorted. Without JavaScript the table
   keeps the order it is written in, and its note says so. */
(function () {
  'use strict';

  function text(el) { return el.textContent.replace(/\s+/g, ' ').trim(); }

  function value(cell, type) {
    var v = cell.getAttribute('data-sort');
    if (v === null) { v = text(cell); }
    if (v === '') { return null; }
    return type === 'number' ? parseFloat(v) : v;
  }

  function setup(table) {
    var head = table.tHead && table.tHead.rows[0];
    var body = table.tBodies[0];
    if (!head || !body) { return; }
    var lang = document.documentElement.lang || 'uk';
    var collator = window.Intl ? new Intl.Collator(lang, { numeric: true, sensitivity: 'base' }) : null;
    var rows = Array.prototype.slice.call(body.rows); // the table's own order
    var status = document.getElementById(table.getAttribute('data-sort-status'));
    var note = document.getElementById(table.getAttribute('data-sort-note'));
    if (note && note.getAttribute('data-js')) { note.textContent = note.getAttribute('data-js'); }

    function compare(a, b, type) {
      if (type === 'number') { return a - b; }
      return collator ? collator.compare(a, b) : (a < b ? -1 : a > b ? 1 : 0);
    }

    function sortBy(col, type, dir) {
      var keyed = rows.map(function (r, i) { return { row: r, i: i, v: value(r.cells[col], type) }; });
      keyed.sort(function (x, y) {
        if (x.v === null || y.v === null) {
          if (x.v === y.v) { return x.i - y.i; }
          return x.v === null ? 1 : -1;
        }
        var d = compare(x.v, y.v, type);
        if (dir === 'descending') { d = -d; }
        return d || x.i - y.i;
      });
      keyed.forEach(function (k) { body.appendChild(k.row); });
    }

    Array.prototype.forEach.call(head.cells, function (th, col) {
      var type = th.getAttribute('data-sort-type');
      if (!type) { return; }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener('click', function () {
        var now = th.getAttribute('aria-sort');
        var dir = now === 'descending' ? 'ascending' : now === 'ascending' ? 'descending'
          : type === 'number' ? 'descending' : 'ascending';
        sortBy(col, type, dir);
        Array.prototype.forEach.call(head.cells, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir);
        if (status) {
          status.textContent = (table.getAttribute(dir === 'ascending' ? 'data-sort-asc' : 'data-sort-desc') || '')
            .replace('%s', text(button));
        }
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), setup);
}());
