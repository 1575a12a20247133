/**
 * The search page's script, written to `assets/search.js` (templates/pages/search.ts). It shows
 * the page's form, loads Pagefind's JS API (`pagefind/pagefind.js`, which fetches its
 * WebAssembly and the index of the page's language, `<html lang>`, from the same folder) from
 * the site's own origin, and lists the results as links with their excerpts; their number goes
 * to the page's live region. Nothing is sent anywhere: the index is static files of the site.
 *
 * Text only through textContent. Pagefind's excerpt is the page's text with `<` and `>` escaped
 * and the words found wrapped in `<mark>`: it is cut at those marks and rebuilt as text nodes
 * and `mark` elements, never parsed as HTML. Every sentence comes from the page (data-messages).
 * A browser without dynamic import() cannot parse this file and keeps the page as it is
 * without JavaScript (the form hidden, the news and sitemap offered).
 */
export const SEARCH_SCRIPT = String.raw`(function () {
  'use strict';
  var root = document.getElementById('site-search');
  if (!root || !window.Promise || !window.URL || !window.fetch) return;
  var form = root.querySelector('form');
  var input = document.getElementById('search-query');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var noScript = document.getElementById('search-no-script');
  if (!form || !input || !status || !list || !more) return;
  var messages = JSON.parse(root.getAttribute('data-messages') || '{}');
  var lang = document.documentElement.lang || 'en';
  // Absolute, so that Pagefind finds its files beside its script wherever the site is served.
  var bundle = new URL(root.getAttribute('data-pagefind') || '../../pagefind/', document.baseURI).href;
  var siteRoot = new URL('../', bundle).href;
  var PAGE = 10;
  var DELAY_MS = 250;
  var numbers = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(lang) : null;

  function fill(template, values) { return String(template || '').replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all; }); }
  function element(tag, text) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    return node;
  }
  function count(n) { return numbers ? numbers.format(n) : String(n); }

  function excerpt(text) {
    var paragraph = element('p');
    var marked = false;
    String(text).split(/(<mark>|<\/mark>)/).forEach(function (part) {
      if (part === '<mark>') { marked = true; return; }
      if (part === '</mark>') { marked = false; return; }
      if (!part) return;
      var plain = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      paragraph.appendChild(marked ? element('mark', plain) : document.createTextNode(plain));
    });
    return paragraph;
  }

  /** A result's page: Pagefind gives its path from the server's root (baseUrl below); kept inside the site. */
  function item(page) {
    var address = new URL(String(page.url || ''), siteRoot).href;
    if (address.indexOf(siteRoot) !== 0) return null;
    var entry = element('li');
    var heading = element('h2');
    var link = element('a', (page.meta && page.meta.title) || address);
    link.href = address;
    heading.appendChild(link);
    entry.appendChild(heading);
    if (page.excerpt) entry.appendChild(excerpt(page.excerpt));
    return entry;
  }

  var api = null;
  function load() {
    return (api = api || import(bundle + 'pagefind.js').then(function (pagefind) {
      // Results' paths start at the site's folder wherever it is served (a domain's root, /sites/<mission>/).
      return Promise.resolve(pagefind.options({ baseUrl: new URL(siteRoot).pathname, excerptLength: 30 })).then(function () { return pagefind; });
    }));
  }

  var ticket = 0;
  var results = [];
  var shown = 0;

  function clear() {
    results = [];
    shown = 0;
    list.textContent = '';
    list.hidden = true;
    more.hidden = true;
  }
  function failed() {
    clear();
    status.textContent = messages.failed || '';
  }

  function search(text) {
    var mine = ++ticket;
    var query = String(text).trim();
    if (!query) {
      clear();
      status.textContent = '';
      return Promise.resolve();
    }
    status.textContent = messages.searching || '';
    return load().then(function (pagefind) { return pagefind.search(query); }).then(function (found) {
      if (mine !== ticket) return;
      clear();
      results = (found && found.results) || [];
      if (!results.length) {
        status.textContent = fill(messages.none, { query: query });
        return;
      }
      return showMore(mine).then(function () {
        // Said once the first results are on the page.
        if (mine === ticket) status.textContent = fill(messages.results, { query: query, count: count(results.length) });
      });
    }).catch(function () { if (mine === ticket) failed(); });
  }

  /** The next results, as links; resolves to the first link added. */
  function showMore(mine) {
    var batch = results.slice(shown, shown + PAGE);
    shown += batch.length;
    return Promise.all(batch.map(function (result) { return result.data(); })).then(function (pages) {
      if (mine !== ticket) return null;
      var first = null;
      pages.forEach(function (page) {
        var entry = item(page);
        if (!entry) return;
        list.appendChild(entry);
        first = first || entry.querySelector('a');
      });
      list.hidden = list.children.length === 0;
      more.hidden = shown >= results.length;
      return first;
    });
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, DELAY_MS);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search(input.value);
    // The words in the address, so the results can be linked to and come back with Back.
    try { history.replaceState(null, '', '?q=' + encodeURIComponent(input.value.trim())); } catch (e) { /* a sandboxed page may not */ }
  });
  more.addEventListener('click', function () {
    showMore(ticket).then(function (first) { if (first) first.focus(); }, failed);
  });

  form.hidden = false;
  if (noScript) noScript.hidden = true;
  var asked = null;
  try { asked = new URLSearchParams(location.search).get('q'); } catch (e) { asked = null; }
  if (asked) {
    input.value = asked;
    search(asked);
  } else {
    // Ready before the first word is typed; a failure is said at once.
    load().catch(failed);
  }
})();
`
