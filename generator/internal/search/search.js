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
      all: function (n) { return 'Показати всі (' + n + ')'; },
      fewer: 'Показати менше',
      facets: { plan: 'План', section: 'Розділ', executor: 'Виконавець', status: 'Стан', verification: 'Підтвердження', reporting: 'Звітні періоди', money: 'Кошти', year: 'Рік' },
      kinds: { measure: 'Захід', task: 'Завдання', section: 'Розділ', plan: 'План', executor: 'Виконавець', indicator: 'Індикатор', note: 'Нотатка' }
    },
    en: {
      found: function (n, q) { return 'Found ' + n + ' result' + (n === 1 ? '' : 's') + ' for “' + q + '”'; },
      partial: ' (not all words)',
      none: function (q) { return 'Nothing found for “' + q + '”'; },
      loading: 'Searching…',
      error: 'Search is unavailable right now. Please try later.',
      more: 'Show more',
      all: function (n) { return 'Show all ' + n; },
      fewer: 'Show fewer',
      facets: { plan: 'Plan', section: 'Section', executor: 'Responsible body', status: 'Status', verification: 'Verification', reporting: 'Reporting periods', money: 'Money', year: 'Year' },
      kinds: { measure: 'Measure', task: 'Task', section: 'Section', plan: 'Plan', executor: 'Responsible body', indicator: 'Indicator', note: 'Note' }
    }
  };
  var PAGE = 20; // results rendered at a time
  var CODE = '#'; // code terms in the index start with this (search.CodePrefix)
  var GROUP = ' › '; // a facet value "plan › section" is shown under the heading "plan"
  var LIMIT = 8; // facet values shown before "show all"
  var PLAN_TEXT = { plan: true, section: true, executor: true }; // facets whose values are the plans' Ukrainian text
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

  /* ---- citation codes (mirror of code.go) ---- */

  var LOOK = { 'а': 'a', 'в': 'b', 'е': 'e', 'і': 'i', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't', 'у': 'y', 'х': 'x' };
  // Roman digits as typed on either keyboard (lower case after normalize), as uktext.ParseRoman reads them.
  var ROMAN = { i: 'I', 'і': 'I', v: 'V', 'у': 'V', x: 'X', 'х': 'X', l: 'L', c: 'C', 'с': 'C', d: 'D', m: 'M', 'м': 'M' };
  var VALUE = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  var STEPS = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

  function toRoman(n) {
    var out = '';
    STEPS.forEach(function (s) { while (n >= s[0]) { out += s[1]; n -= s[0]; } });
    return out;
  }

  // parseRoman returns the value of a standard Roman numeral (1-3999), else 0.
  function parseRoman(t) {
    var latin = '', bytes = 0, v = 0, i;
    for (var ch of t) {
      if (!ROMAN[ch]) return 0;
      latin += ROMAN[ch];
      bytes += ch < '\u0080' ? 1 : 2; // uktext.LatinRoman reads at most 32 bytes of UTF-8
    }
    if (!latin || bytes > 32) return 0;
    for (i = 0; i < latin.length; i++) {
      var n = VALUE[latin[i]];
      v += i + 1 < latin.length && VALUE[latin[i + 1]] > n ? -n : n;
    }
    return v >= 1 && v <= 3999 && toRoman(v) === latin ? v : 0;
  }

  // codeSeg keys a token as a segment of a citation code: k is the key,
  // like says the token is a number, a Roman numeral or one letter.
  function codeSeg(tok) {
    if (/^[0-9]+$/.test(tok)) return { k: tok.replace(/^0+/, '') || '0', like: true };
    var r = parseRoman(tok);
    if (r) return { k: toRoman(r), like: true, roman: true };
    var k = '';
    for (var ch of tok) k += LOOK[ch] || ch;
    return { k: k, like: Array.from(tok).length === 1 };
  }

  // codeQueries lists the parts of a query that may be citation codes: the
  // whole query when it has no space (an id: svatove-2019/ii/2-1), each run
  // of two or more code-like tokens (II.2.1, ІІ 2 1, 2.1) and a Roman
  // numeral alone (II). Each is {from, to, segs, key, like}, tokens [from, to).
  function codeQueries(text, toks) {
    var segs = toks.map(codeSeg), n = toks.length, out = [];
    function add(from, to) {
      var part = segs.slice(from, to);
      out.push({ from: from, to: to, segs: part, key: part.map(function (s) { return s.k; }).join('.'),
        like: part.every(function (s) { return s.like; }) });
    }
    if (n >= 2 && !/\s/.test(text.trim())) add(0, n);
    for (var i = 0; i < n;) {
      if (!segs[i].like) { i++; continue; }
      var j = i;
      while (j < n && segs[j].like) j++;
      var alone = n === 1 && segs[0].roman && Array.from(toks[0]).length >= 2;
      if ((j - i >= 2 || alone) && !(out.length && out[0].from === i && out[0].to === j)) add(i, j);
      i = j;
    }
    return out;
  }

  // codeProbes turns code queries into term look-ups: the key (a document's
  // code or its tail), the codes that continue it (II.2 → II.2.1) and, for
  // 2.2.1, the code with its first number as a Roman numeral (II.2.1).
  function codeProbes(codes) {
    var probes = [];
    codes.forEach(function (c) {
      probes.push({ s: CODE + c.key, code: c });
      if (!c.like) return;
      if (c.to - c.from >= 2) probes.push({ s: CODE + c.key + '.', prefix: true, code: c });
      var n = +c.segs[0].k;
      if (c.to - c.from >= 3 && /^[0-9]+$/.test(c.segs[0].k) && n >= 1 && n <= 3999) {
        probes.push({ s: CODE + [toRoman(n)].concat(c.segs.slice(1).map(function (s) { return s.k; })).join('.'), variant: true, code: c });
      }
    });
    return probes;
  }

  // stripURL reduces a pasted address to its path below the site's root,
  // so that a measure's link finds the measure.
  function stripURL(text, root) {
    var m = /^\s*[a-z][a-z0-9+.-]*:\/\/[^\/\s]*(\/\S*)\s*$/i.exec(text);
    if (!m) return text;
    var path = m[1].replace(/[?#].*$/, '');
    return root && path.indexOf(root) === 0 ? path.slice(root.length) : path;
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
    // Documents whose citation code the query is come first; then those
    // matching the words (every word, when a code matched).
    this.search = function (text) {
      text = stripURL(text, manifest.root);
      var toks = tokenize(text), open = !/\s$/.test(text); // the last word is still being typed
      var probes = codeProbes(codeQueries(text, toks)), last = -1, terms = [], seen = {};
      toks.forEach(function (w, i) { if (!STOP[w]) last = i; });
      toks.forEach(function (w, i) {
        if (STOP[w]) return;
        var s = stem(w), prefix = open && i === last && Array.from(w).length >= 3;
        if (seen[s] && !prefix) { seen[s].at.push(i); return; }
        seen[s] = { w: w, s: s, prefix: prefix, at: [i], shards: [] };
        terms.push(seen[s]);
      });
      if (!terms.length && !probes.length) return Promise.resolve(null);
      terms.forEach(function (t) {
        var ids = shardsFor(t.s, t.prefix);
        if (ids.length > 4) ids = shardsFor(t.s, t.prefix = false); // too broad: exact stem only
        t.shards = ids.map(function (i) { return manifest.shards[i][1]; });
      });
      probes.forEach(function (p) {
        var ids = shardsFor(p.s, p.prefix);
        p.shards = ids.length > 4 ? [] : ids.map(function (i) { return manifest.shards[i][1]; });
      });
      var files = [manifest.facetFile];
      terms.concat(probes).forEach(function (t) { files = files.concat(t.shards); });
      return Promise.all(files.map(get)).then(function (data) {
        var loaded = {};
        files.forEach(function (f, i) { loaded[f] = data[i]; });
        // entries calls f with each entry of the loaded shards from the first >= s while more(entry) holds.
        function entries(shards, s, more, f) {
          shards.forEach(function (file) {
            var es = loaded[file], i = Math.max(0, lastAtMost(es, s, first));
            if (i < es.length && es[i][0] < s) i++;
            for (; i < es.length && more(es[i]); i++) f(es[i]);
          });
        }
        var code = {}, covered = {};
        probes.forEach(function (pr) {
          var hit = false;
          entries(pr.shards, pr.s, function (e) { return pr.prefix ? e[0].startsWith(pr.s) : e[0] === pr.s; }, function (e) {
            for (var p = e[2], k = 0, d = 0; k < p.length; k += 3) {
              d += p[k];
              // the document's own code 3, a tail of it 2, a longer code or the Roman reading 1
              var r = pr.prefix || pr.variant ? 1 : p[k + 1] === 2 ? 3 : 2;
              if (!(code[d] >= r)) code[d] = r;
              hit = true;
            }
          });
          if (hit) for (var k = pr.code.from; k < pr.code.to; k++) covered[k] = true;
        });
        // words that are part of a matched code are not searched as words
        var words = terms.filter(function (t) { return !t.at.every(function (i) { return covered[i]; }); });
        var score = {}, matched = {}, w = manifest.weights;
        words.forEach(function (t) {
          var best = {};
          entries(t.shards, t.s, function (e) { return e[0] === t.s || (t.prefix && e[0].startsWith(t.s)); }, function (e) {
            // a longer stem counts only if one of its words starts with what was typed
            if (e[0] !== t.s && !e[1].some(function (f) { return f.startsWith(t.w); })) return;
            var factor = e[0] === t.s ? 1 : w.prefix, fi = e[1].indexOf(t.w), bit = fi >= 0 && fi < 30 ? 1 << fi : 0;
            for (var p = e[2], k = 0, d = 0; k < p.length; k += 3) {
              d += p[k];
              var sc = p[k + 1] * factor * (p[k + 2] & bit ? 1 + w.exact : 1);
              if (!(best[d] >= sc)) best[d] = sc;
            }
          });
          Object.keys(best).forEach(function (d) {
            score[d] = (score[d] || 0) + best[d];
            matched[d] = (matched[d] || 0) + 1;
          });
        });
        var docs = Object.keys(score).map(Number), coded = Object.keys(code).map(Number);
        var all = coded.length > 0 || docs.some(function (d) { return matched[d] === words.length; });
        if (all) docs = docs.filter(function (d) { return matched[d] === words.length && !code[d]; }).concat(coded);
        docs.sort(function (a, b) {
          return (code[b] || 0) - (code[a] || 0) || (matched[b] || 0) - (matched[a] || 0) || (score[b] || 0) - (score[a] || 0) || a - b;
        });
        return { terms: words, hits: docs, all: all, facets: facetsOf(loaded[manifest.facetFile]) };
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
    if (location.protocol === 'file:') {
      // A copy opened from a folder: browsers let no page read files
      // (fetch), so the index cannot load; the page says so and points to
      // the plans' index below, which needs nothing.
      var off = document.getElementById('search-offline');
      if (off) off.hidden = false;
      var app = results.closest('.search-app');
      if (app) app.hidden = true;
      return;
    }
    var status = document.getElementById('search-status');
    var facetBox = document.getElementById('search-facets');
    var toggle = document.getElementById('search-filters-toggle');
    var done = document.querySelector('.search-filters-done');
    var skip = document.querySelector('.search-skip');
    var toggleText = toggle ? toggle.textContent : '', doneText = done ? done.textContent : '';
    var uk = /^uk\b/i.test(document.documentElement.lang), expanded = {};
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
      show(skip, false);
      show(toggle, false);
      show(done, false);
      say('');
    }

    function show(e, on) { if (e) e.hidden = !on; }

    // plansText marks text of the plans (Ukrainian) on a page in another language.
    function plansText(e) {
      if (!uk) e.setAttribute('lang', 'uk');
      return e;
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
      show(skip, hits.length > 0);
      if (done) done.textContent = doneText + ' (' + hits.length + ')';
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
          var a = plansText(el('a', { href: /^https?:/i.test(doc[1]) ? doc[1] : root + '/' + doc[1].replace(/^\//, '') }));
          highlight(a, doc[3], current.terms);
          li.appendChild(a);
          li.appendChild(el('span', { class: 'search-kind' }, [S.kinds[doc[2]] || doc[2], doc[5].id || doc[0]].join(' · ')));
          var p = plansText(el('p', { class: 'search-snippet' }));
          highlight(p, snippet(doc[4], current.terms), current.terms);
          li.appendChild(p);
          var meta = el('p', { class: 'search-meta' }), n = 0;
          ['plan', 'section', 'executor', 'status'].forEach(function (k) {
            if (!doc[5][k]) return;
            if (n++) meta.appendChild(document.createTextNode(' · '));
            meta.appendChild(k === 'status' ? el('span', null, doc[5][k]) : plansText(el('span', null, doc[5][k])));
          });
          if (n) li.appendChild(meta);
          results.appendChild(li);
        });
      }
    }

    // renderFacets draws each facet's values with their counts: the most
    // frequent LIMIT first (and any chosen), values "group › value" under
    // their group's heading; then it updates the filters button.
    function renderFacets() {
      if (!facetBox) return;
      var focused = document.activeElement && facetBox.contains(document.activeElement) ? document.activeElement.id : '';
      while (facetBox.firstChild) facetBox.removeChild(facetBox.firstChild);
      var chosen = 0;
      current.facets.forEach(function (f, fi) {
        var count = {}, sel = selected[f.name] || [];
        chosen += sel.length;
        current.hits.forEach(function (d) {
          if (passes(d, f.name)) (f.byDoc[d] || []).forEach(function (vi) { count[vi] = (count[vi] || 0) + 1; });
        });
        var vis = f.values.map(function (v, vi) { return vi; }).filter(function (vi) { return count[vi] || sel.indexOf(f.values[vi]) >= 0; });
        if (!vis.length) return;
        var numeric = vis.every(function (vi) { return /^\d+$/.test(f.values[vi]); });
        var group = function (vi) { var v = f.values[vi], k = v.indexOf(GROUP); return k < 0 ? '' : v.slice(0, k); };
        var best = {};
        vis.forEach(function (vi) { var g = group(vi); best[g] = Math.max(best[g] || 0, count[vi] || 0); });
        vis.sort(function (a, b) {
          var ga = group(a), gb = group(b);
          if (ga !== gb) return best[gb] - best[ga] || ga.localeCompare(gb);
          if (ga) return a - b; // within a group the values' own order: sections as numbered
          return numeric ? f.values[a] - f.values[b] : (count[b] || 0) - (count[a] || 0) || f.values[a].localeCompare(f.values[b]);
        });
        var whole = expanded[f.name] || vis.length <= LIMIT + 2;
        var rows = whole ? vis : vis.filter(function (vi, k) { return k < LIMIT || sel.indexOf(f.values[vi]) >= 0; });
        var fs = el('fieldset', { class: 'search-facet', 'data-facet': f.name }), box = fs, last = '';
        fs.appendChild(el('legend', null, S.facets[f.name] || f.name));
        rows.forEach(function (vi) {
          var id = 'search-f' + fi + '-' + vi, v = f.values[vi], g = group(vi);
          if (g !== last) {
            last = g;
            box = fs;
            if (g) {
              box = el('fieldset', { class: 'search-facet-group' });
              box.appendChild(PLAN_TEXT[f.name] ? plansText(el('legend', null, g)) : el('legend', null, g));
              fs.appendChild(box);
            }
          }
          var input = el('input', { type: 'checkbox', id: id, name: f.name, value: v });
          input.checked = sel.indexOf(v) >= 0;
          input.addEventListener('change', function () {
            var s = selected[f.name] = (selected[f.name] || []).filter(function (x) { return x !== v; });
            if (input.checked) s.push(v);
            if (!s.length) delete selected[f.name];
            syncURL();
            shown = 0;
            while (results.firstChild) results.removeChild(results.firstChild);
            render(++seq);
          });
          var label = el('label', { for: id }), text = el('span', null, g ? v.slice(g.length + GROUP.length) : v);
          label.appendChild(PLAN_TEXT[f.name] ? plansText(text) : text);
          label.appendChild(document.createTextNode(' '));
          label.appendChild(el('span', { class: 'search-count' }, '(' + (count[vi] || 0) + ')'));
          var row = el('div', { class: 'search-facet-value' });
          row.appendChild(input);
          row.appendChild(label);
          box.appendChild(row);
        });
        if (vis.length > LIMIT + 2) {
          var all = el('button', { type: 'button', class: 'search-facet-all', id: 'search-fa' + fi, 'aria-expanded': String(!!expanded[f.name]) },
            expanded[f.name] ? S.fewer : S.all(vis.length));
          all.addEventListener('click', function () { expanded[f.name] = !expanded[f.name]; renderFacets(); });
          fs.appendChild(all);
        }
        facetBox.appendChild(fs);
      });
      var any = facetBox.firstChild !== null;
      show(toggle, any);
      show(done, any);
      if (toggle) toggle.textContent = toggleText + (chosen ? ' (' + chosen + ')' : '');
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

    if (toggle) toggle.addEventListener('click', function () {
      toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true'));
    });
    if (done) done.addEventListener('click', function () {
      if (toggle) toggle.setAttribute('aria-expanded', 'false');
      results.focus();
    });
    if (skip) skip.addEventListener('click', function (ev) { ev.preventDefault(); results.focus(); });

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

  if (typeof module === 'object' && module.exports) module.exports = { normalize: normalize, tokenize: tokenize, stem: stem, STOP: STOP, codeSeg: codeSeg };
  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
    else init();
  }
})();
