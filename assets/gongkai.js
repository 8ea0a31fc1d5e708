/* Gongkai: the 适老化 (large text, high contrast) switch. No inline handlers, no network:
   the page works without this file, and a strict Content-Security-Policy allows it. */
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
}());
