/**
 * The atlas's optional script: a search box over the listed missions (name, city, country,
 * handles). The page is complete without it (platform filters are plain links); the script
 * reads its labels from data attributes, writes text only through textContent, and needs no
 * network, so it runs in the sandbox the pages are served in (src/server/siteResponse.ts).
 */
export const ATLAS_SCRIPT = `(function () {
  'use strict';
  var root = document.getElementById('atlas');
  if (!root || !('hidden' in root) || !String.prototype.normalize) return;
  var fold = function (text) { return text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); };
  var field = document.createElement('p');
  var label = document.createElement('label');
  var input = document.createElement('input');
  var status = document.createElement('p');
  label.htmlFor = 'atlas-search';
  label.textContent = root.getAttribute('data-search-label') || '';
  input.type = 'search';
  input.id = 'atlas-search';
  input.autocomplete = 'off';
  status.className = 'meta';
  status.setAttribute('role', 'status');
  field.appendChild(label);
  field.appendChild(document.createTextNode(' '));
  field.appendChild(input);
  root.parentNode.insertBefore(field, root);
  root.parentNode.insertBefore(status, root);
  var countries = Array.prototype.slice.call(root.querySelectorAll('[data-atlas-country]')).map(function (country) {
    return {
      element: country,
      name: fold(country.getAttribute('data-atlas-country') || ''),
      missions: Array.prototype.slice.call(country.querySelectorAll('[data-atlas-mission]')).map(function (mission) {
        return { element: mission, text: fold(mission.textContent || '') };
      })
    };
  });
  input.addEventListener('input', function () {
    var query = fold(input.value.trim());
    var shown = 0;
    countries.forEach(function (country) {
      var any = false;
      country.missions.forEach(function (mission) {
        var match = query === '' || country.name.indexOf(query) >= 0 || mission.text.indexOf(query) >= 0;
        mission.element.hidden = !match;
        if (match) { any = true; shown += 1; }
      });
      country.element.hidden = !any;
    });
    status.textContent = query === '' ? '' : (root.getAttribute('data-shown') || '{count}').replace('{count}', String(shown));
  });
})();
`
