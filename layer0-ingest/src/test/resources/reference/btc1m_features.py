#!/usr/bin/env python3
"""Independent reference values for FeatureReferenceTest (plain python3, stdlib only).

Usage: python3 btc1m_features.py ../shared/data/ohlcv_1m/btcusdt-1m-binance-spot-20250520-20250818.csv.gz
Default periods: SMA 10/30, EMA 12/26, volatility 30 log returns, RSI 14, ATR 14, z-score 20.
SMA and z-score use exact fractions.Fraction arithmetic, volatility statistics.stdev; EMA, RSI and ATR
are exact-fraction recursions for early bars and python-float recursions for late bars (exact
fractions grow too large over 130k bars).
"""
import gzip, math, statistics, sys
from fractions import Fraction

rows = [l.split(',') for l in gzip.open(sys.argv[1], 'rt').read().splitlines()[1:]]
C = [Fraction(r[4]) for r in rows]; H = [Fraction(r[2]) for r in rows]; L = [Fraction(r[3]) for r in rows]
c = [float(x) for x in C]

def sma(i, n): return float(sum(C[i - n + 1:i + 1]) / n)

def ema(i, n):
    a = Fraction(2, n + 1); e = sum(C[:n]) / n
    for k in range(n, i + 1): e = e + a * (C[k] - e)
    return float(e)

def ema_f(i, n):
    a = 2 / (n + 1); e = sum(c[:n]) / n
    for k in range(n, i + 1): e = a * c[k] + (1 - a) * e
    return e

def vol(i, w): return statistics.stdev([math.log(c[k] / c[k - 1]) for k in range(i - w + 1, i + 1)])

def wilder(xs, n, i, conv=lambda x: x):
    a = sum(conv(x) for x in xs[1:n + 1]) / n
    for k in range(n + 1, i + 1): a = (a * (n - 1) + conv(xs[k])) / n
    return a

D = [None] + [C[k] - C[k - 1] for k in range(1, len(C))]
G = [None] + [max(d, 0) for d in D[1:]]; LS = [None] + [max(-d, 0) for d in D[1:]]
TR = [None] + [max(H[k] - L[k], abs(H[k] - C[k - 1]), abs(L[k] - C[k - 1])) for k in range(1, len(C))]

def rsi(g, l): return 100.0 if l == 0 else float(100 - 100 / (1 + g / l))

def z(i, w):
    win = C[i - w + 1:i + 1]; m = sum(win) / w; var = sum((x - m) ** 2 for x in win) / (w - 1)
    return 0.0 if var == 0 else float((C[i] - m) / Fraction(math.sqrt(var)))

print('index SMA10 SMA30 EMA12 EMA26 VOL30 RSI14 ATR14 Z20')
for i in [30, 1000, 65432, len(C) - 1]:
    if i < 2000:
        e12, e26 = ema(i, 12), (ema(i, 26) if i >= 25 else float('nan'))
        r, a = rsi(wilder(G, 14, i), wilder(LS, 14, i)), float(wilder(TR, 14, i))
    else:
        e12, e26 = ema_f(i, 12), ema_f(i, 26)
        r, a = rsi(wilder(G, 14, i, float), wilder(LS, 14, i, float)), wilder(TR, 14, i, float)
    print(i, *[repr(v) for v in (sma(i, 10), sma(i, 30), e12, e26, vol(i, 30), r, a, z(i, 20))])
