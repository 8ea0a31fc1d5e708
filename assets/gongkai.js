/* Gongkai: the 适老化 (large text, high contrast) switch, sortable tables, folds opened by links and
   for print, and the rule filter of the 数据质量 page. No inline handlers, no eval, no network: the
   page works without this file, and a strict Content-Security-Policy allows it. */
(function () {
  'use strict';
  var KEY = 'gongkai-elder';
  var root = document.documentElement;

  function stored() {
    try { return window.localStorage.getItem(KEY) === 'on'; } catch (e) { return false; }
  }

  function store(on) {
    try { window.localStorage.setItem(KEY, on ? 'on' : 'off'); } catch (e) { /* private mode: this page only */ }
  }

  function apply(on) {
    root.classList.toggle('elder', on);
    var button = document.getElementById('elder-toggle');
    if (button) {
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      var state = button.querySelector('.elder-state');
      if (state) {
        state.textContent = on ? '：开' : '：关';
      }
    }
  }

  // Runs in <head>, before the page paints, so a chosen mode never flashes.
  apply(stored());

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('elder-toggle');
    if (!button) {
      return;
    }
    button.hidden = false;
    apply(stored());
    button.addEventListener('click', function () {
      var on = !root.classList.contains('elder');
      store(on);
      apply(on);
    });
  });

  // ---- Folds: a link to something inside a closed <details> opens it; printing opens them all.

  function reveal() {
    var id = window.location.hash.slice(1);
    var target = id ? document.getElementById(decodeURIComponent(id)) : null;
    if (!target) {
      return;
    }
    var fold = target.closest('details');
    var opened = false;
    while (fold) {
      if (!fold.open) {
        fold.open = true;
        opened = true;
      }
      fold = fold.parentElement ? fold.parentElement.closest('details') : null;
    }
    if (opened) {
      target.scrollIntoView();
    }
  }

  var closedForPrint = [];
  window.addEventListener('beforeprint', function () {
    closedForPrint = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    closedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    closedForPrint.forEach(function (d) { d.open = false; });
    closedForPrint = [];
  });

  // ---- Announcements for screen readers (one polite live region per page).

  var liveRegion = null;
  function announce(text) {
    if (!liveRegion) {
      return;
    }
    liveRegion.textContent = '';
    window.setTimeout(function () { liveRegion.textContent = text; }, 50);
  }

  // ---- Sorting. Amounts are compared as exact decimal strings (never floats), blanks last in
  // either direction. Rows with a data-unit (万元, 元) are sorted within their unit (the table's own
  // unit first, then the unit with the most rows), so amounts in different units are never ranked
  // against each other.

  function cellText(cell) {
    var text = '';
    Array.prototype.forEach.call(cell.childNodes, function (node) {
      if (!(node.nodeType === 1 && node.classList.contains('cell-label'))) {
        text += node.textContent;
      }
    });
    return text.trim();
  }

  function cellAt(row, column) {
    var at = 0;
    for (var i = 0; i < row.cells.length; i++) {
      at += row.cells[i].colSpan || 1;
      if (column < at) {
        return row.cells[i];
      }
    }
    return null;
  }

  /** "−12.50", "+3.00", "25.0%" → {negative, whole, fraction}; null for a blank or a word. */
  function decimal(text) {
    var m = /^([+\-\u2212]?)(\d+)(?:\.(\d+))?/.exec(text.replace(/[,\s]/g, ''));
    if (!m) {
      return null;
    }
    var whole = m[2].replace(/^0+(?=\d)/, '');
    var fraction = (m[3] || '').replace(/0+$/, '');
    var zero = whole === '0' && fraction === '';
    return { negative: m[1] !== '' && m[1] !== '+' && !zero, whole: whole, fraction: fraction };
  }

  function compareDecimals(a, b) {
    if (a.negative !== b.negative) {
      return a.negative ? -1 : 1;
    }
    var c;
    if (a.whole.length !== b.whole.length) {
      c = a.whole.length < b.whole.length ? -1 : 1;
    } else if (a.whole !== b.whole) {
      c = a.whole < b.whole ? -1 : 1;
    } else {
      var n = Math.max(a.fraction.length, b.fraction.length);
      var fa = a.fraction + new Array(n - a.fraction.length + 1).join('0');
      var fb = b.fraction + new Array(n - b.fraction.length + 1).join('0');
      c = fa === fb ? 0 : (fa < fb ? -1 : 1);
    }
    return a.negative ? -c : c;
  }

  var collator = window.Intl ? new Intl.Collator('zh-CN', { numeric: true }) : null;

  function sortRows(table, column, kind, descending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var counts = {};
    var keyed = rows.map(function (row) {
      var cell = cellAt(row, column);
      var text = cell ? cellText(cell) : '';
      var unit = kind === 'amount' ? (row.getAttribute('data-unit') || '') : '';
      counts[unit] = (counts[unit] || 0) + 1;
      return { row: row, index: row.gongkaiIndex, unit: unit,
        value: kind === 'text' ? (text === '' ? null : text) : decimal(text) };
    });
    var units = Object.keys(counts);
    var first = {};
    keyed.forEach(function (k) { if (!(k.unit in first)) { first[k.unit] = k.index; } });
    // The table's own unit (rows without data-unit) first, then the unit with the most rows.
    units.sort(function (a, b) {
      return (a === '' ? 0 : 1) - (b === '' ? 0 : 1) || counts[b] - counts[a] || first[a] - first[b];
    });
    keyed.sort(function (a, b) {
      if (a.unit !== b.unit) {
        return units.indexOf(a.unit) - units.indexOf(b.unit);
      }
      if (a.value === null || b.value === null) {
        return a.value === b.value ? a.index - b.index : (a.value === null ? 1 : -1);
      }
      var c = kind === 'text' ? (collator ? collator.compare(a.value, b.value) : (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
        : compareDecimals(a.value, b.value);
      return (descending ? -c : c) || a.index - b.index;
    });
    var fragment = document.createDocumentFragment();
    keyed.forEach(function (k) { fragment.appendChild(k.row); });
    body.appendChild(fragment);
    return units.length;
  }

  function columnOf(th) {
    var at = 0;
    var cells = th.parentElement.cells;
    for (var i = 0; i < cells.length && cells[i] !== th; i++) {
      at += cells[i].colSpan || 1;
    }
    return at;
  }

  function makeSortable(table) {
    if (!table.tBodies.length || !table.tHead) {
      return;
    }
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row, i) { row.gongkaiIndex = i; });
    var headers = table.tHead.querySelectorAll('th[data-sort]');
    Array.prototype.forEach.call(headers, function (th) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener('click', function () {
        var kind = th.getAttribute('data-sort');
        var current = th.getAttribute('aria-sort');
        var descending = current ? current === 'ascending' : kind !== 'text';
        var groups = sortRows(table, columnOf(th), kind, descending);
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var name = button.textContent.trim();
        announce('已按“' + name + '”' + (kind === 'text' ? (descending ? '逆序' : '顺序')
          : (descending ? '从大到小' : '从小到大')) + '排列' + (groups > 1 ? '，金额单位不同的分开排列' : '') + '。');
      });
    });
    table.classList.add('sorting');
  }

  // ---- 数据质量: show one rule's findings at a time.

  function ruleFilter() {
    var sections = document.querySelectorAll('section.quality-rule');
    var summary = document.getElementById('q-summary');
    if (sections.length < 2 || !summary) {
      return;
    }
    var box = document.createElement('p');
    box.className = 'quality-filter';
    var label = document.createElement('label');
    label.htmlFor = 'rule-filter';
    label.textContent = '只看规则：';
    var select = document.createElement('select');
    select.id = 'rule-filter';
    var all = document.createElement('option');
    all.value = '';
    all.textContent = '全部规则';
    select.appendChild(all);
    Array.prototype.forEach.call(sections, function (s) {
      var option = document.createElement('option');
      option.value = s.id;
      option.textContent = s.querySelector('h2').textContent;
      select.appendChild(option);
    });
    box.appendChild(label);
    box.appendChild(select);
    summary.appendChild(box);
    function show(id) {
      var shown = 0;
      Array.prototype.forEach.call(sections, function (s) {
        s.hidden = id !== '' && s.id !== id;
        if (!s.hidden) {
          shown += s.querySelectorAll('tbody tr').length;
        }
      });
      select.value = id;
      announce(id === '' ? '显示全部规则的结果。' : '只显示规则 ' + id.replace(/^rule-/, '') + ' 的 ' + shown + ' 条结果。');
    }
    select.addEventListener('change', function () { show(select.value); });
    window.addEventListener('hashchange', function () {
      var id = window.location.hash.slice(1);
      if (document.getElementById(id) && document.getElementById(id).classList.contains('quality-rule')) {
        show(id);
      }
    });
    var start = window.location.hash.slice(1);
    if (start && document.getElementById(start) && document.getElementById(start).classList.contains('quality-rule')) {
      show(start);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    liveRegion = document.createElement('p');
    liveRegion.className = 'visually-hidden';
    liveRegion.setAttribute('role', 'status');
    liveRegion.setAttribute('aria-live', 'polite');
    document.body.appendChild(liveRegion);
    Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), makeSortable);
    ruleFilter();
    reveal();
    window.addEventListener('hashchange', reveal);
  });
}());
