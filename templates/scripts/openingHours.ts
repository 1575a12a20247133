/**
 * The home page's "today's hours" script, written to `assets/opening-hours.js`. The panel
 * (templates/components/todayPanel.ts) carries the whole week and, hidden, what to say on each
 * weekday and each closure; this works out the calendar day in the mission's own time zone
 * (data-time-zone) as localDay() in todaysHours.ts does, and shows that day's block. Without it
 * the week stays, which is true every day. Checked again every minute, so a page left open
 * past midnight turns the day. No network, no HTML: attributes and textContent only.
 */
export const OPENING_HOURS_SCRIPT = `(function () {
  'use strict';
  var panels = document.querySelectorAll('[data-opening-today]');
  if (!panels.length || !window.Intl || !Intl.DateTimeFormat || !Intl.DateTimeFormat.prototype.formatToParts) return;
  var lang = document.documentElement.lang || 'en';

  function localDay(now, timeZone) {
    var parts = {};
    new Intl.DateTimeFormat('en-US', { timeZone: timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hourCycle: 'h23' })
      .formatToParts(now).forEach(function (part) { parts[part.type] = part.value; });
    return { date: parts.year + '-' + parts.month + '-' + parts.day, weekday: parts.weekday.toLowerCase().slice(0, 3) };
  }

  function update() {
    Array.prototype.forEach.call(panels, function (panel) {
      var day;
      try { day = localDay(new Date(), panel.getAttribute('data-time-zone')); } catch (e) { return; }
      var chosen = panel.querySelector('[data-closure="' + day.date + '"]') || panel.querySelector('[data-day="' + day.weekday + '"]');
      if (!chosen) return;
      Array.prototype.forEach.call(panel.querySelectorAll('[data-day], [data-closure]'), function (block) { block.hidden = block !== chosen; });
      panel.querySelector('[data-week]').hidden = true;
      panel.querySelector('h2').textContent = panel.getAttribute('data-heading-today');
      var shown = panel.querySelector('[data-today-date]');
      var time = shown.querySelector('time');
      time.setAttribute('datetime', day.date);
      time.textContent = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(day.date + 'T00:00:00Z'));
      shown.hidden = false;
      panel.setAttribute('data-shown-date', day.date);
    });
  }

  update();
  setInterval(update, 60000);
})();
`
