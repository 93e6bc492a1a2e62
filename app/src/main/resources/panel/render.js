'use strict';
/* Renders each part of the session into its card. Every renderer accepts the shapes of the API and tolerates
   missing fields (the signals and alerts endpoints may answer in a slightly different shape). */
(function () {
  var S = P.state = { status: null, info: null, equity: [] };

  function dl(node, pairs) {
    P.clear(node);
    pairs.forEach(function (p) {
      node.appendChild(P.el('dt', { text: p[0] }));
      var dd = P.el('dd', { id: p[2] || null });
      if (p[1] instanceof Node) { dd.appendChild(p[1]); } else { dd.textContent = p[1] == null || p[1] === '' ? '-' : String(p[1]); }
      node.appendChild(dd);
    });
  }

  P.render = {};

  P.render.status = function (s) {
    S.status = s;
    var i = S.info || {};
    dl(P.byId('status'), [
      ['mode', s.mode, 'st-mode'], ['venue', s.venue, 'st-venue'], ['strategy', i.strategy, 'st-strategy'],
      ['preset', i.preset || 'none', 'st-preset'], ['session', s.session], ['state', s.state, 'st-state'],
      ['instruments', (s.instruments || []).join(', '), 'st-instruments'], ['interval', i.interval],
      ['source', s.source], ['bars', P.num(s.barsProcessed, 0), 'st-bars'], ['last bar', P.time(s.lastBarTime)],
      ['equity', P.num(s.equity), 'st-equity'], ['started', P.time(s.startedAt)],
      ['started with', i.command ? P.el('code', { text: i.command }) : null, 'st-command']
    ]);
    P.byId('session-line').textContent = (s.mode || '?') + ' · ' + (s.venue || '?') + ' · ' + (i.strategy || '?')
      + (i.preset ? ' · ' + i.preset : '') + ' · ' + (s.state || '?');
    if (s.killSwitch) { P.render.killSwitch(s.killSwitch); }
  };

  P.render.info = function (info) {
    S.info = info;
    if (S.status) { P.render.status(S.status); }
    P.next.current(info);
  };

  P.render.trading = function (t) {
    var b = P.byId('trading-state');
    b.textContent = t.state === 'paused' ? 'paused' + (t.reason ? ': ' + t.reason : '') : 'trading';
    b.className = 'badge ' + (t.state === 'paused' ? 'warn' : 'ok');
  };

  P.render.killSwitch = function (k) {
    var b = P.byId('ks-state');
    b.textContent = k.engaged ? 'ENGAGED' : 'released';
    b.className = 'badge ' + (k.engaged ? 'bad' : 'ok');
    b.setAttribute('data-engaged', String(!!k.engaged));
    P.byId('ks-detail').textContent = k.engaged ? 'since ' + P.time(k.since) + (k.flatten ? ' (flatten)' : '')
      + ': ' + (k.reason || '') : 'new orders allowed';
  };

  P.render.pnl = function (p) {
    var node = P.clear(P.byId('pnl'));
    [['equity', p.equity, 'pnl-equity'], ['realized', p.realizedPnl], ['unrealized', p.unrealizedPnl],
     ['fees', p.fees], ['exposure', p.grossExposure], ['drawdown', (Number(p.drawdown) * 100).toFixed(2) + ' %']]
      .forEach(function (f) {
        var v = P.el('div', { id: f[2] || null, cls: f[0] === 'realized' || f[0] === 'unrealized' ? P.signCls(f[1]) : '' },
          [P.el('span', { text: f[0] }), typeof f[1] === 'string' && /%$/.test(f[1]) ? f[1] : P.num(f[1])]);
        node.appendChild(v);
      });
  };

  function point(p) {
    return { t: Date.parse(p.time), equity: Number(p.equity), pnl: Number(p.pnl) };
  }

  function drawEquity() {
    var pts = S.equity;
    P.lineChart(P.byId('equity-chart'), pts.map(function (p) { return p.t; }),
      pts.map(function (p) { return p.equity; }), { label: 'equity', color: '#58a6ff', height: 220 });
    P.lineChart(P.byId('pnl-chart'), pts.map(function (p) { return p.t; }),
      pts.map(function (p) { return p.pnl; }), { label: 'P&L', color: '#2ea043', height: 110, zero: true });
  }

  var resizeTimer = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { P.safe('chart resize', drawEquity); }, 150);
  });

  P.render.equityHistory = function (list) {
    S.equity = P.list(list).map(point).filter(function (p) { return isFinite(p.t) && isFinite(p.equity); });
    drawEquity();
  };

  P.render.equityPoint = function (p) {
    var q = point(p), pts = S.equity;
    if (!isFinite(q.t)) { return; }
    if (pts.length && pts[pts.length - 1].t >= q.t) { pts[pts.length - 1] = pts[pts.length - 1].t === q.t ? q : pts[pts.length - 1]; }
    else { pts.push(q); }
    if (pts.length > 2000) { S.equity = pts.filter(function (x, i) { return i % 2 === 0 || i === pts.length - 1; }); }
    drawEquity();
  };

  P.render.positions = function (list) {
    var rows = P.list(list).filter(function (p) { return Number(p.quantity) !== 0; });
    P.clear(P.byId('positions')).appendChild(P.table(rows, [
      ['instrument', function (p) { return p.instrument; }],
      ['qty', function (p) { return p.quantity; }, function (p) { return 'num ' + P.signCls(p.quantity); }],
      ['entry', function (p) { return P.num(p.avgEntryPrice, 6); }, 'num'],
      ['last', function (p) { return P.num(p.lastPrice, 6); }, 'num'],
      ['notional', function (p) { return P.num(p.notional); }, 'num'],
      ['venue', function (p) { return p.venue; }]
    ], 'flat: no open position'));
  };

  var OPEN = ['NEW', 'PENDING', 'ACCEPTED', 'OPEN', 'PARTIALLY_FILLED', 'UNKNOWN', 'SUBMITTED'];
  P.render.orders = function (list) {
    var rows = P.list(list).slice();
    rows.sort(function (a, b) {
      return (OPEN.indexOf(String(b.status)) >= 0) - (OPEN.indexOf(String(a.status)) >= 0);
    });
    P.clear(P.byId('orders')).appendChild(P.table(rows.slice(0, 30), [
      ['time', function (o) { return P.time(o.updatedTime || o.decisionTime); }],
      ['instrument', function (o) { return o.instrument; }],
      ['side', function (o) { return o.side; }, function (o) { return o.side === 'BUY' ? 'pos' : 'neg'; }],
      ['type', function (o) { return o.type; }],
      ['qty', function (o) { return o.quantity; }, 'num'],
      ['filled', function (o) { return o.filledQuantity; }, 'num'],
      ['price', function (o) { return P.num(o.avgFillPrice || o.limitPrice, 6); }, 'num'],
      ['status', function (o) { return o.status; }],
      ['reason', function (o) { return o.reason; }]
    ], 'no orders yet'));
  };

  P.render.breakers = function (b) {
    var node = P.clear(P.byId('breakers'));
    node.appendChild(P.el('p', { id: 'breakers-halted', cls: b.halted ? 'neg' : 'pos',
      text: b.halted ? 'HALTED: new risk refused' : 'all clear' }));
    node.appendChild(P.table(P.list(b.breakers), [
      ['breaker', function (x) { return x.name; }],
      ['state', function (x) { return x.tripped ? 'TRIPPED' : 'ok'; }, function (x) { return x.tripped ? 'neg' : 'pos'; }],
      ['detail', function (x) { return x.detail ? x.detail + (x.since ? ' (' + P.time(x.since) + ')' : '') : ''; }]
    ], 'no breakers'));
  };

  function bar(v, scale) {
    var n = Number(v);
    if (!isFinite(n)) { return P.el('span', { text: '-' }); }
    var width = Math.min(60, Math.abs(n) / (scale || 1) * 60);
    return P.el('span', {}, [P.el('span', { cls: 'bar' + (n < 0 ? ' neg' : ''), style: 'width:' + width.toFixed(0) + 'px' }),
      ' ' + n.toFixed(3)]);
  }

  P.render.alphas = function (a) {
    var node = P.clear(P.byId('alphas'));
    var list = P.list(a, ['instruments']);
    if (!list.length) { node.appendChild(P.el('p', { cls: 'muted', text: 'no forecast yet' })); return; }
    list.forEach(function (f) {
      var prob = f.probability == null ? 'not calibrated' : (Number(f.probability) * 100).toFixed(1) + ' %';
      node.appendChild(P.el('h3', { text: (f.instrument || '?') + ' · ' + P.time(f.time) }));
      node.appendChild(P.el('p', { cls: 'muted', text: 'score ' + P.num(f.score, 4) + ' · expected return '
        + P.num(f.expectedReturn, 6) + ' · confidence ' + P.num(f.confidence, 3) + ' · P(up) ' + prob
        + ' · regime ' + (f.regime == null || f.regime < 0 ? 'none' : f.regime) + ' · target ' + P.num(f.targetLots, 0) + ' lots' }));
      var alphas = P.list(f.alphas);
      var scale = Math.max.apply(null, alphas.map(function (x) { return Math.abs(Number(x.contribution) || 0); }).concat([1e-9]));
      node.appendChild(P.table(alphas, [
        ['alpha', function (x) { return x.id; }],
        ['score', function (x) { return P.num(x.score, 3); }, 'num'],
        ['weight', function (x) { return P.num(x.weight, 3); }, 'num'],
        ['contribution', function (x) { return bar(x.contribution, scale); }]
      ], 'no alphas'));
    });
  };

  /** Signals and alerts: whatever the endpoint answers, as a table of its usual fields, or why not available. */
  P.render.feed = function (id, res, kind) {
    var node = P.clear(P.byId(id));
    if (!res.ok) {
      var why = res.status === 404 ? 'not served here' : res.status === 503 ? kind + ' off in this session' : 'the server refused';
      node.appendChild(P.el('p', { cls: 'unavailable', text: 'not available (' + why + ': ' + P.refusal(res) + ')' }));
      return;
    }
    var body = res.body;
    if (body && body.signals && !Array.isArray(body.signals) && typeof body.signals === 'object') {
      body = Object.keys(body.signals).map(function (pair) { return body.signals[pair]; }); // /signals/latest: by pair
    }
    var rows = P.list(body, [kind, 'latest', 'history', 'alerts', 'signals']).filter(function (r) { return r && typeof r === 'object'; });
    node.appendChild(P.table(rows.slice(0, 20), kind === 'signals' ? [
      ['time', function (s) { return P.time(P.pick(s, ['timestamp', 'time', 'createdAt'])); }],
      ['pair', function (s) { return P.pick(s, ['pair', 'instrument', 'symbol', 'asset']); }],
      ['side', function (s) { return P.pick(s, ['side', 'direction']); }],
      ['confidence', function (s) { return P.num(P.pick(s, ['confidence', 'probability']), 3); }, 'num'],
      ['entry', function (s) { return P.num(P.pick(s, ['entryPrice', 'entry_price', 'entry', 'price']), 6); }, 'num'],
      ['stop', function (s) { return P.num(P.pick(s, ['stopLoss', 'stop_loss', 'stop']), 6); }, 'num']
    ] : [
      ['time', function (s) { return P.time(P.pick(s, ['time', 'timestamp', 'firstSeen', 'lastSeen', 'createdAt'])); }],
      ['severity', function (s) { return P.pick(s, ['severity', 'level']); }],
      ['source', function (s) { return P.pick(s, ['source', 'kind', 'type', 'group']); }],
      ['message', function (s) { return P.pick(s, ['message', 'title', 'summary', 'text', 'detail']); }],
      ['ack', function (s) { var a = P.pick(s, ['acknowledged', 'acked']); return a === undefined ? '' : a ? 'yes' : 'no'; }]
    ], 'none yet'));
  };
})();
