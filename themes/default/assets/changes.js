/* plansite: the date filter on a plan's page of changes (form#changes-filter).
   Without JavaScript the form stays hidden and the page lists the months,
   each linked to its page. With it, the form shows two dates; "Show" reads
   the plan's changes.json (the same data as changes.csv) and lists the
   changes between the dates, newest first, each linked as on the month's
   page. The dates are kept in the address (?from=…&to=…), so a filtered
   list can be shared; a polite live region says how many changes it
   holds. Labels come from the form's data attributes, in the page's
   language. */
(function () {
  'use strict';

  var form = document.getElementById('changes-filter');
  if (!form || !window.fetch) { return; }
  var from = document.getElementById('changes-from');
  var to = document.getElementById('changes-to');
  var status = document.getElementById('changes-status');
  var results = document.getElementById('changes-results');
  var lang = form.getAttribute('data-lang') || 'uk';
  var base = form.getAttribute('data-base');
  var data = null;

  function attr(name) { return form.getAttribute('data-' + name) || ''; }

  function count(n) {
    var cat = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang).select(n) : (n === 1 ? 'one' : 'other');
    var noun = attr('n-' + cat) || attr('n-many') || attr('n-other');
    return n + ' ' + noun;
  }

  function longDate(iso) {
    try {
      return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
        .format(new Date(iso + 'T00:00:00Z'));
    } catch (e) { return iso; }
  }

  // short cuts a text at a word before max characters, as the pages do.
  function short(s, max) {
    s = s.replace(/\s+/g, ' ').trim();
    if (s.length <= max) { return s; }
    var cut = s.lastIndexOf(' ', max);
    return s.slice(0, cut > 0 ? cut : max).replace(/[\s,;:.—–-]+$/, '') + '…';
  }

  function item(c) {
    var li = document.createElement('li');
    li.className = 'change change-' + c.kind;
    var time = document.createElement('time');
    time.setAttribute('datetime', c.date);
    time.textContent = longDate(c.date);
    li.appendChild(time);
    li.appendChild(document.createTextNode(' · '));
    var kind = document.createElement('span');
    kind.className = 'change-kind';
    kind.textContent = attr('kind-' + c.kind);
    li.appendChild(kind);
    li.appendChild(document.createTextNode(' '));
    var a = document.createElement('a');
    var parts = c.path.replace(/^\//, '').split('#');
    if (/(^|\/)$/.test(parts[0])) { parts[0] += attr('index'); } // a relative build names index.html
    a.href = base + parts.join('#');
    if (c.kind === 'amendment') {
      a.textContent = attr('amendment').replace('%s', c.amendment);
    } else if (c.kind === 'report') {
      a.textContent = c.title;
      if (lang !== 'uk') { a.lang = 'uk'; }
    } else {
      a.textContent = c.code;
    }
    li.appendChild(a);
    if (c.measure_text && c.kind !== 'report') {
      li.appendChild(document.createTextNode(' '));
      var text = document.createElement('span');
      text.className = 'change-measure';
      if (lang !== 'uk') { text.lang = 'uk'; }
      text.textContent = short(c.measure_text, 60);
      li.appendChild(text);
    }
    var detail = lang === 'uk' ? c.text_uk : (c.text_en || c.text_uk);
    if (detail) {
      li.appendChild(document.createTextNode(' — '));
      var span = document.createElement('span');
      if (c.kind === 'amendment' && lang !== 'uk') { span.lang = 'uk'; }
      span.textContent = detail;
      li.appendChild(span);
    }
    return li;
  }

  function show() {
    var lo = from.value || '0000-01-01';
    var hi = to.value || '9999-12-31';
    if (lo > hi) { var t = lo; lo = hi; hi = t; }
    var picked = data.filter(function (c) { return c.date >= lo && c.date <= hi; });
    while (results.firstChild) { results.removeChild(results.firstChild); }
    picked.forEach(function (c) { results.appendChild(item(c)); });
    results.hidden = picked.length === 0;
    status.textContent = picked.length === 0 ? attr('none') :
      attr('range').replace('{n}', count(picked.length)).replace('{from}', longDate(lo === '0000-01-01' ? data[data.length - 1].date : lo))
        .replace('{to}', longDate(hi === '9999-12-31' ? data[0].date : hi));
  }

  function load(then) {
    if (data) { then(); return; }
    fetch(form.getAttribute('data-src')).then(function (r) {
      if (!r.ok) { throw new Error(r.status); }
      return r.json();
    }).then(function (doc) {
      data = doc.changes || [];
      if (data.length) {
        from.min = to.min = data[data.length - 1].date;
        from.max = to.max = data[0].date;
      }
      then();
    }).catch(function () { status.textContent = attr('failed'); });
  }

  var query = new URLSearchParams(location.search);
  var iso = /^\d{4}-\d{2}-\d{2}$/;
  if (iso.test(query.get('from') || '')) { from.value = query.get('from'); }
  if (iso.test(query.get('to') || '')) { to.value = query.get('to'); }
  form.hidden = false;
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    load(function () {
      show();
      var q = new URLSearchParams();
      if (from.value) { q.set('from', from.value); }
      if (to.value) { q.set('to', to.value); }
      var s = q.toString();
      try { history.replaceState(null, '', location.pathname + (s ? '?' + s : '')); } catch (err) { /* file:// */ }
    });
  });
  if (from.value || to.value) { load(show); }
}());
