package io.trader.app.ensemble;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a candidate on one instrument or pooled over several. With H the forecast horizon in bars
 * and {@code y_t = 1} when {@code close(t+H) > close(t)}:
 * <ul>
 *   <li><b>log loss</b> {@code -mean(y ln p + (1-y) ln(1-p))} (p clipped to [1e-15, 1 - 1e-15]) and
 *       <b>Brier</b> {@code mean((p - y)^2)} of {@code forecast.probability()}, over the bars that have one
 *       and whose H-bar outcome is known ({@code pCoverage} = their share of those bars); {@code NaN} ("n/a")
 *       when the candidate gives no calibrated probability;</li>
 *   <li><b>IC</b>: Pearson correlation of the forecast score at t with the H-bar return
 *       {@code close(t+H)/close(t) - 1}, on non-overlapping samples {@code t = 0, H, 2H, ...};</li>
 *   <li><b>Sharpe</b>: mean / sample standard deviation of the per-bar returns of the equity curve (after
 *       costs), times {@code sqrt(bars per year)}; <b>max drawdown</b>: the largest fall from a running peak
 *       (starting at the initial equity), a fraction;</li>
 *   <li><b>trades</b>: bars at which the position changed; <b>exposure</b>: share of bars holding a position;
 *       <b>costs</b>: fees and slippage paid, a fraction of the initial equity.</li>
 * </ul>
 * Per instrument, the equity curve is the instrument's sleeve in the shared account (initial equity plus
 * its own profit after costs); pooled: the outcome samples of every instrument together and the shared
 * account's equity (see {@link Replay}).
 */
public record EvalMetrics(String candidate, String symbol, int bars, double logLoss, double brier,
                          double pCoverage, double ic, int icSamples, double sharpe, double maxDrawdown,
                          double totalReturn, long trades, double exposure, double costs) {

    static final double EPS = 1e-15;

    public static EvalMetrics of(Replay.Track t, int horizon) {
        return of(t.candidate(), t, horizon);
    }

    /** One instrument's figures under another name. */
    public static EvalMetrics of(String candidate, Replay.Track t, int horizon) {
        return pooled(candidate, t.tape().symbol(), List.of(t), t.equity(), horizon, t.initialEquity());
    }

    /** The candidate on every instrument of a shared account. */
    public static EvalMetrics pooled(String candidate, Replay.Joint joint, int horizon, double initialEquity) {
        return pooled(candidate, "all", joint.tracks(), joint.equity(), horizon, initialEquity);
    }

    /** The candidate on several instruments' tracks whose account equity was {@code curve}. */
    static EvalMetrics pooled(String candidate, String label, List<Replay.Track> tracks, double[] curve, int horizon,
                              double initialEquity) {
        double ll = 0;
        double br = 0;
        int withP = 0;
        int known = 0;
        List<double[]> ic = new ArrayList<>();
        long trades = 0;
        long exposed = 0;
        int bars = 0;
        double cost = 0;
        for (Replay.Track t : tracks) {
            Tape tape = t.tape();
            int n = tape.bars();
            bars += n;
            for (int i = 0; i + horizon < n; i++) {
                known++;
                double p = t.probability()[i];
                if (Double.isNaN(p)) {
                    continue;
                }
                double y = tape.close(i + horizon) > tape.close(i) ? 1 : 0;
                double q = Math.min(1 - EPS, Math.max(EPS, p));
                ll -= y * Math.log(q) + (1 - y) * Math.log(1 - q);
                br += (p - y) * (p - y);
                withP++;
            }
            for (int i = 0; i + horizon < n; i += horizon) {
                ic.add(new double[] {t.score()[i], tape.close(i + horizon) / tape.close(i) - 1});
            }
            for (int i = 0; i < n; i++) {
                long before = i == 0 ? 0 : t.lots()[i - 1];
                trades += t.lots()[i] != before ? 1 : 0;
                exposed += t.lots()[i] != 0 ? 1 : 0;
                cost += t.cost()[i];
            }
        }
        double bpy = tracks.stream().mapToDouble(t -> t.tape().barsPerYear()).max().orElse(Double.NaN);
        double last = curve.length == 0 ? initialEquity : curve[curve.length - 1];
        return new EvalMetrics(candidate, label, bars, withP == 0 ? Double.NaN : ll / withP,
                withP == 0 ? Double.NaN : br / withP, known == 0 ? 0 : (double) withP / known, correlation(ic),
                ic.size(), sharpe(initialEquity, curve, bpy), maxDrawdown(initialEquity, curve),
                last / initialEquity - 1, trades, bars == 0 ? 0 : (double) exposed / bars, cost / initialEquity);
    }

    static double sharpe(double initial, double[] curve, double barsPerYear) {
        int n = curve.length;
        if (n < 2) {
            return Double.NaN;
        }
        double sum = 0;
        double sumSq = 0;
        double prev = initial;
        for (double v : curve) {
            double r = prev > 0 ? v / prev - 1 : 0;
            sum += r;
            sumSq += r * r;
            prev = v;
        }
        double mean = sum / n;
        double var = (sumSq - n * mean * mean) / (n - 1);
        return var > 0 ? mean / Math.sqrt(var) * Math.sqrt(barsPerYear) : Double.NaN;
    }

    static double maxDrawdown(double initial, double[] curve) {
        double peak = initial;
        double worst = 0;
        for (double v : curve) {
            peak = Math.max(peak, v);
            worst = Math.max(worst, peak > 0 ? 1 - v / peak : 0);
        }
        return worst;
    }

    static double correlation(List<double[]> xy) {
        int n = xy.size();
        if (n < 3) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (double[] p : xy) {
            mx += p[0];
            my += p[1];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : xy) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
    }
}
