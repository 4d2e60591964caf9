// OpenComplai's one script: local times, uploads with progress, live
// status, select-all and copy. Everything works without it; this only adds.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  var FINAL = { completed: true, failed: true };

  function localTimes(root) {
    (root || document).querySelectorAll('time[datetime]').forEach(function (t) {
      var d = new Date(t.getAttribute('datetime'));
      if (!isNaN(d.getTime())) {
        t.title = t.textContent;
        t.textContent = d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
      }
    });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // ---- Live status -------------------------------------------------------
  // The latest status heard for each document, for rows that arrive after
  // their news did.
  var latest = {};

  function setStatus(id, status, error) {
    latest[id] = status;
    document.querySelectorAll('[data-status="' + id + '"]').forEach(function (b) {
      b.textContent = status;
      b.className = 'status status-' + status;
      if (FINAL[status] && b.hasAttribute('data-reload-on-final')) {
        window.setTimeout(function () { window.location.reload(); }, 300);
      }
    });
    if (FINAL[status]) refreshRow(id);
  }

  function refreshRow(id) {
    var row = document.querySelector('tr[data-doc="' + id + '"]');
    if (!row) return;
    fetchRow(id, function (fresh) {
      var checked = row.querySelector('input[name=ids]');
      var wasChecked = checked && checked.checked;
      row.replaceWith(fresh);
      var box = fresh.querySelector('input[name=ids]');
      if (box) box.checked = wasChecked;
    });
  }

  function fetchRow(id, done) {
    fetch('/documents/' + id + '/row', { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) return;
        var t = document.createElement('tbody');
        t.innerHTML = html.trim();
        var tr = t.querySelector('tr');
        if (tr) { localTimes(tr); tr.classList.add('fresh'); done(tr); }
      })
      .catch(function () {});
  }

  // Rows still moving are read again now and then: a notification lost on
  // the way (or heard before its row was on the page) cannot leave one
  // stuck.
  function resyncMoving() {
    document.querySelectorAll('tr[data-doc]').forEach(function (row) {
      var badge = row.querySelector('[data-status]');
      if (badge && !FINAL[badge.textContent]) refreshRow(row.getAttribute('data-doc'));
    });
  }

  // A document's page waiting for its run to end looks again now and then.
  function resyncPage() {
    var badge = document.querySelector('[data-reload-on-final]');
    if (!badge || FINAL[badge.textContent]) return;
    var id = badge.getAttribute('data-status');
    fetchRow(id, function (tr) {
      var fresh = tr.querySelector('[data-status]');
      if (fresh && FINAL[fresh.textContent]) setStatus(id, fresh.textContent);
    });
  }

  function liveStatus() {
    if (!window.EventSource) return;
    if (document.querySelector('tbody[data-live-list]')) window.setInterval(resyncMoving, 5000);
    if (document.querySelector('[data-reload-on-final]')) window.setInterval(resyncPage, 5000);
    var source = new EventSource('/events');
    source.addEventListener('status', function (e) {
      try {
        var data = JSON.parse(e.data);
        setStatus(data.id, data.status, data.error);
      } catch (err) { /* a malformed event is ignored */ }
    });
    source.addEventListener('resync', resyncMoving);
    window.addEventListener('pagehide', function () { source.close(); });
  }

  // ---- Uploads -----------------------------------------------------------
  function uploads() {
    var form = document.getElementById('upload');
    if (!form) return;
    var input = form.querySelector('input[type=file]');
    var drop = form.querySelector('[data-drop]');
    var list = form.querySelector('[data-uploads]');
    var token = form.querySelector('input[name=csrf_token]').value;
    var max = parseInt(form.getAttribute('data-max-bytes'), 10) || 0;
    var accept = (form.getAttribute('data-accept') || '').split(',');
    input.removeAttribute('required');

    function tooBig(f) { return max > 0 && f.size > max; }
    function typeOk(f) {
      var name = f.name.toLowerCase();
      return accept.some(function (ext) { return ext && name.endsWith(ext); });
    }
    function humanSize(n) {
      var units = [['GiB', 1073741824], ['MiB', 1048576], ['KiB', 1024]];
      for (var i = 0; i < units.length; i++) {
        if (n >= units[i][1]) {
          var v = n / units[i][1];
          return (v % 1 === 0 ? v.toFixed(0) : v.toFixed(1)) + ' ' + units[i][0];
        }
      }
      return n + ' B';
    }

    function send(file) {
      var li = el('li');
      var name = el('span', 'name', file.name);
      var state = el('span', 'state', 'waiting');
      var bar = el('progress');
      bar.max = 100; bar.value = 0;
      bar.setAttribute('aria-label', 'Upload of ' + file.name);
      li.append(name, state, bar);
      list.append(li);
      if (tooBig(file)) {
        fail(li, state, bar, 'too large: ' + humanSize(file.size) + ', the limit is ' + humanSize(max));
        return;
      }
      if (!typeOk(file)) {
        fail(li, state, bar, 'not a supported type of file');
        return;
      }
      var data = new FormData();
      data.append('csrf_token', token);
      data.append('file', file, file.name);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          bar.value = Math.round((e.loaded / e.total) * 100);
          state.textContent = bar.value + '%';
        }
      });
      xhr.addEventListener('load', function () {
        var outcome = null;
        try { outcome = JSON.parse(xhr.responseText).files[0]; } catch (err) { /* below */ }
        if (outcome && outcome.ok) {
          bar.remove();
          li.classList.add('ok');
          state.textContent = '';
          var link = el('a', null, outcome.duplicate ? 'accepted (uploaded before too)' : 'accepted');
          link.href = '/documents/' + outcome.id;
          state.append(link);
          addRow(outcome.id);
        } else if (outcome && outcome.error) {
          fail(li, state, bar, outcome.error);
        } else if (xhr.status === 413) {
          fail(li, state, bar, 'too large for this server');
        } else {
          var message = 'the upload failed (' + xhr.status + ')';
          try { message = JSON.parse(xhr.responseText).error.message; } catch (err) { /* keep */ }
          fail(li, state, bar, message);
        }
      });
      xhr.addEventListener('error', function () { fail(li, state, bar, 'the connection broke off; try again'); });
      xhr.send(data);
    }

    function fail(li, state, bar, why) {
      li.classList.add('bad');
      bar.remove();
      state.textContent = 'refused: ' + why;
    }

    function addRow(id) {
      var body = document.querySelector('tbody[data-prepend]');
      if (!body) return;
      fetchRow(id, function (tr) {
        var empty = body.querySelector('tr.empty');
        if (empty) empty.remove();
        body.prepend(tr);
        var count = document.querySelector('[data-count]');
        if (count) count.textContent = String((parseInt(count.textContent, 10) || 0) + 1);
        // Finished while its row was on its way: show the end.
        var badge = tr.querySelector('[data-status]');
        if (FINAL[latest[id]] && badge && !FINAL[badge.textContent]) refreshRow(id);
      });
    }

    function take(files) { Array.prototype.forEach.call(files, send); }

    input.addEventListener('change', function () { take(input.files); input.value = ''; });
    form.addEventListener('submit', function (e) { e.preventDefault(); take(input.files); input.value = ''; });
    ['dragenter', 'dragover'].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (e) {
      if (e.dataTransfer && e.dataTransfer.files) take(e.dataTransfer.files);
    });
  }

  // ---- Small things ------------------------------------------------------
  function selectAll() {
    document.querySelectorAll('[data-select-all]').forEach(function (all) {
      all.addEventListener('change', function () {
        document.querySelectorAll('input[name=ids]').forEach(function (b) { b.checked = all.checked; });
      });
    });
  }

  function copyButtons() {
    document.querySelectorAll('[data-copy]').forEach(function (button) {
      button.addEventListener('click', function () {
        var target = document.querySelector(button.getAttribute('data-copy'));
        if (!target) return;
        var done = function () { button.textContent = 'Copied'; };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(target.value).then(done, function () { target.select(); });
        } else {
          target.select();
          try { if (document.execCommand('copy')) done(); } catch (err) { /* selected for the person */ }
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    localTimes();
    uploads();
    selectAll();
    copyButtons();
    if (document.querySelector('[data-status], tbody[data-live-list]')) liveStatus();
  });
})();
