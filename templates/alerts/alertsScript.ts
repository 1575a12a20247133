/**
 * The sites' alerts script, written to `assets/alerts.js` and loaded (deferred) by every page.
 * It reads the site's own `alerts.json` (same origin, no third party) and shows, at the top of
 * the page, the alerts in force by the reader's clock: a new alert reaches every page without
 * the pages being rewritten, and an expired one goes even from a page cached before it expired.
 * Without it the home and contact pages still carry the alerts in their HTML. Text only through
 * textContent; every word comes from the file, in the page's language.
 */
export const ALERTS_SCRIPT = `(function () {
  'use strict';
  var region = document.querySelector('[data-alerts]');
  if (!region || !window.fetch || !window.JSON) return;
  var lang = document.documentElement.lang;
  var DAY = 86400000;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function show(alerts) {
    var now = Date.now();
    var shown = alerts.filter(function (a) {
      return a.text && a.text[lang] && Date.parse(a.startsAt) <= now && now < Date.parse(a.expiresAt);
    });
    var ids = shown.map(function (a) { return 'alert-' + a.id; }).join(' ');
    var present = Array.prototype.map.call(region.querySelectorAll('.alert'), function (n) { return n.id; }).join(' ');
    // Left as written when nothing changed: a critical alert is not announced twice.
    if (ids !== present) {
      while (region.firstChild) region.removeChild(region.firstChild);
      shown.forEach(function (a) {
        var words = a.text[lang];
        var item = element('div', 'alert alert--' + a.severity);
        item.id = 'alert-' + a.id;
        if (a.severity === 'critical') item.setAttribute('role', 'alert');
        var title = element('p', 'alert__title');
        title.appendChild(element('strong', 'alert__severity', words.label + ':'));
        title.appendChild(document.createTextNode(' ' + words.title));
        item.appendChild(title);
        item.appendChild(element('p', 'alert__text', words.text));
        item.appendChild(element('p', 'alert__until', words.until));
        region.appendChild(item);
      });
      region.hidden = shown.length === 0;
    }
    // The next start or expiry within a day, so an open page follows the alerts' windows.
    var next = alerts.reduce(function (soonest, a) {
      [Date.parse(a.startsAt), Date.parse(a.expiresAt)].forEach(function (t) { if (t > now && t < soonest) soonest = t; });
      return soonest;
    }, now + DAY);
    if (next < now + DAY) window.setTimeout(function () { show(alerts); }, next - now + 50);
  }

  // no-cache: revalidated on every page (a 304 when unchanged), so a new alert is never served from a stale copy.
  fetch(region.getAttribute('data-alerts'), { cache: 'no-cache', credentials: 'same-origin' })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (file) { if (file && Array.isArray(file.alerts)) show(file.alerts); }, function () {});
})();
`
