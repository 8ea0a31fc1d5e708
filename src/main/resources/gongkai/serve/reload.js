/* gongkai serve only (never in a built site): reloads the page when the site is rebuilt. A file
   of the site's own origin and an EventSource to the same origin, so the strict CSP allows both. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !window.EventSource) {
    return;
  }
  var events = new EventSource(script.src.replace(/reload\.js(\?.*)?$/, 'events'));
  events.addEventListener('reload', function () {
    events.close();
    window.location.reload();
  });
}());
