'use strict';
/* The next start: preset, mode, venue, assets and risk limits picked here become the exact command to run.
   A running session keeps its venue and assets, so the page does not pretend to change them in place. */
(function () {
  var ASSETS = ['BTC', 'ETH', 'SOL', 'XRP', 'BNB'];
  var RISK = [
    ['trader.risk.max-leverage', 'max gross leverage', 0, 100, false],
    ['trader.risk.max-daily-loss', 'daily loss breaker (fraction)', 0, 1, false],
    ['trader.risk.max-drawdown', 'drawdown breaker (fraction)', 0, 1, false],
    ['trader.risk.max-position-notional', 'max position notional', 0, 1e10, false]
  ];
  var presets = [];
  P.next = {};

  function field(label, input) { return P.el('label', {}, [label, input]); }

  function build() {
    var form = P.clear(P.byId('next-form'));
    var preset = P.el('select', { id: 'next-preset-select' }, [P.el('option', { value: '', text: 'none (defaults)' })]
      .concat(presets.map(function (p) { return P.el('option', { value: p.name, text: p.name }); })));
    var mode = P.el('select', { id: 'next-mode' }, [['paper', 'paper on the live feed'], ['replay', 'paper on a replay'],
      ['live', 'live (testnet unless --mainnet)']].map(function (m) { return P.el('option', { value: m[0], text: m[1] }); }));
    var venue = P.el('select', { id: 'next-venue' }, ['hyperliquid', 'binance', 'kraken'].map(function (v) {
      return P.el('option', { value: v, text: v }); }));
    var assets = P.el('fieldset', { id: 'next-assets' }, [P.el('legend', { text: 'assets' })].concat(ASSETS.map(function (a, i) {
      var box = P.el('input', { type: 'checkbox', value: a, id: 'asset-' + a });
      if (i < 2) { box.checked = true; }
      return P.el('label', { 'for': 'asset-' + a }, [box, ' ' + a]);
    })));
    var files = P.el('input', { type: 'text', id: 'next-files', placeholder: 'replay: candle files, comma-separated' });
    form.appendChild(field('preset', preset));
    form.appendChild(field('mode', mode));
    form.appendChild(field('venue (live feed)', venue));
    form.appendChild(assets);
    form.appendChild(field('replay files', files));
    RISK.forEach(function (r) {
      form.appendChild(field(r[1], P.el('input', { type: 'number', step: 'any', min: '0', id: 'next-' + r[0].split('.').pop(),
        'data-key': r[0], placeholder: 'preset or default' })));
    });
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    update();
  }

  function symbol(venue, asset) {
    if (venue === 'binance') { return asset + 'USDT'; }
    if (venue === 'kraken') { return (asset === 'BTC' ? 'XBT' : asset) + 'USDT'; }
    return asset;
  }

  function update() {
    var mode = P.byId('next-mode').value, venue = P.byId('next-venue').value, preset = P.byId('next-preset-select').value;
    var assets = ASSETS.filter(function (a) { return P.byId('asset-' + a).checked; });
    var args = ['./trader', mode === 'live' ? 'live' : 'paper'];
    var problems = [];
    if (preset) { args.push('--preset', preset); }
    if (mode === 'replay') {
      var files = P.byId('next-files').value.split(',').map(function (f) { return f.trim(); }).filter(Boolean);
      if (!files.length) { problems.push('a replay needs at least one candle file'); }
      files.forEach(function (f) { args.push('--replay', f); });
    } else {
      args.push('--venue', venue);
      if (!assets.length) { problems.push('pick at least one asset'); }
      else { args.push('--coin', assets.map(function (a) { return symbol(venue, a); }).join(',')); }
    }
    RISK.forEach(function (r) {
      var v = P.byId('next-' + r[0].split('.').pop()).value.trim();
      if (v === '') { return; }
      var n = Number(v);
      if (!(n > r[2] && n <= r[3])) { problems.push(r[0] + ' must be in (' + r[2] + ', ' + r[3] + '], was ' + v); }
      else { args.push('--set', r[0] + '=' + v); }
    });
    P.byId('next-command').textContent = problems.length ? 'fix: ' + problems.join('; ') : args.join(' ');
    var p = presets.filter(function (x) { return x.name === preset; })[0];
    var node = P.clear(P.byId('next-preset'));
    if (p) {
      node.appendChild(P.el('p', { cls: 'muted', text: p.description + ' · strategy ' + (p.strategy || 'default')
        + ' · interval ' + (p.interval || 'default') }));
      node.appendChild(P.table(Object.keys(p.settings || {}).map(function (k) { return [k, p.settings[k]]; }), [
        ['setting', function (r) { return r[0]; }], ['value', function (r) { return r[1]; }, 'num']], 'no settings'));
    }
  }

  P.next.presets = function (list) {
    presets = P.list(list, ['presets']);
    build();
    if (P.state.info) { P.next.current(P.state.info); }
  };

  /** Starts the form from the running session's preset. */
  P.next.current = function (info) {
    var select = P.byId('next-preset-select');
    if (select && info && info.preset && !select.getAttribute('data-touched')) {
      select.value = info.preset;
      select.setAttribute('data-touched', 'session');
      update();
    }
  };
})();
