'use strict';
/* Small helpers shared by the panel's scripts: DOM building, number formats, the API client and the token. */
var P = window.P = {};

P.el = function (tag, attrs, children) {
  var e = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (k) {
    if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'cls') { e.className = attrs[k]; }
    else { e.setAttribute(k, attrs[k]); }
  });
  (children || []).forEach(function (c) { if (c != null) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
  return e;
};

P.byId = function (id) { return document.getElementById(id); };

P.clear = function (node) { while (node.firstChild) { node.removeChild(node.firstChild); } return node; };

/** A number for display: money strings keep their digits, long ones are shortened to 2 decimals. */
P.num = function (v, digits) {
  if (v === null || v === undefined || v === '') { return '-'; }
  var n = Number(v);
  if (!isFinite(n)) { return String(v); }
  return n.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits === undefined ? 2 : digits });
};

P.signCls = function (v) { var n = Number(v); return n > 0 ? 'pos' : n < 0 ? 'neg' : ''; };

P.time = function (iso) {
  if (!iso) { return '-'; }
  return String(iso).replace('T', ' ').replace(/\.\d+Z$|Z$/, '');
};

/** The first field of obj among names that is present. */
P.pick = function (obj, names) {
  for (var i = 0; i < names.length; i++) {
    if (obj && obj[names[i]] !== undefined && obj[names[i]] !== null) { return obj[names[i]]; }
  }
  return undefined;
};

/** A list from any of the usual shapes: an array, or an object holding one under a common name. */
P.list = function (data, names) {
  if (Array.isArray(data)) { return data; }
  if (data && typeof data === 'object') {
    var keys = (names || []).concat(['items', 'data', 'results', 'content', 'list']);
    for (var i = 0; i < keys.length; i++) { if (Array.isArray(data[keys[i]])) { return data[keys[i]]; } }
    return [data];
  }
  return [];
};

/** A table of rows: columns are [title, function(row) -> text | node, css class]. */
P.table = function (rows, columns, empty) {
  if (!rows.length) { return P.el('p', { cls: 'muted', text: empty || 'none' }); }
  var head = P.el('tr', {}, columns.map(function (c) { return P.el('th', { text: c[0] }); }));
  var body = rows.map(function (r) {
    return P.el('tr', {}, columns.map(function (c) {
      var v = c[1](r);
      var td = P.el('td', { cls: c[2] ? (typeof c[2] === 'function' ? c[2](r) : c[2]) : '' });
      if (v instanceof Node) { td.appendChild(v); } else { td.textContent = v === undefined || v === null ? '-' : String(v); }
      return td;
    }));
  });
  return P.el('table', {}, [P.el('thead', {}, [head]), P.el('tbody', {}, body)]);
};

P.tokenKey = 'trader.api-token';
P.token = function () { try { return sessionStorage.getItem(P.tokenKey) || ''; } catch (e) { return ''; } };

/**
 * Calls the API: resolves to {ok, status, body} (body parsed as JSON when it is JSON, else text); never rejects
 * on an HTTP error, only on a network failure (then status 0).
 */
P.api = function (path, method, body, auth) {
  var headers = { 'Accept': 'application/json' };
  if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
  if (auth && P.token()) { headers['Authorization'] = 'Bearer ' + P.token(); }
  return fetch(path, { method: method || 'GET', headers: headers, cache: 'no-store',
                       body: body === undefined ? undefined : JSON.stringify(body) })
    .then(function (r) {
      return r.text().then(function (t) {
        var parsed = t;
        try { parsed = t ? JSON.parse(t) : null; } catch (e) { /* keep the text */ }
        return { ok: r.ok, status: r.status, body: parsed };
      });
    }, function (err) { return { ok: false, status: 0, body: { error: 'network', reason: String(err) } }; });
};

/** An API refusal in words: "401 unauthorized: missing or wrong ...". */
P.refusal = function (res) {
  var b = res.body || {};
  if (typeof b === 'string') { return res.status + ': ' + b.slice(0, 200); }
  return res.status + ' ' + (b.error || 'error') + (b.reason ? ': ' + b.reason : '');
};

/** Counts and shows an error of the page's own code (the browser test reads data-count). */
P.fail = function (where, err) {
  var n = P.byId('render-errors');
  var count = Number(n.getAttribute('data-count')) + 1;
  n.setAttribute('data-count', String(count));
  console.error('panel: ' + where + ': ' + (err && err.stack ? err.stack : err));
  n.textContent = count + ' rendering error(s); last in ' + where + ': ' + (err && err.message ? err.message : err);
};

/** Runs a renderer, counting its errors instead of stopping the page. */
P.safe = function (where, fn, data) {
  try { fn(data); } catch (e) { P.fail(where, e); }
};
