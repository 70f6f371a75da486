// showwork: marks a sheet as the student types. The page works without this script (the form is
// posted and the marked sheet comes back); with it, the same form is sent in the background after
// each change and the marks come back as JSON. Everything shown is set as text, never as markup.
(function () {
  'use strict';
  var form = document.getElementById('sheet');
  if (!form || !window.fetch) { return; }
  var practice = form.getAttribute('data-practice') === 'true';
  var statusLine = document.getElementById('status');
  var saved = document.getElementById('saved');
  var storeKey = 'showwork:' + location.pathname;
  var timer = null;
  var sent = 0;
  var shown = 0;
  var lastBody = null;

  function cells() { return form.querySelectorAll('.cell input'); }

  function cellOf(id) {
    var all = form.querySelectorAll('.cell');
    for (var k = 0; k < all.length; k++) {
      if (all[k].getAttribute('data-id') === id) { return all[k]; }
    }
    return null;
  }

  function remember() {
    if (!practice || !window.localStorage) { return; }
    var answers = {};
    cells().forEach(function (input) { if (!input.readOnly) { answers[input.name] = input.value; } });
    try { localStorage.setItem(storeKey, JSON.stringify(answers)); } catch (e) { /* private mode: nothing kept */ }
  }

  function restore() {
    if (!practice || !window.localStorage) { return false; }
    var answers;
    try { answers = JSON.parse(localStorage.getItem(storeKey) || '{}'); } catch (e) { return false; }
    var any = false;
    cells().forEach(function (input) {
      if (!input.value && typeof answers[input.name] === 'string' && answers[input.name]) {
        input.value = answers[input.name];
        any = true;
      }
    });
    return any;
  }

  function apply(marks) {
    statusLine.textContent = marks.status;
    marks.cells.forEach(function (c) {
      var cell = cellOf(c.id);
      if (!cell) { return; }
      cell.className = 'cell' + (c.word ? ' v-' + c.word : '');
      cell.querySelector('.verdict').textContent = c.word;
      cell.querySelector('.why').textContent = c.why;
      if (c.revealed) {
        var input = cell.querySelector('input');
        input.value = c.value;
        input.readOnly = true;
        var button = cell.querySelector('.reveal');
        if (button) { button.parentNode.removeChild(button); }
        if (practice && !form.querySelector('input[name="revealed"][value="' + CSS.escape(c.id) + '"]')) {
          var keep = document.createElement('input');
          keep.type = 'hidden';
          keep.name = 'revealed';
          keep.value = c.id;
          form.appendChild(keep);
        }
      }
    });
  }

  function send(reveal) {
    var body = new URLSearchParams(new FormData(form));
    if (reveal) { body.append('reveal', reveal); }
    // a change event after the typing pause sends the same sheet again: it is marked already
    if (body.toString() === lastBody) { return; }
    lastBody = body.toString();
    var mine = ++sent;
    saved.textContent = practice ? 'marking…' : 'saving…';
    fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin',
                         headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        return response.json().then(function (data) {
          if (!response.ok) { throw new Error(data.error || ('the server answered ' + response.status)); }
          return data;
        });
      })
      .then(function (marks) {
        if (mine < shown) { return; }
        shown = mine;
        apply(marks);
        if (mine === sent) { saved.textContent = practice ? 'marked' : 'saved and marked'; }
      })
      .catch(function (error) {
        lastBody = null;
        saved.textContent = (practice ? 'not marked: ' : 'not saved: ') + error.message;
      });
  }

  form.addEventListener('input', function (event) {
    if (!event.target.closest('.cell')) { return; }
    remember();
    clearTimeout(timer);
    timer = setTimeout(function () { send(null); }, 600);
  });
  form.addEventListener('change', function (event) {
    if (!event.target.closest('.cell')) { return; }
    clearTimeout(timer);
    send(null);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    var by = event.submitter;
    send(by && by.name === 'reveal' ? by.value : null);
  });
  if (restore()) { send(null); }
}());
