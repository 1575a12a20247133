/**
 * The nearest-office page's optional script, written to `assets/nearest-office.js`. It adds a
 * city box and, where the browser has geolocation, a "use my location" button; it reads the
 * network's offices and the gazetteer from the site's own origin (no service is called), ranks
 * the offices by great-circle distance (the formula of src/geo/greatCircle.ts) and lists the
 * nearest five above the list by country, as copies of that list's items with the distance.
 * Text only through textContent; every sentence comes from the page (data-messages).
 */
export const NEAREST_OFFICE_SCRIPT = `(function () {
  'use strict';
  var root = document.getElementById('nearest-office');
  if (!root || !window.fetch || !window.JSON || !String.prototype.normalize) return;
  var messages = JSON.parse(root.getAttribute('data-messages') || '{}');
  var lang = document.documentElement.lang || 'en';
  var SHOWN = 5;
  var RADIUS_KM = 6371.0088;
  var RADIANS = Math.PI / 180;

  function fold(text) { return String(text).normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase().trim(); }
  function fill(template, values) { return template.replace(/\\{(\\w+)\\}/g, function (all, key) { return key in values ? values[key] : all; }); }
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }
  function distanceKm(lat1, lon1, lat2, lon2) {
    var dLat = (lat2 - lat1) * RADIANS, dLon = (lon2 - lon1) * RADIANS;
    var h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
  function regionNames(locale) {
    try { return new Intl.DisplayNames([locale], { type: 'region' }); } catch (e) { return null; }
  }
  var regions = [regionNames(lang), regionNames('en')];
  function countryMatches(code, typed) {
    if (!typed) return true;
    if (fold(code) === typed) return true;
    return regions.some(function (names) { return names && fold(names.of(code) || '') === typed; });
  }
  function countryName(code) { return (regions[0] && regions[0].of(code)) || code; }

  var loaded = null;
  function load(url) { return fetch(url, { credentials: 'same-origin' }).then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); }); }
  function offices() {
    return (loaded = loaded || load(root.getAttribute('data-offices')).then(function (file) {
      return file.offices.filter(function (o) { return typeof o.latitude === 'number' && typeof o.longitude === 'number'; });
    }));
  }
  var cities = null;
  function gazetteer() {
    return (cities = cities || load(root.getAttribute('data-cities')).then(function (file) {
      return file.cities.map(function (c) { return { name: c[0], key: fold(c[0]), country: c[1], latitude: c[2], longitude: c[3] }; });
    }));
  }
  /** The first city (the list is most populous first) named so, else whose name starts so; "name, country" narrows. */
  function findCity(list, query) {
    var parts = query.split(',');
    var name = fold(parts[0]);
    var country = fold(parts.slice(1).join(','));
    if (!name) return null;
    var i, c;
    for (i = 0; i < list.length; i++) { c = list[i]; if (c.key === name && countryMatches(c.country, country)) return c; }
    for (i = 0; i < list.length; i++) {
      c = list[i];
      if ((c.key.indexOf(name + ' ') === 0 || c.key.indexOf(name + ',') === 0) && countryMatches(c.country, country)) return c;
    }
    return null;
  }

  var heading = element('h2', '', messages.heading);
  heading.id = 'nearest-office-heading';
  var form = element('form', 'nearest-office__form');
  form.setAttribute('role', 'search');
  form.setAttribute('aria-labelledby', heading.id);
  var field = element('div', 'field');
  var label = element('label', '', messages.cityLabel);
  var input = element('input');
  var hint = element('p', 'field-hint', messages.cityHint);
  label.htmlFor = input.id = 'nearest-office-city';
  hint.id = 'nearest-office-city-hint';
  input.type = 'search';
  input.autocomplete = 'address-level2';
  input.setAttribute('aria-describedby', hint.id);
  var submit = element('button', 'button', messages.submit);
  submit.type = 'submit';
  field.appendChild(label);
  field.appendChild(hint);
  field.appendChild(input);
  form.appendChild(field);
  form.appendChild(submit);
  var locate = null;
  if (navigator.geolocation) {
    locate = element('button', 'button', messages.useLocation);
    locate.type = 'button';
    form.appendChild(document.createTextNode(' '));
    form.appendChild(locate);
  }
  var status = element('p', 'nearest-office__status');
  status.setAttribute('role', 'status');
  var results = element('ol', 'office-list nearest-office__results');
  results.hidden = true;
  root.appendChild(heading);
  root.appendChild(form);
  root.appendChild(status);
  root.appendChild(results);

  var kilometres = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }) : { format: String };
  function show(latitude, longitude, title) {
    return offices().then(function (list) {
      var ranked = list.map(function (o) { return { office: o, km: distanceKm(latitude, longitude, o.latitude, o.longitude) }; })
        .sort(function (a, b) { return a.km - b.km; });
      results.textContent = '';
      ranked.forEach(function (r) {
        if (results.children.length >= SHOWN) return;
        var item = document.querySelector('[data-office="' + String(r.office.id).replace(/["\\\\]/g, '') + '"]');
        if (!item) return;
        var copy = item.cloneNode(true);
        copy.removeAttribute('data-office');
        copy.setAttribute('data-nearest', r.office.id);
        copy.appendChild(element('p', 'distance', fill(messages.distance, { km: kilometres.format(Math.round(r.km)) })));
        results.appendChild(copy);
      });
      results.hidden = results.children.length === 0;
      status.textContent = title;
    }, function () { status.textContent = messages.loadFailed; });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var query = input.value.trim();
    if (!query) return;
    gazetteer().then(function (list) {
      var city = findCity(list, query);
      if (!city) {
        results.hidden = true;
        status.textContent = fill(messages.notFound, { query: query });
        return;
      }
      return show(city.latitude, city.longitude, fill(messages.nearestToPlace, { place: city.name + ' (' + countryName(city.country) + ')' }));
    }, function () { status.textContent = messages.loadFailed; });
  });
  if (locate) locate.addEventListener('click', function () {
    status.textContent = messages.locating;
    navigator.geolocation.getCurrentPosition(function (position) {
      show(position.coords.latitude, position.coords.longitude, messages.nearestToYou);
    }, function () { status.textContent = messages.locationFailed; }, { timeout: 15000, maximumAge: 600000 });
  });
})();
`
