/* Overstap search: ranks like `overstap search` from the files under search/LANG/, fetching only
   the buckets a query needs. Keep it in step with nl.overstap.index (Words, Searcher, StaticSearch).
   Results are built with DOM calls and textContent only: indexed text is never parsed as HTML. */
(function () {
  'use strict';
  var script = document.currentScript;
  var form = document.querySelector('.search-form');
  var input = document.getElementById('search-q');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!script || !form || !input || !list || !status) return;
  var lang = document.documentElement.lang === 'en' ? 'en' : 'nl';
  var base = new URL('../search/' + lang + '/', script.src).href;
  var api = document.querySelector('meta[name="overstap-search-api"]');
  var HASH = 6, PAGE = 10, LETTERS = /[\p{L}\p{N}]/u;
  var cache = new Map();
  var shown = PAGE, latest = 0, hits = [];

  function own(o, k) { return o && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined; }
  function load(path) {
    if (!cache.has(path)) {
      cache.set(path, fetch(base + path).then(function (r) {
        if (!r.ok) throw new Error(path + ': ' + r.status);
        return r.json();
      }));
    }
    return cache.get(path);
  }
  function fnv(s) {
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
    return h >>> 0;
  }
  function bucket(m, key) {
    var n = m.buckets.length / HASH, i = fnv(key) % n;
    return load('b/' + i + '.' + m.buckets.substr(i * HASH, HASH) + '.json');
  }
  function chunk(m, doc) {
    var i = Math.floor(doc / m.perChunk);
    return load('d/' + i + '.' + m.chunks.substr(i * HASH, HASH) + '.json').then(function (rows) {
      return rows[doc - i * m.perChunk];
    });
  }
  function chars(w) { return Array.from(w); }
  function normalise(t) {
    return t.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '')
      .replace(/(?<![\p{L}\p{N}])(\p{L})-(?=\p{L})/gu, '$1');
  }
  function words(q) {
    var out = [];
    normalise(q.slice(0, 4000)).split(/[^\p{L}\p{N}]+/u).forEach(function (w) {
      if (w) out.push(chars(w).length > 40 ? chars(w).slice(0, 40).join('') : w);
    });
    return out.slice(0, 24);
  }
  // Edit distance with adjacent transpositions, by code point, as Spelling.java.
  function distance(s, t, limit) {
    if (Math.abs(s.length - t.length) > limit) return limit + 1;
    var d = [], i, j;
    for (i = 0; i <= s.length; i++) { d.push([i]); }
    for (j = 1; j <= t.length; j++) d[0][j] = j;
    for (i = 1; i <= s.length; i++) {
      for (j = 1; j <= t.length; j++) {
        var v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
        d[i][j] = v;
      }
    }
    return Math.min(d[s.length][t.length], limit + 1);
  }
  // Terms as StaticSearch.compact writes them: a number is the length of a prefix of the word.
  function expand(word, items) {
    return items.map(function (e) {
      return typeof e === 'number' ? [word.slice(0, e), 10] : typeof e === 'string' ? [e, 10] : e;
    });
  }
  function keep(terms, term, weight) { terms.set(term, Math.max(terms.get(term) || 0, weight)); }
  async function guesses(m, w, typing) {
    var c = chars(w), terms = new Map();
    if (c.length >= 5 || (typing && c.length >= 3)) {
      var prefix = c.slice(0, 2).join('');
      var entries = own((await bucket(m, prefix)).p, prefix) || [];
      if (c.length >= 5) {
        var allowed = c.length >= 8 ? 2 : 1;
        entries.forEach(function (e) {
          var d = distance(c, chars(e[0]), allowed);
          if (d <= allowed) expand(e[0], e[2]).forEach(function (t) { keep(terms, t[0], d === 1 ? 7 : 5); });
        });
      }
      if (typing && c.length >= 3) {
        entries.filter(function (e) { return e[0].startsWith(w); })
          .sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); })
          .slice(0, 10).forEach(function (e) { expand(e[0], e[2]).forEach(function (t) { keep(terms, t[0], 6); }); });
      }
    }
    return Array.from(terms);
  }
  async function plan(m, q) {
    var ws = words(q), n = normalise(q), typing = n.length > 0 && LETTERS.test(chars(n).pop());
    var buckets = await Promise.all(ws.map(function (w) { return bucket(m, w); }));
    var units = [];
    for (var i = 0; i < ws.length; i++) {
      var known = own(buckets[i].w, ws[i]);
      units.push({ label: ws[i], terms: known !== undefined ? expand(ws[i], known)
        : await guesses(m, ws[i], typing && i === ws.length - 1) });
      var phrases = own(buckets[i].f, ws[i]) || {};
      Object.keys(phrases).sort().forEach(function (rest) {
        var r = rest ? rest.split(' ') : [];
        if (i + r.length < ws.length && r.every(function (x, k) { return ws[i + 1 + k] === x; })) {
          units.push({ label: rest ? ws[i] + ' ' + rest : ws[i], terms: expand(rest, phrases[rest]) });
        }
      });
    }
    return units;
  }
  function decode(text) {
    var out = [], doc = 0;
    if (text) text.split(',').forEach(function (p) {
      var x = p.split(':'); doc += parseInt(x[0], 36); out.push(doc, parseInt(x[1], 36));
    });
    return out;
  }
  async function rank(m, q) {
    var units = await plan(m, q), totals = new Map(), matched = new Map(), postings = new Map();
    var terms = new Set();
    units.forEach(function (u) { u.terms.forEach(function (t) { terms.add(t[0]); }); });
    await Promise.all(Array.from(terms).map(function (t) {
      return bucket(m, t).then(function (b) { postings.set(t, decode(own(b.t, t))); });
    }));
    units.forEach(function (u) {
      var best = new Map();
      u.terms.forEach(function (t) {
        var p = postings.get(t[0]);
        for (var i = 0; i < p.length; i += 2) best.set(p[i], Math.max(best.get(p[i]) || 0, t[1] * p[i + 1]));
      });
      best.forEach(function (s, doc) {
        totals.set(doc, (totals.get(doc) || 0) + s);
        var words = matched.get(doc) || [];
        if (words.indexOf(u.label) < 0) words.push(u.label);
        matched.set(doc, words);
      });
    });
    return Array.from(totals, function (e) { return { doc: e[0], score: e[1], matched: matched.get(e[0]) }; })
      .sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
  }
  async function fromApi(q) {
    var r = await fetch(api.content + '?lang=' + lang + '&q=' + encodeURIComponent(q));
    if (!r.ok) throw new Error('search api: ' + r.status);
    return (await r.json()).hits;
  }
  function typeOf(m, doc) {
    for (var i = 0; i < m.types.length; i++) if (doc >= m.types[i][1] && doc < m.types[i][2]) return m.types[i][0];
    return '';
  }
  function value(id) { var e = document.getElementById(id); return e ? (e.type === 'checkbox' ? (e.checked ? '1' : '') : e.value) : ''; }
  async function filtered(m, all) {
    var type = value('search-type'), category = value('search-category'), hosting = value('search-hosting'), eu = value('search-eu');
    var out = type ? all.filter(function (h) { return typeOf(m, h.doc) === type; }) : all;
    if (!category && !hosting && !eu) return out;
    var rows = await Promise.all(out.map(function (h) { return chunk(m, h.doc); }));
    return out.filter(function (h, i) {
      var r = rows[i];
      return (!category || r[5].indexOf(category) >= 0) && (!hosting || r[7].indexOf(hosting) >= 0) && (!eu || r[6] === 1);
    });
  }
  // Replaced by functions, so a '$&' in the query is not read as a replacement pattern.
  function text(key, n, q) {
    return (status.dataset[key] || '').replace('{n}', function () { return n; }).replace('{q}', function () { return q; });
  }
  function label(selectId, v) {
    var o = document.querySelector('#' + selectId + ' option[value="' + CSS.escape(v) + '"]');
    return o ? o.textContent : v;
  }
  function element(tag, cls, content) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (content) e.textContent = content;
    return e;
  }
  async function render(m, q, run) {
    var page = hits.slice(0, shown);
    var rows = await Promise.all(page.map(function (h) { return chunk(m, h.doc); }));
    if (run !== latest) return;
    list.replaceChildren();
    page.forEach(function (h, i) {
      var r = rows[i], li = element('li'), a = element('a', '', r[2]);
      li.dataset.id = r[0] + '/' + r[1];
      a.href = new URL('../' + r[3], script.src).href;
      li.append(element('span', 'kind', label('search-type', r[0])), a, element('p', '', r[4]),
        element('p', 'matched', status.dataset.matched + ': ' + h.matched.join(', ')));
      list.append(li);
    });
    var more = document.getElementById('search-more');
    if (more) more.remove();
    if (hits.length > shown) {
      more = element('button', 'search-more', status.dataset.more);
      more.type = 'button'; more.id = 'search-more';
      more.addEventListener('click', function () {
        shown += PAGE; render(m, q, latest).then(function () { list.children[shown - PAGE].querySelector('a').focus(); });
      });
      list.after(more);
    }
    status.textContent = !q.trim() ? '' : hits.length === 0 ? text('none', 0, q)
      : hits.length === 1 ? text('one', 1, q) : text('results', hits.length, q);
    list.dataset.query = q;
    list.dataset.state = 'done';
  }
  async function run() {
    var q = input.value, mine = ++latest;
    list.dataset.state = 'busy';
    try {
      var m = await load('index.json');
      var all = !q.trim() ? [] : api ? await fromApi(q) : await rank(m, q);
      var selected = await filtered(m, all);
      if (mine !== latest) return;
      hits = selected; shown = PAGE;
      await render(m, q, mine);
    } catch (e) {
      if (mine !== latest) return;
      status.textContent = status.dataset.error;
      list.dataset.query = q;
      list.dataset.state = 'error';
    }
  }
  var params = new URLSearchParams(location.search);
  ['type', 'category', 'hosting'].forEach(function (k) {
    var e = document.getElementById('search-' + k);
    if (params.get(k) && e) e.value = params.get(k);
  });
  if (params.get('eu')) document.getElementById('search-eu').checked = true;
  input.value = params.get('q') || '';
  var nojs = document.getElementById('search-nojs');
  if (nojs) nojs.hidden = true;
  var timer;
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 120); });
  form.addEventListener('change', function (e) { if (e.target !== input) run(); });
  form.addEventListener('submit', function (e) {
    e.preventDefault(); clearTimeout(timer);
    history.replaceState(null, '', '?' + new URLSearchParams(new FormData(form)).toString());
    run();
  });
  // The index file is needed for any query: fetch it now, while the reader types.
  if (!api) load('index.json').catch(function () {});
  if (input.value) run();
})();
