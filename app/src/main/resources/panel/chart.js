'use strict';
/* The equity and P&L charts: inline SVG drawn from the points, no library. */
(function () {
  var NS = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  /**
   * Draws series (numbers over times in ms) into container as a line with its area, the y range labelled, and
   * a zero line when the range spans zero. data-points on the svg says how many points it drew.
   */
  P.lineChart = function (container, times, values, opts) {
    P.clear(container);
    var w = Math.max(200, Math.round(container.clientWidth || 600)), h = opts.height || 220;
    var left = 64, right = 8, top = 10, bottom = 20;
    var root = svg('svg', { viewBox: '0 0 ' + w + ' ' + h, width: w, height: h, role: 'img',
                            'aria-label': opts.label, 'data-points': String(values.length) });
    if (values.length < 2) {
      var t = svg('text', { x: left, y: h / 2 });
      t.textContent = values.length ? 'one point so far: ' + P.num(values[0]) : 'no data yet';
      root.appendChild(t);
      container.appendChild(root);
      return;
    }
    var t0 = times[0], t1 = times[times.length - 1];
    var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
    if (opts.zero) { lo = Math.min(lo, 0); hi = Math.max(hi, 0); }
    if (hi === lo) { hi = lo + 1; lo = lo - 1; }
    var x = function (tm) { return left + (t1 === t0 ? 0 : (tm - t0) / (t1 - t0)) * (w - left - right); };
    var y = function (v) { return top + (hi - v) / (hi - lo) * (h - top - bottom); };
    var d = '';
    for (var i = 0; i < values.length; i++) {
      d += (i ? 'L' : 'M') + x(times[i]).toFixed(1) + ' ' + y(values[i]).toFixed(1);
    }
    var base = opts.zero ? y(0) : h - bottom;
    root.appendChild(svg('path', { d: d + 'L' + x(t1).toFixed(1) + ' ' + base.toFixed(1) + 'L' + x(t0).toFixed(1)
      + ' ' + base.toFixed(1) + 'Z', fill: opts.color, 'fill-opacity': '0.12', stroke: 'none' }));
    if (opts.zero && lo < 0 && hi > 0) {
      root.appendChild(svg('line', { x1: left, x2: w - right, y1: y(0), y2: y(0), stroke: '#8b98a5',
                                     'stroke-dasharray': '3 3', 'stroke-width': '1' }));
    }
    root.appendChild(svg('path', { d: d, fill: 'none', stroke: opts.color, 'stroke-width': '1.6',
                                   'vector-effect': 'non-scaling-stroke', 'class': 'series' }));
    [[hi, top + 10], [lo, h - bottom]].forEach(function (p) {
      var label = svg('text', { x: 2, y: p[1] });
      label.textContent = P.num(p[0], 0);
      root.appendChild(label);
    });
    [[t0, left, 'start'], [t1, w - right, 'end']].forEach(function (p) {
      var label = svg('text', { x: p[1], y: h - 4, 'text-anchor': p[2] });
      label.textContent = P.time(new Date(p[0]).toISOString()).slice(0, 16);
      root.appendChild(label);
    });
    container.appendChild(root);
  };
})();
