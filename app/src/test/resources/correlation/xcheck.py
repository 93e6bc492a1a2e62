"""Independent check of ./trader correlation's numbers with numpy and scipy.

Reads the component scores the CLI exported (components-COIN.csv) and recomputes, over the same window, every
cell of matrix-COIN-METHOD.json, assets-COMPONENT-METHOD.json and signals-METHOD.json: np.corrcoef for Pearson,
scipy.stats.spearmanr (average ranks for ties) for Spearman, each over the pairwise-complete observations. A cell
the CLI left undefined must have fewer than min_n observations or a constant series; n must match everywhere.
Prints one JSON line {"checked": cells, "maxAbsDiff": largest |difference|}; exits 1 on any mismatch of n or of
defined/undefined.

usage: python3 xcheck.py OUT_DIR COIN,COIN,... WINDOW MIN_N HORIZON
"""
import csv
import datetime
import json
import math
import sys

import numpy as np
from scipy import stats

out, coins, window, min_n, horizon = sys.argv[1], sys.argv[2].split(","), int(sys.argv[3]), int(sys.argv[4]), \
    int(sys.argv[5])
problems = []
max_diff = 0.0
checked = 0


def load(coin):
    with open(f"{out}/components-{coin}.csv") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    cols = {h: np.array([float(r[i]) for r in rows[1:]]) for i, h in enumerate(header) if h != "time"}
    return header, cols


def coefficient(x, y, method):
    ok = np.isfinite(x) & np.isfinite(y)
    n = int(ok.sum())
    if n < min_n:
        return None, n
    a, b = x[ok], y[ok]
    if np.all(a == a[0]) or np.all(b == b[0]):
        return None, n
    if method == "pearson":
        return float(np.corrcoef(a, b)[0, 1]), n
    return float(stats.spearmanr(a, b).statistic), n


def compare(where, expected, n, got_value, got_n):
    global max_diff, checked
    checked += 1
    if n != got_n:
        problems.append(f"{where}: n {got_n}, independent {n}")
    if (expected is None) != (got_value is None):
        problems.append(f"{where}: value {got_value}, independent {expected}")
    elif expected is not None:
        max_diff = max(max_diff, abs(expected - got_value))


series = {c: load(c) for c in coins}
components = [h for h in series[coins[0]][0] if h not in ("time", "close_time_ms", "close")
              and not h.startswith("FORWARD_RETURN")]
for method in ("pearson", "spearman"):
    for coin in coins:
        cols = series[coin][1]
        m = json.load(open(f"{out}/matrix-{coin}-{method}.json"))
        assert m["bars"] == window
        last = {k: v[-window:] for k, v in cols.items()}
        end_time = datetime.datetime.fromtimestamp(last["close_time_ms"][-1] / 1000, tz=datetime.timezone.utc)
        assert m["windowEnd"].startswith(end_time.strftime("%Y-%m-%dT%H:%M")), (m["windowEnd"], end_time)
        for i, a in enumerate(m["labels"]):
            for j, b in enumerate(m["labels"]):
                r, n = coefficient(last[a], last[b], method)
                if m["missing"].get(a) or m["missing"].get(b):
                    r, n = None, 0
                compare(f"{coin} {method} {a}x{b}", r, n, m["values"][i][j], m["n"][i][j])
        # predictive: the last `window` bars that have a forward return
        s = json.load(open(f"{out}/signals-{method}.json"))
        fwd = cols[f"FORWARD_RETURN_{horizon}"]
        usable = len(fwd) - horizon
        for cell in s["assets"][coin]:
            v = cols[cell["component"]][usable - window:usable]
            if np.isfinite(v).sum() == 0:
                r, n = None, 0
            else:
                r, n = coefficient(v, fwd[usable - window:usable], method)
            compare(f"{coin} {method} {cell['component']} vs forward", r, n, cell["value"], cell["n"])
    # MOMENTUM across assets: the union of close times up to the earliest last bar, newest `window`
    a = json.load(open(f"{out}/assets-MOMENTUM-{method}.json"))
    end = min(series[c][1]["close_time_ms"][-1] for c in coins)
    grid = sorted({t for c in coins for t in series[c][1]["close_time_ms"] if t <= end})[-window:]
    aligned = {}
    for c in coins:
        by_time = dict(zip(series[c][1]["close_time_ms"], series[c][1]["MOMENTUM"]))
        aligned[c] = np.array([by_time.get(t, math.nan) for t in grid])
    for i, x in enumerate(a["labels"]):
        for j, y in enumerate(a["labels"]):
            r, n = coefficient(aligned[x], aligned[y], method)
            compare(f"MOMENTUM {method} {x}x{y}", r, n, a["values"][i][j], a["n"][i][j])

print(json.dumps({"checked": checked, "maxAbsDiff": max_diff, "problems": problems[:10]}))
sys.exit(1 if problems else 0)
