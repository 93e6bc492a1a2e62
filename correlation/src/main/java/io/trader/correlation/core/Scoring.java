package io.trader.correlation.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the eleven {@link Component}s of one asset over its bars, each in [-1, 1] or {@code NaN} when its input is
 * unknown at that bar. Every score at bar i uses bar i and earlier bars only (of the asset, and of BTC for the beta).
 * With C, O, H, L, V the bar's close, open, high, low and volume:
 * <ul>
 * <li>MOMENTUM = tanh((a10 + a50) / 2), a_k = ln(C_i / C_{i-k}) / (VOLATILITY_i sqrt k): the 10- and 50-bar log
 *     returns in units of their expected size (ln(C_i/C_{i-10}) = ln(1 + ROC_10/100)); needs i >= 50.</li>
 * <li>TECHNICAL = ((RSI14 - 50)/50 + tanh(MACD_HIST / ATR14) + clamp(2 %B - 1, -1, 1)) / 3.</li>
 * <li>VOLUME = sign(C - O) (1 + tanh z) / 2, z = (u_i - mean) / sd of u = ln(1 + V) over bars i-48..i-1 (sample
 *     sd; NaN when it is 0): the bar's direction, weighted by how unusual its volume is.</li>
 * <li>ORDERFLOW = 2 TAKER_BUY_RATIO - 1.</li>
 * <li>ORDERBOOK = BOOK_IMBALANCE_5 (top 5 levels, at the bar close).</li>
 * <li>SENTIMENT = mean of the available of (FEAR_GREED - 50)/50 and tanh(FUNDING_ZSCORE / 2): the market's mood
 *     (greed and rich funding = positive), not a contrarian reading.</li>
 * <li>PRICE_ACTION = (((C - L) - (H - C)) / (H - L) + (C - O) / (H - L)) / 2: where the close sits in the range and
 *     how much of the range the body is, signed; 0 when H = L.</li>
 * <li>BETA_EXPOSURE = tanh(beta) sign(r_BTC,i), beta = cov(r, r_BTC) / var(r_BTC) over the 72 bars i-71..i of log
 *     returns (at least 60 with both returns): how much of BTC's current move the asset carries.</li>
 * <li>CONFLUENCE = mean of sign(s) over the other components s available at the bar (at least 3), -1..1.</li>
 * <li>WHALE_ACTIVITY = SMART_MONEY_BIAS.</li>
 * <li>LIQUIDATION: always NaN, no source exists.</li>
 * </ul>
 */
public final class Scoring {

    /** Bars of the beta's window. */
    public static final int BETA_BARS = 72;
    /** Bars of the beta's window that must have both returns. */
    public static final int BETA_MIN = 60;
    /** Earlier bars the volume z-score compares with. */
    public static final int VOLUME_BARS = 48;

    private Scoring() {
    }

    /**
     * Scores {@code rows} (one asset, in time order).
     *
     * @param btc BTC's rows for the beta (may be the same list when the asset is BTC), or null when BTC is absent
     */
    public static ScoreSeries score(String asset, List<ScoreInput> rows, List<ScoreInput> btc) {
        int n = rows.size();
        long[] times = new long[n];
        double[] closes = new double[n];
        double[][] s = new double[Component.values().length][n];
        for (double[] row : s) {
            Arrays.fill(row, Double.NaN);
        }
        double[] lv = new double[n];
        for (int i = 0; i < n; i++) {
            ScoreInput r = rows.get(i);
            if (i > 0 && r.time() <= times[i - 1]) {
                throw new IllegalArgumentException("bars out of order at " + r.time());
            }
            times[i] = r.time();
            closes[i] = r.close();
            lv[i] = Math.log1p(Math.max(0, r.volume()));
        }
        for (int i = 0; i < n; i++) {
            ScoreInput r = rows.get(i);
            s[Component.MOMENTUM.ordinal()][i] = momentum(r, i >= 50 ? closes[i - 50] : Double.NaN);
            s[Component.TECHNICAL.ordinal()][i] = technical(r);
            s[Component.VOLUME.ordinal()][i] = i >= VOLUME_BARS ? volume(r, lv, i) : Double.NaN;
            s[Component.ORDERFLOW.ordinal()][i] = 2 * r.takerBuyRatio() - 1;
            s[Component.ORDERBOOK.ordinal()][i] = clamp(r.bookImbalance5());
            s[Component.SENTIMENT.ordinal()][i] = sentiment(r);
            s[Component.PRICE_ACTION.ordinal()][i] = priceAction(r);
            s[Component.WHALE_ACTIVITY.ordinal()][i] = clamp(r.smartMoneyBias());
        }
        if (btc != null) {
            beta(times, closes, btc, s[Component.BETA_EXPOSURE.ordinal()]);
        }
        for (int i = 0; i < n; i++) {
            s[Component.CONFLUENCE.ordinal()][i] = confluence(s, i);
        }
        return new ScoreSeries(asset, times, closes, s);
    }

    static double momentum(ScoreInput r, double close50) {
        double vol = r.volatility();
        if (!(vol > 0) || !(r.close() > 0) || !(close50 > 0) || Double.isNaN(r.roc10())) {
            return Double.NaN;
        }
        double a10 = Math.log1p(r.roc10() / 100) / (vol * Math.sqrt(10));
        double a50 = Math.log(r.close() / close50) / (vol * Math.sqrt(50));
        return Math.tanh((a10 + a50) / 2);
    }

    static double technical(ScoreInput r) {
        if (!(r.atr14() > 0)) {
            return Double.NaN;
        }
        double v = ((r.rsi14() - 50) / 50 + Math.tanh(r.macdHist() / r.atr14()) + clamp(2 * r.bbPercentB() - 1)) / 3;
        return Double.isFinite(v) ? v : Double.NaN;
    }

    static double volume(ScoreInput r, double[] lv, int i) {
        double mean = 0;
        for (int k = i - VOLUME_BARS; k < i; k++) {
            mean += lv[k];
        }
        mean /= VOLUME_BARS;
        double ss = 0;
        for (int k = i - VOLUME_BARS; k < i; k++) {
            ss += (lv[k] - mean) * (lv[k] - mean);
        }
        double sd = Math.sqrt(ss / (VOLUME_BARS - 1));
        if (!(sd > 0)) {
            return Double.NaN;
        }
        double z = (lv[i] - mean) / sd;
        return Math.signum(r.close() - r.open()) * (1 + Math.tanh(z)) / 2;
    }

    static double sentiment(ScoreInput r) {
        double sum = 0;
        int k = 0;
        if (Double.isFinite(r.fearGreed())) {
            sum += clamp((r.fearGreed() - 50) / 50);
            k++;
        }
        if (Double.isFinite(r.fundingZscore())) {
            sum += Math.tanh(r.fundingZscore() / 2);
            k++;
        }
        return k == 0 ? Double.NaN : sum / k;
    }

    static double priceAction(ScoreInput r) {
        double range = r.high() - r.low();
        if (Double.isNaN(range) || range < 0) {
            return Double.NaN;
        }
        if (range == 0) {
            return 0;
        }
        double clv = ((r.close() - r.low()) - (r.high() - r.close())) / range;
        double body = (r.close() - r.open()) / range;
        return clamp((clv + body) / 2);
    }

    /** Fills {@code out} with the beta exposure of the asset (times, closes) to BTC. */
    static void beta(long[] times, double[] closes, List<ScoreInput> btc, double[] out) {
        Map<Long, Double> btcClose = new HashMap<>(btc.size() * 2);
        for (ScoreInput b : btc) {
            btcClose.put(b.time(), b.close());
        }
        int n = times.length;
        double[] ra = new double[n];
        double[] rb = new double[n];
        Arrays.fill(ra, Double.NaN);
        Arrays.fill(rb, Double.NaN);
        long step = Long.MAX_VALUE;
        for (int i = 1; i < n; i++) {
            step = Math.min(step, times[i] - times[i - 1]);
        }
        for (int i = 1; i < n; i++) {
            if (times[i] - times[i - 1] != step) {
                continue;
            }
            ra[i] = Math.log(closes[i] / closes[i - 1]);
            Double c1 = btcClose.get(times[i]);
            Double c0 = btcClose.get(times[i - 1]);
            if (c1 != null && c0 != null && c1 > 0 && c0 > 0) {
                rb[i] = Math.log(c1 / c0);
            }
        }
        for (int i = BETA_BARS; i < n; i++) {
            if (!Double.isFinite(rb[i])) {
                continue;
            }
            int k = 0;
            double ma = 0;
            double mb = 0;
            for (int j = i - BETA_BARS + 1; j <= i; j++) {
                if (Double.isFinite(ra[j]) && Double.isFinite(rb[j])) {
                    ma += ra[j];
                    mb += rb[j];
                    k++;
                }
            }
            if (k < BETA_MIN) {
                continue;
            }
            ma /= k;
            mb /= k;
            double cov = 0;
            double var = 0;
            for (int j = i - BETA_BARS + 1; j <= i; j++) {
                if (Double.isFinite(ra[j]) && Double.isFinite(rb[j])) {
                    cov += (ra[j] - ma) * (rb[j] - mb);
                    var += (rb[j] - mb) * (rb[j] - mb);
                }
            }
            if (var > 0) {
                out[i] = Math.tanh(cov / var) * Math.signum(rb[i]);
            }
        }
    }

    static double confluence(double[][] s, int i) {
        int k = 0;
        double sum = 0;
        for (Component c : Component.values()) {
            if (c == Component.CONFLUENCE) {
                continue;
            }
            double v = s[c.ordinal()][i];
            if (Double.isFinite(v)) {
                sum += Math.signum(v);
                k++;
            }
        }
        return k >= 3 ? sum / k : Double.NaN;
    }

    static double clamp(double v) {
        return Double.isNaN(v) ? Double.NaN : Math.max(-1, Math.min(1, v));
    }
}
