/* search.js: the plansite search client (index format: generator/search/FORMAT.md).
   Plain ES2017, no build step, no eval, no innerHTML with data; it enhances
   #search-form and, on the search page, fills #search-status,
   #search-facets and #search-results. normalize, tokenize and stem mirror
   generator/search in Go exactly (a Go test compares them through node). */
(function () {
  'use strict';

  var STRINGS = {
    uk: {
      found: function (n, q) { return 'Знайдено ' + n + ' ' + plural(n, 'результат', 'результати', 'результатів') + ' для «' + q + '»'; },
      partial: ' (не всі слова)',
      none: function (q) { return 'Нічого не знайдено для «' + q + '»'; },
      loading: 'Шукаю…',
      error: 'Пошук зараз недоступний. Спробуйте пізніше.',
      more: 'Показати ще',
      facets: { plan: 'План', section: 'Розділ', executor: 'Виконавець', status: 'Стан', year: 'Рік' },
      kinds: { measure: 'Захід', task: 'Завдання', section: 'Розділ', plan: 'План', executor: 'Виконавець', indicator: 'Індикатор', note: 'Нотатка' }
    },
    en: {
      found: function (n, q) { return 'Found ' + n + ' result' + (n === 1 ? '' : 's') + ' for “' + q + '”'; },
      partial: ' (not all words)',
      none: function (q) { return 'Nothing found for “' + q + '”'; },
      loading: 'Searching…',
      error: 'Search is unavailable right now. Please try later.',
      more: 'Show more',
      facets: { plan: 'Plan', section: 'Section', executor: 'Executor', status: 'Status', year: 'Year' },
      kinds: { measure: 'Measure', task: 'Task', section: 'Section', plan: 'Plan', executor: 'Executor', indicator: 'Indicator', note: 'Note' }
    }
  };
  var PAGE = 20; // results rendered at a time
  var FIRST = 5; // results fetched ahead of the rest of a page

  function plural(n, one, few, many) {
    var d = n % 10, h = n % 100;
    return d === 1 && h !== 11 ? one : d >= 2 && d <= 4 && (h < 12 || h > 14) ? few : many;
  }

  /* ---- normalisation, tokenisation, stemming (mirror of the Go code) ---- */

  var WORD, MARK, RUN;
  try {
    WORD = new RegExp('[\\p{L}\\p{Nd}]', 'u');
    MARK = new RegExp('\\p{M}', 'u');
    RUN = new RegExp("[\\p{L}\\p{Nd}\\p{M}\\u00AD\\u200B-\\u200D\\u2060\\uFEFF'`\\u2018\\u2019\\u2032]+", 'gu');
  } catch (e) {
    return; // no Unicode property escapes (pre-2020 engines): leave the plain form alone
  }
  var INVISIBLE = /[\u0301\u00AD\u200B-\u200D\u2060\uFEFF]/g;
  var APOSTROPHES = /['\u02BC\u2019\u2018`\u2032]/g;
  var CYRILLIC = /^[\u0400-\u04FF']+$/;

  function normalize(s) {
    s = s.normalize('NFD').replace(INVISIBLE, '').normalize('NFC');
    var out = '';
    for (var ch of s) {
      // first code point of the full lower-case mapping = Go's simple mapping
      out += String.fromCodePoint(ch.toLowerCase().codePointAt(0));
    }
    return out.replace(APOSTROPHES, "'");
  }

  function tokenize(text) {
    var cs = Array.from(normalize(text)), toks = [], start = -1;
    for (var i = 0; i <= cs.length; i++) {
      var c = cs[i];
      if (c !== undefined) {
        if (WORD.test(c)) { if (start < 0) start = i; continue; }
        if (start >= 0 && (MARK.test(c) || (c === "'" && i + 1 < cs.length && WORD.test(cs[i + 1])))) continue;
      }
      if (start >= 0 && i - start <= 64) toks.push(cs.slice(start, i).join(''));
      start = -1;
    }
    return toks;
  }

  var STOP = {};
  ('а або але в від до для же з за зі і із й їх на над не о об по при про під та також у це ці цього цей чи що як яка які який яких')
    .split(' ').forEach(function (w) { STOP[w] = true; });

  var EXCEPTIONS = {};
  [['дит', 'діти дітей дітям дітьми дітях дитина дитини дитині дитину дитиною дитино'],
    ['ді', 'дія дії дій діям діями діях дію дією'],
    ['особ', 'осіб'], ['заход', 'захід'], ['рок', 'рік'], ['сирот', 'сиріт'], ['школ', 'шкіл'],
    ['програм', 'програм програми'], ['систем', 'систем'], ['проблем', 'проблем'], ['схем', 'схем']
  ].forEach(function (e) { e[1].split(' ').forEach(function (f) { EXCEPTIONS[f] = e[0]; }); });

  var ENDINGS = ('ього ьому ують юють іями ого ому ими іми ами ями ією іям іях ьої ьою ьми ють ять уть ' +
    'ить єть ючи учи ачи ячи ий ій ої ою ею єю ом ем єм ам ям ах ях ів їв ей ім им их іх ія ії ію ує ює ' +
    'а я о е є у ю і ї и').split(' ');

  function stem(t) {
    if (Object.prototype.hasOwnProperty.call(EXCEPTIONS, t)) return EXCEPTIONS[t];
    if (!CYRILLIC.test(t)) return t; // all BMP from here: string indices are code points
    var n = t.length, i;
    if (n >= 6 && t[n - 2] === 'с' && (t[n - 1] === 'я' || t[n - 1] === 'ь') && 'ьиаовіу'.indexOf(t[n - 3]) >= 0) t = t.slice(0, -2);
    var stripped = false;
    for (i = 0; i < ENDINGS.length; i++) {
      if (t.length - ENDINGS[i].length >= 3 && t.endsWith(ENDINGS[i])) { t = t.slice(0, -ENDINGS[i].length); stripped = true; break; }
    }
    if (!stripped && t.length >= 6) {
      if (t.endsWith('ок')) t = t.slice(0, -2) + 'к';
      else if (t.endsWith('ець')) t = t.slice(0, -3) + 'ц';
    }
    if (t.length > 3 && t.endsWith('ь')) t = t.slice(0, -1);
    var cut = false;
    if (t.endsWith('нн') && t.length - 2 >= 4) { t = t.slice(0, -2); cut = true; } else if (t.endsWith('н') && t.length - 1 >= 4) { t = t.slice(0, -1); cut = true; }
    if (cut && t.endsWith('ій') && t.length - 3 >= 3 && 'цсзг'.indexOf(t[t.length - 3]) >= 0) t = t.slice(0, -2);
    if (t.length >= 5 && t.endsWith('іст')) t = t.slice(0, -3) + 'ост';
    while (t.endsWith("'")) t = t.slice(0, -1);
    return t;
  }

  /* ---- the index ---- */

  // lastAtMost returns the last i with key(a[i]) <= x (-1 if none).
  function lastAtMost(a, x, key) {
    var lo = 0, hi = a.length;
    while (lo < hi) { var m = (lo + hi) >> 1; if (key(a[m]) <= x) lo = m + 1; else hi = m; }
    return lo - 1;
  }
  function first(e) { return e[0]; }

  function Index(manifest, base) {
    var cache = {};
    function get(file) {
      if (!cache[file]) {
        cache[file] = fetch(base + file).then(function (r) {
          if (!r.ok) throw new Error(r.status + ' ' + file);
          return r.json();
        });
        cache[file].catch(function () { delete cache[file]; });
      }
      return cache[file];
    }
    var facetData = null;

    // shardsFor lists the shards that can hold stem s (or stems starting with s).
    function shardsFor(s, prefix) {
      var sh = manifest.shards, i = Math.max(0, lastAtMost(sh, s, first)), out = [i];
      while (prefix && i + 1 < sh.length && sh[i + 1][0].startsWith(s)) out.push(++i);
      return out;
    }

    // search resolves to {terms, hits: document numbers best first, all: every
    // word matched, facets} for the query text (null when it has no words).
    this.search = function (text) {
      var words = tokenize(text).filter(function (w) { return !STOP[w]; });
      var open = !/\s$/.test(text); // the last word is still being typed
      var terms = [], seen = {};
      words.forEach(function (w, i) {
        var s = stem(w), prefix = open && i === words.length - 1 && Array.from(w).length >= 3;
        if (seen[s] && !prefix) return;
        seen[s] = true;
        terms.push({ w: w, s: s, prefix: prefix, shards: [] });
      });
      if (!terms.length) return Promise.resolve(null);
      terms.forEach(function (t) {
        var ids = shardsFor(t.s, t.prefix);
        if (ids.length > 4) ids = shardsFor(t.s, t.prefix = false); // too broad: exact stem only
        t.shards = ids.map(function (i) { return manifest.shards[i][1]; });
      });
      var files = [manifest.facetFile];
      terms.forEach(function (t) { files = files.concat(t.shards); });
      return Promise.all(files.map(get)).then(function (data) {
        var loaded = {};
        files.forEach(function (f, i) { loaded[f] = data[i]; });
        var score = {}, matched = {}, w = manifest.weights;
        terms.forEach(function (t) {
          var best = {};
          t.shards.forEach(function (f) {
            var entries = loaded[f], i = Math.max(0, lastAtMost(entries, t.s, first));
            if (i < entries.length && entries[i][0] < t.s) i++;
            for (; i < entries.length; i++) {
              var e = entries[i];
              if (e[0] !== t.s && !(t.prefix && e[0].startsWith(t.s))) break;
              // a longer stem counts only if one of its words starts with what was typed
              if (e[0] !== t.s && !e[1].some(function (f) { return f.startsWith(t.w); })) continue;
              var factor = e[0] === t.s ? 1 : w.prefix, fi = e[1].indexOf(t.w), bit = fi >= 0 && fi < 30 ? 1 << fi : 0;
              for (var p = e[2], k = 0, d = 0; k < p.length; k += 3) {
                d += p[k];
                var sc = p[k + 1] * factor * (p[k + 2] & bit ? 1 + w.exact : 1);
                if (!(best[d] >= sc)) best[d] = sc;
              }
            }
          });
          Object.keys(best).forEach(function (d) {
            score[d] = (score[d] || 0) + best[d];
            matched[d] = (matched[d] || 0) + 1;
          });
        });
        var docs = Object.keys(score).map(Number);
        var all = docs.some(function (d) { return matched[d] === terms.length; });
        if (all) docs = docs.filter(function (d) { return matched[d] === terms.length; });
        docs.sort(function (a, b) { return matched[b] - matched[a] || score[b] - score[a] || a - b; });
        return { terms: terms, hits: docs, all: all, facets: facetsOf(loaded[manifest.facetFile]) };
      });
    };

    // facetsOf turns the facet file into per-facet arrays doc -> [value index].
    function facetsOf(f) {
      if (facetData) return facetData;
      facetData = manifest.facets.map(function (name, fi) {
        var byDoc = {};
        f.docs[fi].forEach(function (ds, vi) {
          for (var k = 0, d = 0; k < ds.length; k++) { d += ds[k]; (byDoc[d] = byDoc[d] || []).push(vi); }
        });
        return { name: name, values: f.values[fi], byDoc: byDoc };
      });
      return facetData;
    }

    // docs resolves to the display records [id, url, kind, title, text, meta] of nums.
    this.docs = function (nums) {
      var ch = manifest.chunks, need = {};
      nums.forEach(function (d) { need[lastAtMost(ch, d, first)] = true; });
      var idx = Object.keys(need).map(Number);
      return Promise.all(idx.map(function (i) { return get(ch[i][1]); })).then(function (data) {
        var byChunk = {};
        idx.forEach(function (i, k) { byChunk[i] = data[k]; });
        return nums.map(function (d) { var i = lastAtMost(ch, d, first); return byChunk[i][d - ch[i][0]]; });
      });
    };
  }

  /* ---- the page ---- */

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) e.textContent = text;
    return e;
  }

  // matches returns a test of whether a token matches one of the query terms.
  function matches(terms) {
    return function (tok) {
      var s = stem(tok);
      return terms.some(function (t) { return s === t.s || (t.prefix && tok.startsWith(t.w)); });
    };
  }

  // highlight appends text to parent with the query's words in <mark>.
  function highlight(parent, text, terms) {
    var last = 0, m;
    RUN.lastIndex = 0;
    while ((m = RUN.exec(text))) {
      var hit = tokenize(m[0]).some(matches(terms));
      if (!hit) continue;
      parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      parent.appendChild(el('mark', null, m[0]));
      last = m.index + m[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  // snippet cuts a window of text around the first matched word.
  function snippet(text, terms) {
    var m, at = 0;
    RUN.lastIndex = 0;
    while ((m = RUN.exec(text))) {
      if (tokenize(m[0]).some(matches(terms))) { at = m.index; break; }
    }
    var start = at > 60 ? text.indexOf(' ', at - 60) + 1 : 0, end = start + 240;
    if (end >= text.length) return (start ? '…' : '') + text.slice(start);
    var sp = text.lastIndexOf(' ', end);
    return (start ? '…' : '') + text.slice(start, sp > start ? sp : end) + '…';
  }

  function init() {
    var form = document.getElementById('search-form');
    var input = document.getElementById('search-q');
    var results = document.getElementById('search-results');
    if (!form || !input || !results) return; // not the search page: the form just submits
    var status = document.getElementById('search-status');
    var facetBox = document.getElementById('search-facets');
    var S = STRINGS[/^en\b/i.test(document.documentElement.lang) ? 'en' : 'uk'];
    var embedded = document.getElementById('search-manifest');
    var base = form.getAttribute('data-search-base');
    var index = null, loading = null, current = null, selected = {}, shown = 0, seq = 0, timer = 0, moreBtn = null;

    function say(msg) { if (status) status.textContent = msg; }

    function load() {
      if (loading) return loading;
      var m = embedded ? Promise.resolve(JSON.parse(embedded.textContent))
        : fetch((base || '/search/') + 'manifest.json').then(function (r) { return r.json(); });
      loading = m.then(function (manifest) {
        if (!base) base = manifest.base || '/search/';
        if (!/\/$/.test(base)) base += '/';
        index = new Index(manifest, base);
        index.manifest = manifest;
        return index;
      });
      loading.catch(function () { loading = null; });
      return loading;
    }

    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';

    function syncURL() {
      var p = new URLSearchParams();
      if (input.value) p.set('q', input.value);
      Object.keys(selected).forEach(function (name) { selected[name].forEach(function (v) { p.append(name, v); }); });
      var qs = p.toString();
      history.replaceState(history.state, '', location.pathname + (qs ? '?' + qs : '') + location.hash);
    }

    function run() {
      var my = ++seq, text = input.value;
      syncURL();
      if (!tokenize(text).some(function (w) { return !STOP[w]; })) { clear(); return Promise.resolve(); }
      if (!current) say(S.loading);
      return (index ? Promise.resolve(index) : load()).then(function (ix) {
        return ix.search(text);
      }).then(function (res) {
        if (my !== seq) return;
        if (!res) { clear(); return; }
        current = res;
        current.query = text.trim();
        shown = 0;
        while (results.firstChild) results.removeChild(results.firstChild);
        return render(my);
      }).catch(function (err) {
        if (my !== seq) return;
        say(S.error);
        if (window.console) console.error(err);
      });
    }

    function clear() {
      current = null;
      while (results.firstChild) results.removeChild(results.firstChild);
      if (facetBox) while (facetBox.firstChild) facetBox.removeChild(facetBox.firstChild);
      if (moreBtn) moreBtn.hidden = true;
      say('');
    }

    // passes reports whether doc d has a selected value of every facet but skip.
    function passes(d, skip) {
      return current.facets.every(function (f) {
        var sel = selected[f.name];
        if (!sel || !sel.length || f.name === skip) return true;
        return (f.byDoc[d] || []).some(function (vi) { return sel.indexOf(f.values[vi]) >= 0; });
      });
    }

    function filtered() { return current.hits.filter(function (d) { return passes(d, null); }); }

    function render(my) {
      var hits = filtered();
      renderFacets();
      say(hits.length ? S.found(hits.length, current.query) + (current.all ? '' : S.partial) : S.none(current.query));
      return more(hits, my);
    }

    // more appends the next PAGE results.
    function more(hits, my) {
      var page = hits.slice(shown, shown + PAGE);
      shown += page.length;
      if (!moreBtn) {
        moreBtn = el('button', { type: 'button', class: 'search-more' }, S.more);
        moreBtn.addEventListener('click', function () {
          var next = shown;
          more(filtered(), seq).then(function () {
            var a = results.querySelectorAll('li a')[next];
            if (a) a.focus();
          });
        });
        results.parentNode.insertBefore(moreBtn, results.nextSibling);
      }
      moreBtn.hidden = shown >= hits.length;
      // The first few results come first: their chunks are requested
      // before the rest, so they arrive in one round trip even where a
      // page's results are spread over many chunks (the browser opens six
      // connections at a time), and the rest follow in order.
      results.setAttribute('aria-busy', 'true');
      var head = index.docs(page.slice(0, FIRST)), tail = index.docs(page.slice(FIRST));
      return head.then(show).then(function () { return tail; }).then(show).then(function () {
        if (my === seq) results.setAttribute('aria-busy', 'false');
      });
      function show(docs) {
        if (my !== seq) return;
        var root = (form.getAttribute('data-site-root') || index.manifest.root || '/').replace(/\/$/, '');
        docs.forEach(function (doc) {
          var li = el('li', { class: 'search-result' });
          var a = el('a', { href: /^https?:/i.test(doc[1]) ? doc[1] : root + '/' + doc[1].replace(/^\//, '') });
          highlight(a, doc[3], current.terms);
          li.appendChild(a);
          li.appendChild(el('span', { class: 'search-kind' }, [S.kinds[doc[2]] || doc[2], doc[5].id || doc[0]].join(' · ')));
          var p = el('p', { class: 'search-snippet' });
          highlight(p, snippet(doc[4], current.terms), current.terms);
          li.appendChild(p);
          var meta = ['plan', 'section', 'executor', 'status'].map(function (k) { return doc[5][k]; }).filter(Boolean);
          if (meta.length) li.appendChild(el('p', { class: 'search-meta' }, meta.join(' · ')));
          results.appendChild(li);
        });
      }
    }

    function renderFacets() {
      if (!facetBox) return;
      var focused = document.activeElement && facetBox.contains(document.activeElement) ? document.activeElement.id : '';
      while (facetBox.firstChild) facetBox.removeChild(facetBox.firstChild);
      current.facets.forEach(function (f, fi) {
        var count = {}, sel = selected[f.name] || [];
        current.hits.forEach(function (d) {
          if (passes(d, f.name)) (f.byDoc[d] || []).forEach(function (vi) { count[vi] = (count[vi] || 0) + 1; });
        });
        var vis = f.values.map(function (v, vi) { return vi; }).filter(function (vi) { return count[vi] || sel.indexOf(f.values[vi]) >= 0; });
        if (!vis.length) return;
        var numeric = vis.every(function (vi) { return /^\d+$/.test(f.values[vi]); });
        vis.sort(function (a, b) {
          return numeric ? f.values[a] - f.values[b] : (count[b] || 0) - (count[a] || 0) || f.values[a].localeCompare(f.values[b]);
        });
        var fs = el('fieldset', { class: 'search-facet', 'data-facet': f.name });
        fs.appendChild(el('legend', null, S.facets[f.name] || f.name));
        vis.forEach(function (vi) {
          var id = 'search-f' + fi + '-' + vi, v = f.values[vi];
          var box = el('input', { type: 'checkbox', id: id, name: f.name, value: v });
          box.checked = sel.indexOf(v) >= 0;
          box.addEventListener('change', function () {
            var s = selected[f.name] = (selected[f.name] || []).filter(function (x) { return x !== v; });
            if (box.checked) s.push(v);
            if (!s.length) delete selected[f.name];
            syncURL();
            shown = 0;
            while (results.firstChild) results.removeChild(results.firstChild);
            render(++seq);
          });
          var label = el('label', { for: id }, v + ' ');
          label.appendChild(el('span', { class: 'search-count' }, '(' + (count[vi] || 0) + ')'));
          var row = el('div', { class: 'search-facet-value' });
          row.appendChild(box);
          row.appendChild(label);
          fs.appendChild(row);
        });
        facetBox.appendChild(fs);
      });
      var back = focused && document.getElementById(focused);
      if (back) back.focus();
    }

    // Facet selections from the URL (values, not indices, so links survive rebuilds).
    load().then(function (ix) {
      ix.manifest.facets.forEach(function (name) {
        var vs = params.getAll(name);
        if (vs.length) selected[name] = vs;
      });
      if (input.value) run();
    }).catch(function () { if (input.value) say(S.error); });

    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 120); });
    form.addEventListener('submit', function (ev) { ev.preventDefault(); clearTimeout(timer); run(); });
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowDown') {
        var a = results.querySelector('a');
        if (a) { ev.preventDefault(); a.focus(); }
      } else if (ev.key === 'Escape') {
        ev.preventDefault();
        input.value = '';
        clearTimeout(timer);
        run();
      }
    });
    results.addEventListener('keydown', function (ev) {
      var links = Array.prototype.slice.call(results.querySelectorAll('li > a')), i = links.indexOf(document.activeElement);
      if (i < 0) return;
      if (ev.key === 'ArrowDown' && i + 1 < links.length) { ev.preventDefault(); links[i + 1].focus(); }
      else if (ev.key === 'ArrowUp') { ev.preventDefault(); (i ? links[i - 1] : input).focus(); }
      else if (ev.key === 'Escape') { ev.preventDefault(); input.focus(); }
    });
  }

  if (typeof module === 'object' && module.exports) module.exports = { normalize: normalize, tokenize: tokenize, stem: stem, STOP: STOP };
  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
    else init();
  }
})();
