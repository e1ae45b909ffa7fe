/** The client script, served as /assets/app.js: progressive enhancements only (pages work without it). */
export const clientScript = `'use strict';
(function () {
  var $ = function (id) { return document.getElementById(id); };

  // Article page: bring the cited span into view and make it blink once.
  function showHighlight() {
    var hl = $('hl');
    if (!hl) return;
    hl.scrollIntoView({ block: 'center' });
    hl.classList.add('flash');
    setTimeout(function () { hl.classList.remove('flash'); }, 1200);
  }

  // Citations: on first hover, fetch the article and show the cited words as the link's tooltip.
  var texts = {};
  function previewCitation(event) {
    var link = event.target && event.target.closest ? event.target.closest('a.cite') : null;
    if (!link || link.dataset.previewed) return;
    link.dataset.previewed = '1';
    var url = new URL(link.href, location.href);
    var id = link.dataset.article;
    var start = Number(url.searchParams.get('start')), end = Number(url.searchParams.get('end'));
    var got = texts[id] || (texts[id] = fetch('/api/articles/' + encodeURIComponent(id), { headers: { accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; }));
    got.then(function (a) {
      if (a && typeof a.text === 'string') link.title = (link.title ? link.title + ': ' : '') + '“' + a.text.slice(start, end) + '”';
    }).catch(function () {});
  }

  function setProgress(value, message) {
    $('ingest-status').hidden = false;
    $('ingest-progress').value = value;
    $('ingest-message').textContent = message;
  }

  function linkList(prefix, ids, label) {
    var ul = document.createElement('ul');
    ids.forEach(function (id) {
      var li = document.createElement('li'), a = document.createElement('a');
      a.href = prefix + encodeURIComponent(id);
      a.textContent = label + ' ' + id;
      li.appendChild(a);
      ul.appendChild(li);
    });
    return ul;
  }

  function showResult(result) {
    var box = $('ingest-result'), div = document.createElement('div'), p = document.createElement('p');
    div.className = 'ingest-done';
    p.textContent = 'Stored ' + result.articles.length + ' article(s) in ' + result.stories.length + ' story(ies).';
    div.appendChild(p);
    div.appendChild(linkList('/stories/', result.stories, 'story'));
    div.appendChild(linkList('/articles/', result.articles, 'article'));
    (result.diagnostics || []).forEach(function (d) {
      var note = document.createElement('p');
      note.className = d.severity;
      note.textContent = d.rule + ': ' + d.reason;
      div.appendChild(note);
    });
    box.replaceChildren(div);
  }

  function poll(id, done) {
    fetch('/api/ingest/' + encodeURIComponent(id), { headers: { accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        var part = job.total ? job.done / job.total : 0;
        setProgress(50 + Math.round(part * 50), (job.message || job.state) + (job.total ? ' (' + job.done + ' of ' + job.total + ')' : ''));
        if (job.state === 'running') return setTimeout(function () { poll(id, done); }, 250);
        if (job.state === 'failed') { setProgress(100, 'Failed: ' + job.error.message); return done(); }
        setProgress(100, 'Done.');
        showResult(job.result);
        done();
      })
      .catch(function () { setProgress(100, 'Lost contact with the server.'); done(); });
  }

  // Ingest form: send with upload progress, then follow the job until it is done.
  function submitIngest(event) {
    event.preventDefault();
    var form = event.target, button = $('ingest-submit'), token = $('ingest-token');
    var data = new FormData(form);
    data.delete('token');
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/ingest');
    xhr.setRequestHeader('accept', 'application/json');
    if (token && token.value) xhr.setRequestHeader('authorization', 'Bearer ' + token.value);
    button.disabled = true;
    $('ingest-result').replaceChildren();
    setProgress(0, 'Uploading…');
    xhr.upload.onprogress = function (e) { if (e.lengthComputable) setProgress(Math.round((e.loaded / e.total) * 50), 'Uploading… ' + Math.round(e.loaded / 1024) + ' KiB'); };
    xhr.onload = function () {
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status === 202 && body) return poll(body.id, function () { button.disabled = false; });
      setProgress(100, 'Failed: ' + (body && body.error ? body.error.message : 'HTTP ' + xhr.status));
      button.disabled = false;
    };
    xhr.onerror = function () { setProgress(100, 'Upload failed: network error.'); button.disabled = false; };
    xhr.send(data);
  }

  // Story list and story pages: when the server streams live events, offer a reload as stories change.
  function followLive() {
    if (document.body.dataset.live !== '1' || !window.EventSource) return;
    var story = document.querySelector('article.story');
    if (!story && !document.getElementById('story-count')) return;
    var since = encodeURIComponent(document.body.dataset.liveSince || '0');
    var source = new EventSource('/api/live/stories' + (story ? '/' + encodeURIComponent(story.dataset.story) : '') + '?since=' + since);
    var changed = {};
    function note(e) {
      var data = null;
      try { data = JSON.parse(e.data); } catch (err) { return; }
      changed[data.story] = data.title;
      var names = Object.keys(changed);
      var banner = $('live-banner') || document.createElement('div');
      banner.id = 'live-banner';
      banner.className = 'live-banner';
      banner.setAttribute('role', 'status');
      var link = document.createElement('a');
      link.href = location.href;
      link.textContent = 'Reload';
      banner.replaceChildren(document.createTextNode(names.length + ' stor' + (names.length === 1 ? 'y' : 'ies') + ' changed since this page loaded (latest: ' + data.title + '). '), link);
      if (!banner.parentNode) document.querySelector('main').prepend(banner);
    }
    source.addEventListener('story', note);
    source.addEventListener('article', note);
  }

  document.addEventListener('DOMContentLoaded', function () {
    showHighlight();
    followLive();
    document.addEventListener('mouseover', previewCitation);
    var form = $('ingest-form');
    if (form) form.addEventListener('submit', submitIngest);
  });
})();
`;
