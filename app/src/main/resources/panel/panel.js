'use strict';
/* The control panel: first a full read of the REST API, then live updates over server-sent events
   (/api/v1/stream); while the stream is down it polls the same endpoints every few seconds. */
(function () {
  var R = P.render;
  var polling = null, updates = 0;

  function count() { updates++; P.byId('updates').textContent = updates + ' (last ' + new Date().toISOString().slice(11, 19) + ' UTC)'; }

  function load(path, where, fn) {
    return P.api(path).then(function (res) {
      if (res.ok) { P.safe(where, fn, res.body); count(); }
      return res;
    });
  }

  /** Everything the stream also sends, read once over REST (at start and while polling). */
  function readAll() {
    return Promise.all([
      load('/api/v1/status', 'status', R.status),
      load('/api/v1/trading', 'trading', R.trading),
      load('/api/v1/pnl', 'pnl', R.pnl),
      load('/api/v1/equity', 'equity', R.equityHistory),
      load('/api/v1/positions', 'positions', R.positions),
      load('/api/v1/orders?limit=30', 'orders', R.orders),
      load('/api/v1/risk/breakers', 'breakers', R.breakers),
      load('/api/v1/kill-switch', 'kill switch', R.killSwitch),
      load('/api/v1/alphas', 'alphas', R.alphas)
    ]);
  }

  function readFeeds() {
    P.api('/api/v1/signals/latest').then(function (res) { P.safe('signals', function () { R.feed('signals', res, 'signals'); }); });
    P.api('/api/v1/alerts').then(function (res) { P.safe('alerts', function () { R.feed('alerts', res, 'alerts'); }); });
  }

  function link(text, cls) { var b = P.byId('link'); b.textContent = text; b.className = 'badge ' + cls; }

  function startPolling() {
    if (polling) { return; }
    link('stream down: polling every 3 s', 'warn');
    polling = setInterval(readAll, 3000);
  }

  function stopPolling() { if (polling) { clearInterval(polling); polling = null; } }

  var HANDLERS = { status: R.status, trading: R.trading, pnl: R.pnl, equity: R.equityPoint, positions: R.positions,
                   orders: R.orders, breakers: R.breakers, killSwitch: R.killSwitch, alphas: R.alphas };

  function stream() {
    if (!window.EventSource) { startPolling(); return; }
    var es = new EventSource('/api/v1/stream');
    es.onopen = function () { stopPolling(); link('live', 'ok'); };
    es.onerror = function () { startPolling(); };
    Object.keys(HANDLERS).forEach(function (name) {
      es.addEventListener(name, function (e) {
        var data;
        try { data = JSON.parse(e.data); } catch (err) { P.fail('stream ' + name, err); return; }
        P.safe('stream ' + name, HANDLERS[name], data);
        count();
      });
    });
    es.addEventListener('ping', function () { link('live', 'ok'); });
  }

  function show(res, done) {
    var r = P.byId('control-result');
    r.className = 'result ' + (res.ok ? 'done' : 'refused');
    r.textContent = res.ok ? done : 'refused: ' + P.refusal(res);
    r.setAttribute('data-status', String(res.status));
  }

  function reason() { return P.byId('reason').value.trim() || 'from the control panel'; }

  function post(path, body, done, after) {
    if (!P.token()) { show({ ok: false, status: 0, body: { error: 'no token', reason: 'enter the API token first' } }); return; }
    P.api(path, 'POST', body, true).then(function (res) {
      show(res, done);
      if (res.ok && after) { P.safe(path, after, res.body); }
    });
  }

  function tokenState() {
    P.byId('token-state').textContent = P.token() ? 'a token is set for this tab' : 'no token: controls will be refused';
  }

  function controls() {
    P.byId('token-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var v = P.byId('token').value.trim();
      try { if (v) { sessionStorage.setItem(P.tokenKey, v); } } catch (err) { P.fail('token', err); }
      P.byId('token').value = '';
      tokenState();
    });
    P.byId('token-forget').addEventListener('click', function () {
      try { sessionStorage.removeItem(P.tokenKey); } catch (err) { P.fail('token', err); }
      tokenState();
    });
    P.byId('trading-stop').addEventListener('click', function () {
      post('/api/v1/trading/pause', { reason: reason() }, 'trading stopped: new entries paused', R.trading);
    });
    P.byId('trading-start').addEventListener('click', function () {
      post('/api/v1/trading/resume', { reason: reason() }, 'trading started: new entries allowed', R.trading);
    });
    P.byId('ks-engage').addEventListener('click', function () {
      post('/api/v1/kill-switch', { reason: reason(), flatten: false }, 'kill switch engaged', R.killSwitch);
    });
    P.byId('ks-flatten').addEventListener('click', function () {
      post('/api/v1/kill-switch', { reason: reason(), flatten: true }, 'kill switch engaged; flattening', R.killSwitch);
    });
    P.byId('ks-reset').addEventListener('click', function () {
      post('/api/v1/kill-switch/reset', { reason: reason() }, 'kill switch reset', R.killSwitch);
    });
    tokenState();
  }

  controls();
  P.api('/api/v1/session').then(function (res) { if (res.ok) { P.safe('session', R.info, res.body); } });
  P.api('/api/v1/presets').then(function (res) {
    if (res.ok) { P.safe('presets', P.next.presets, res.body); }
    else { P.byId('next-command').textContent = 'presets not available: ' + P.refusal(res); }
  });
  readAll().then(stream);
  readFeeds();
  setInterval(readFeeds, 10000);
})();
