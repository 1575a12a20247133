/**
 * The forms' optional script, written to `assets/citizen-forms.js`. Without it every form posts
 * and the CMS answers with a page; with it the same endpoint answers JSON and the result shows
 * in place. Same origin as the page, no dependencies; text only through textContent, and
 * every sentence comes from the page (data-messages), in its language.
 */
export const CITIZEN_FORMS_SCRIPT = `(function () {
  'use strict';
  if (!window.fetch || !window.URLSearchParams || !window.FormData) return;

  function randomKey() {
    var bytes = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('[data-script-error]'), function (node) { node.parentNode.removeChild(node); });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (node) { node.removeAttribute('aria-invalid'); });
    var summary = form.parentNode.querySelector('[data-error-summary]');
    if (summary) summary.parentNode.removeChild(summary);
  }

  function fieldOf(form, name) {
    var fields = form.querySelectorAll('[name="' + name + '"]');
    return fields.length ? fields[0] : null;
  }

  function showErrors(form, messages, errors) {
    clearErrors(form);
    var summary = element('div', 'error-summary');
    summary.setAttribute('role', 'alert');
    summary.setAttribute('tabindex', '-1');
    summary.setAttribute('data-error-summary', '');
    summary.appendChild(element('h3', 'error-summary__title', messages.summary));
    var list = element('ul');
    Object.keys(errors).forEach(function (name) {
      var code = errors[name];
      var text = (messages.fields[name] && messages.fields[name][code]) || messages.general[code] || messages.network;
      var field = fieldOf(form, name);
      var item = element('li');
      var anchor = element('a', '', text);
      anchor.href = '#' + (field && field.id ? field.id : form.id);
      item.appendChild(anchor);
      list.appendChild(item);
      if (field && field.type !== 'hidden') {
        field.setAttribute('aria-invalid', 'true');
        var message = element('p', 'field-error', text);
        message.setAttribute('data-script-error', '');
        var container = field.closest('fieldset') || field.closest('.field');
        if (container) container.insertBefore(message, container.querySelector('input, select, textarea, .radios'));
      }
    });
    summary.appendChild(list);
    form.parentNode.insertBefore(summary, form);
    summary.focus();
  }

  function showDone(form, messages, reference) {
    var result = form.parentNode.querySelector('[data-citizen-result]');
    result.textContent = '';
    var panel = element('div', 'panel panel--confirmation');
    panel.appendChild(element('h3', '', messages.done.title));
    panel.appendChild(element('p', 'lead', messages.done.lead));
    if (reference) {
      var line = element('p', '', messages.done.reference + ': ');
      var strong = element('strong', 'reference', reference);
      strong.setAttribute('dir', 'ltr');
      line.appendChild(strong);
      panel.appendChild(line);
    }
    panel.appendChild(element('p', '', messages.done.more));
    result.appendChild(panel);
    result.hidden = false;
    form.hidden = true;
    result.focus();
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-citizen-form]'), function (form) {
    var messages = JSON.parse(form.getAttribute('data-messages') || '{}');
    var started = fieldOf(form, 'started');
    if (started) started.value = String(Date.now());
    var key = fieldOf(form, 'key');
    if (key && !key.value) key.value = randomKey();
    var sending = false;

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (sending) return;
      sending = true;
      var button = form.querySelector('button[type="submit"]');
      var label = button ? button.textContent : '';
      if (button) { button.disabled = true; button.textContent = messages.sending; }
      var done = function () { sending = false; if (button) { button.disabled = false; button.textContent = label; } };
      fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { Accept: 'application/json' },
        credentials: 'omit',
        mode: 'cors'
      }).then(function (response) {
        return response.json().then(function (body) { return { status: response.status, body: body, retryAfter: response.headers.get('Retry-After') }; });
      }).then(function (answer) {
        done();
        if (answer.body && answer.body.ok) return showDone(form, messages, answer.body.reference);
        if (answer.body && answer.body.errors) return showErrors(form, messages, answer.body.errors);
        if (answer.status === 429) {
          var minutes = String(Math.ceil(Number(answer.retryAfter || 3600) / 60));
          return showErrors(form, { summary: messages.summary, fields: {}, general: { limit: messages.rateLimited.split(messages.minutesPlaceholder).join(minutes) }, network: messages.network }, { form: 'limit' });
        }
        showErrors(form, messages, { form: 'network' });
      }, function () {
        done();
        showErrors(form, messages, { form: 'network' });
      });
    });
  });
})();
`
