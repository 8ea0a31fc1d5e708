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
  var chunks = {};
  var waiting = {};

  function load(path) {
    if (waiting[path]) { return waiting[path]; }
    waiting[path] = new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = path;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error(path)); };
      document.head.appendChild(s);
    });
    return waiting[path];
  }

  window.gongkaiSearch = {
    meta: function (m) { meta = m; },
    shard: function (n, postings) { shards[n] = postings; },
    docs: function (k, list) { chunks[k] = list; },
    tokenize: tokenize
  };

  function decode(list) {
    var ids = [];
    if (!list) { return ids; }
    var parts = list.split(',');
    var last = 0;
    for (var i = 0; i < parts.length; i++) {
      last = i === 0 ? parseInt(parts[i], 36) : last + parseInt(parts[i], 36);
      ids.push(last);
    }
    return ids;
  }

  function postings(token) {
    var n = shardOf(token, meta.shards);
    return load('t/' + n + '.js').then(function () {
      var p = shards[n][token];
      return p ? { all: decode(p[0]), titles: decode(p[1]) } : { all: [], titles: [] };
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
    var chunk = chunks[Math.floor(id / meta.chunk)];
    return chunk[id % meta.chunk];
  }

  function docsFor(ids) {
    var needed = {};
    ids.forEach(function (id) { needed[Math.floor(id / meta.chunk)] = true; });
    return Promise.all(Object.keys(needed).map(function (k) { return load('d/' + k + '.js'); }));
  }

  function mark(name) {
    var t = window.gongkaiSearch.trace;
    if (t && !t[name]) { t[name] = performance.now(); }
  }

  // ---- Search and ranking: title hits first, then exact phrase, then token overlap ----
  function search(q, filters) {
    var tokens = tokenize(q, false);
    if (tokens.length === 0) { return Promise.resolve({ tokens: [], results: [] }); }
    var wanted = tokens.slice();
    if (filters.level === 'd' || filters.level === 'p') { wanted.push('#type:' + filters.level); }
    else if (filters.level) { wanted.push('#level:' + filters.level); }
    return Promise.all(wanted.map(postings)).then(function (lists) {
      mark('postings');
      var filterList = wanted.length > tokens.length ? lists.pop() : null;
      var allowed = null;
      if (filterList) { allowed = {}; filterList.all.forEach(function (id) { allowed[id] = true; }); }
      var score = {};
      lists.forEach(function (p) {
        p.all.forEach(function (id) { score[id] = (score[id] || 0) + 1; });
        p.titles.forEach(function (id) { score[id] += 100; });
      });
      var ids = Object.keys(score).map(Number).filter(function (id) {
        if (allowed && !allowed[id]) { return false; }
        var span = spanOf(id);
        if (filters.year && String(span[0]) !== filters.year) { return false; }
        if (filters.dept && span[0] + '/' + span[1] !== filters.dept) { return false; }
        return true;
      });
      // All tokens when any document has them all; otherwise the best partial matches.
      var full = ids.filter(function (id) { return score[id] % 100 >= tokens.length; });
      if (full.length > 0) { ids = full; }
      ids.sort(function (a, b) { return score[b] - score[a] || a - b; });
      mark('ranked');
      return { tokens: tokens, results: ids, score: score };
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
      a.href = '../' + d[3];
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

    load('meta.js').then(function () {
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
      // Results follow the typing (after a short pause); the address follows too, to share.
      var timer = null;
      input.addEventListener('input', function () {
        window.gongkaiSearch.lastInputAt = performance.now();
        window.gongkaiSearch.firstResultAt = null;
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
          window.gongkaiSearch.typedAt = performance.now();
          var params2 = new URLSearchParams(window.location.search);
          params2.set('q', input.value);
          window.history.replaceState(null, '', '?' + params2.toString());
          run(input.value);
        }, 100);
      });
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
