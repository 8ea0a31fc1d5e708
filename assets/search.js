/* Gongkai search: runs in the browser over the index files in search/ (script files, so it works
   from a portal's static folder and from file:// alike). The tokenizer below follows the same
   rules as org.gongkai.search.Tokenizer; a test checks that they agree. No network beyond the
   site's own files, no innerHTML with content: results are built with text nodes. */
(function () {
  'use strict';

  // ---- Tokenizer (same rules as Tokenizer.java) ----
  function isHan(c) {
    return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
  }
  function fold(ch) {
    var c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) { ch = String.fromCharCode(c - 0xfee0); }
    var lower = ch.toLowerCase();
    return lower.charCodeAt(0) < 128 ? lower : ch;
  }
  function isWord(ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
  }
  function isDigit(ch) {
    return ch >= '0' && ch <= '9';
  }
  function tokenize(text, index) {
    var tokens = [];
    var seen = {};
    function add(t) { if (!seen[t]) { seen[t] = true; tokens.push(t); } }
    var i = 0;
    var n = text.length;
    while (i < n) {
      var c = fold(text.charAt(i));
      if (isHan(c.charCodeAt(0))) {
        var start = i;
        while (i < n && isHan(text.charCodeAt(i))) { i++; }
        var run = text.substring(start, i);
        if (run.length === 1 || index) {
          for (var k = 0; k < run.length; k++) { add(run.charAt(k)); }
        }
        for (var b = 0; b + 1 < run.length; b++) { add(run.substring(b, b + 2)); }
      } else if (isWord(c)) {
        var word = '';
        while (i < n) {
          var d = fold(text.charAt(i));
          var point = d === '.' && word.length > 0 && isDigit(word.charAt(word.length - 1)) &&
              i + 1 < n && isDigit(fold(text.charAt(i + 1)));
          if (!isWord(d) && !point) { break; }
          word += d;
          i++;
        }
        add(word);
        if (index && /[a-z]/.test(word) && /[0-9]/.test(word)) {
          for (var p = 10; p < word.length; p++) { add(word.substring(0, p)); }
        }
      } else {
        i++;
      }
    }
    return tokens;
  }

  function shardOf(token, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < token.length; i++) {
      h ^= token.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return (h >>> 0) % shards;
  }

  // ---- Loading index files as scripts ----
  var meta = null;
  var shards = {};
  var postingsOf = {};
  var docs = {};
  var waiting = {};

  function load(path) {
    if (waiting[path]) { return waiting[path]; }
    waiting[path] = new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = path;
      s.onload = function () { resolve(); };
      s.onerror = function () { delete waiting[path]; reject(new Error(path)); };
      document.head.appendChild(s);
    });
    return waiting[path];
  }

  // Documents come as lists of numbers into a table of strings: [type, title, level, project
  // code, context parts...] (in a shard, the document's number first). A document is kept as
  // [type, title, context, link, level]; the link fills meta.js's route pattern (Routes.java)
  // with the document's department and, when it has one, its project.
  function keep(strings, records, numbered, chunk) {
    var at = numbered ? 1 : 0;
    for (var i = 0; i < records.length; i++) {
      var r = records[i];
      var id = numbered ? r[0] : chunk * meta.chunk + i;
      if (docs[id]) { continue; }
      var parts = [];
      for (var k = at + 4; k < r.length; k++) { parts.push(strings[r[k]]); }
      var span = spanOf(id);
      var project = strings[r[at + 3]];
      var link = route(project ? 'project' : 'department', { year: span[0], department: span[1], project: project });
      docs[id] = [strings[r[at]], strings[r[at + 1]], parts.join(' \u00b7 '), link, strings[r[at + 2]]];
    }
  }

  // A page's path from the route table: each {name} of its pattern replaced by its value.
  function route(name, values) {
    return meta.routes[name].replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  window.gongkaiSearch = {
    meta: function (m) { meta = m; },
    shard: function (n, postings, strings, records) { shards[n] = postings; keep(strings, records, true); },
    docs: function (k, strings, records) { keep(strings, records, false, k); },
    tokenize: tokenize,
    decode: function (list, all) { return all ? titleHits(list, all) : decode(list); }
  };

  // A list of document numbers (Script.java): gaps in base-32 digits, or '!' and a bitmap.
  var DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
  var VALUE = new Int8Array(128);
  for (var v = 0; v < DIGITS.length; v++) { VALUE[DIGITS.charCodeAt(v)] = v; }

  function decode(list) {
    var ids = [];
    if (!list) { return ids; }
    var i = 0;
    var n = list.length;
    var x;
    var d;
    if (list.charAt(0) === '!') {
      x = 0;
      i = 1;
      do { d = VALUE[list.charCodeAt(i++)]; x = x * 32 + (d & 31); } while (d >= 32);
      for (var base = x; i < n; i++, base += 6) {
        d = VALUE[list.charCodeAt(i)];
        for (var b = 0; d; b++, d >>= 1) {
          if (d & 1) { ids.push(base + b); }
        }
      }
      return ids;
    }
    var last = -1;
    while (i < n) {
      x = 0;
      do { d = VALUE[list.charCodeAt(i++)]; x = x * 32 + (d & 31); } while (d >= 32);
      last += x + 1;
      ids.push(last);
    }
    return ids;
  }

  // A token's title hits: a list as above, or '*' and flags over its documents.
  function titleHits(list, all) {
    if (list.charAt(0) !== '*') { return decode(list); }
    var ids = [];
    for (var i = 1; i < list.length; i++) {
      var d = VALUE[list.charCodeAt(i)];
      for (var b = 0; d; b++, d >>= 1) {
        if (d & 1) { ids.push(all[(i - 1) * 6 + b]); }
      }
    }
    return ids;
  }

  function shardPath(token) {
    return 't/' + shardOf(token, meta.shards) + '.js';
  }

  function postings(token) {
    var n = shardOf(token, meta.shards);
    return load(shardPath(token)).then(function () {
      if (!postingsOf[token]) {
        var p = shards[n][token];
        var all = p ? decode(p[0]) : [];
        postingsOf[token] = { all: all, titles: p ? titleHits(p[1], all) : [] };
      }
      return postingsOf[token];
    });
  }

  function spanOf(id) {
    var spans = meta.spans;
    var lo = 0;
    var hi = spans.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (spans[mid][3] <= id) { lo = mid; } else { hi = mid - 1; }
    }
    return spans[lo];
  }

  function doc(id) {
    return docs[id];
  }

  // The chunks of the documents that no loaded shard carried.
  function docsFor(ids) {
    var needed = {};
    ids.forEach(function (id) { if (!docs[id]) { needed[Math.floor(id / meta.chunk)] = true; } });
    return Promise.all(Object.keys(needed).map(function (k) { return load('d/' + k + '.js'); }));
  }

  // Timings of the latest search, for bench/search.sh.
  function mark(name) {
    var t = window.gongkaiSearch.trace;
    if (t && !t[name]) { t[name] = performance.now(); }
  }

  // ---- Search and ranking: title hits first, then exact phrase, then token overlap ----
  function wantedTokens(q, filters) {
    var tokens = tokenize(q, false);
    var wanted = tokens.slice();
    if (filters.level === 'd' || filters.level === 'p') { wanted.push('#type:' + filters.level); }
    else if (filters.level) { wanted.push('#level:' + filters.level); }
    return { tokens: tokens, wanted: wanted };
  }

  // Starts loading the shards of what is being typed, before the pause that runs the search:
  // Han text comes in whole words from an input method; a Latin word or number at the end is
  // still being typed, and each of its prefixes would load a shard of its own, so it waits.
  function prefetch(q, filters) {
    if (!meta) { return; }
    var w = wantedTokens(q.replace(/[0-9A-Za-z.\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+$/, ''), filters);
    w.wanted.forEach(function (t) { load(shardPath(t)).catch(function () { }); });
  }

  function search(q, filters) {
    var w = wantedTokens(q, filters);
    var tokens = w.tokens;
    var wanted = w.wanted;
    if (tokens.length === 0) { return Promise.resolve({ tokens: [], results: [] }); }
    return Promise.all(wanted.map(postings)).then(function (lists) {
      mark('postings');
      var filterList = wanted.length > tokens.length ? lists.pop() : null;
      // One score per document: +1 for each token it has, +100 for each in its title.
      var score = new Int32Array(meta.count);
      lists.forEach(function (p) {
        var k;
        for (k = 0; k < p.all.length; k++) { score[p.all[k]] += 1; }
        for (k = 0; k < p.titles.length; k++) { score[p.titles[k]] += 100; }
      });
      var allowed = null;
      if (filterList) {
        allowed = new Uint8Array(meta.count);
        for (var f = 0; f < filterList.all.length; f++) { allowed[filterList.all[f]] = 1; }
      }
      var spans = meta.spans;
      var spanOk = spans.map(function (span) {
        return (!filters.year || String(span[0]) === filters.year) && (!filters.dept || span[0] + '/' + span[1] === filters.dept);
      });
      // Documents in order; all tokens when any document has them all, else the best partial matches.
      var ids = [];
      var full = [];
      var s = 0;
      for (var id = 0; id < score.length; id++) {
        if (score[id] === 0 || (allowed && !allowed[id])) { continue; }
        while (s + 1 < spans.length && spans[s + 1][3] <= id) { s++; }
        if (!spanOk[s]) { continue; }
        ids.push(id);
        if (score[id] % 100 >= tokens.length) { full.push(id); }
      }
      if (full.length > 0) { ids = full; }
      // Highest score first, document order within a score (a stable bucket sort).
      var buckets = {};
      var keys = [];
      ids.forEach(function (i) {
        var b = buckets[score[i]];
        if (!b) { b = buckets[score[i]] = []; keys.push(score[i]); }
        b.push(i);
      });
      keys.sort(function (a, b) { return b - a; });
      var results = [];
      keys.forEach(function (k) { results = results.concat(buckets[k]); });
      mark('ranked');
      return { tokens: tokens, results: results, score: score };
    });
  }

  // Phrase bonus for the page of results being shown, once their documents are loaded.
  function rankPage(found, q, from, count) {
    var page = found.results.slice(from, from + Math.ceil(count * 1.5));
    return docsFor(page).then(function () {
      mark('docs');
      var phrase = normalize(q);
      page.sort(function (a, b) {
        return bonus(b) - bonus(a) || found.score[b] - found.score[a] || a - b;
      });
      function bonus(id) {
        var d = doc(id);
        var inTitle = normalize(d[1]).indexOf(phrase) >= 0;
        var inContext = normalize(d[2]).indexOf(phrase) >= 0;
        return (inTitle ? 2 : 0) + (inContext ? 1 : 0) + Math.floor(found.score[id] / 100) * 4;
      }
      return page.slice(0, count);
    });
  }

  function normalize(s) {
    var out = '';
    for (var i = 0; i < s.length; i++) { out += fold(s.charAt(i)); }
    return out.replace(/\s+/g, '');
  }

  // ---- Page ----
  var TYPE = { d: '部门', p: '项目', i: '指标' };
  var runs = 0;
  var PAGE_SIZE = 20;
  var DEBOUNCE = 50;

  function highlight(parent, text, tokens) {
    var marks = [];
    var folded = '';
    for (var i = 0; i < text.length; i++) { folded += fold(text.charAt(i)); }
    tokens.forEach(function (t) {
      var at = folded.indexOf(t);
      while (at >= 0) { marks.push([at, at + t.length]); at = folded.indexOf(t, at + 1); }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    marks.forEach(function (m) {
      var last = merged[merged.length - 1];
      if (last && m[0] <= last[1]) { last[1] = Math.max(last[1], m[1]); } else { merged.push(m.slice()); }
    });
    var pos = 0;
    merged.forEach(function (m) {
      if (m[0] > pos) { parent.appendChild(document.createTextNode(text.substring(pos, m[0]))); }
      var mark = document.createElement('mark');
      mark.textContent = text.substring(m[0], m[1]);
      parent.appendChild(mark);
      pos = m[1];
    });
    if (pos < text.length) { parent.appendChild(document.createTextNode(text.substring(pos))); }
  }

  function show(list, ids, tokens) {
    ids.forEach(function (id) {
      var d = doc(id);
      var span = spanOf(id);
      var li = document.createElement('li');
      li.className = 'result result-' + d[0];
      var kind = document.createElement('span');
      kind.className = 'result-kind';
      kind.textContent = TYPE[d[0]] + (d[4] ? ' · ' + d[4] : '');
      var a = document.createElement('a');
      a.href = meta.root + d[3];
      highlight(a, d[1], tokens);
      var context = document.createElement('p');
      context.className = 'result-context';
      highlight(context, d[2], tokens);
      var where = document.createElement('p');
      where.className = 'result-where';
      where.textContent = span[0] + '年 · ' + span[2];
      li.appendChild(kind);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(a);
      li.appendChild(context);
      li.appendChild(where);
      list.appendChild(li);
    });
  }

  function start() {
    var form = document.getElementById('search-form');
    if (!form) { return; }
    var params = new URLSearchParams(window.location.search);
    var q = params.get('q') || '';
    var filters = { year: params.get('year') || '', dept: params.get('dept') || '', level: params.get('level') || '' };
    var input = document.getElementById('q');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var more = document.getElementById('search-more');
    var empty = document.getElementById('search-empty');
    input.value = q;
    document.getElementById('year').value = filters.year;
    document.getElementById('level').value = filters.level;
    var headerInput = document.getElementById('header-q');
    if (headerInput) { headerInput.value = q; }

    // meta.js is loaded by the page itself, beside this script; a page without it loads it here.
    (meta ? Promise.resolve() : load('meta.js')).then(function () {
      var dept = document.getElementById('dept');
      meta.spans.forEach(function (s) {
        var option = document.createElement('option');
        option.value = s[0] + '/' + s[1];
        option.textContent = s[0] + '年 ' + s[2];
        dept.appendChild(option);
      });
      dept.value = filters.dept;
      ['year', 'dept', 'level'].forEach(function (name) {
        document.getElementById(name).addEventListener('change', function () { form.submit(); });
      });
      function run(query) {
        var token = ++runs;
        list.textContent = '';
        more.hidden = true;
        empty.hidden = true;
        if (!query.trim()) {
          status.textContent = '输入关键词搜索部门、项目和绩效指标：如 科技馆、满意度、项目编码或金额。';
          return null;
        }
        status.textContent = '正在搜索……';
        window.gongkaiSearch.trace = { run: performance.now() };
        return search(query, filters).then(function (found) {
          if (token !== runs) { return null; }
          var shown = 0;
          function next() {
            return rankPage(found, query, shown, PAGE_SIZE).then(function (ids) {
              if (token !== runs) { return; }
              show(list, ids, found.tokens);
              if (shown === 0) { mark('shown'); window.gongkaiSearch.firstResultAt = performance.now(); }
              shown += ids.length;
              more.hidden = shown >= found.results.length;
            });
          }
          if (found.results.length === 0) {
            window.gongkaiSearch.firstResultAt = performance.now();
            status.textContent = '没有找到与“' + query + '”相关的内容。';
            empty.hidden = false;
            return null;
          }
          status.textContent = '找到 ' + found.results.length + ' 条结果';
          more.onclick = function () { next(); };
          return next();
        });
      }
      // Results follow the typing, a short pause after the last keystroke (or the end of an
      // input method's composition); the shards of what is typed start loading at once, so
      // they are usually in by then. The address follows too, to share.
      var timer = null;
      function typed(e) {
        if (e.isComposing) { return; }
        window.gongkaiSearch.lastInputAt = performance.now();
        window.gongkaiSearch.firstResultAt = null;
        prefetch(input.value, filters);
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
          window.gongkaiSearch.typedAt = performance.now();
          var params2 = new URLSearchParams(window.location.search);
          params2.set('q', input.value);
          window.history.replaceState(null, '', '?' + params2.toString());
          run(input.value);
        }, DEBOUNCE);
      }
      input.addEventListener('input', typed);
      input.addEventListener('compositionend', typed);
      if (!q.trim()) { input.focus(); }
      return run(q);
    }).catch(function () {
      status.textContent = '搜索索引无法加载。请按年度和部门浏览。';
      empty.hidden = false;
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
