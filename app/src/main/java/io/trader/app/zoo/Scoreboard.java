package io.trader.app.zoo;

import io.trader.layer1.core.score.Scores;
import io.trader.layer1.core.zoo.OutOfSample;
import io.trader.layer1.core.zoo.ZooCatalog;
import io.trader.layer1.core.zoo.ZooSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The out-of-sample scoreboard of a walk-forward zoo run: per instrument and alpha, how its scores
 * (made by models fitted before each bar) relate to what happened. IC and rank IC are against the
 * realised triple-barrier return; hit rate is sign agreement with it; AUC and Brier are against the
 * barrier label with {@code p = (score + 1) / 2}; the after-cost Sharpe trades the score alone
 * (position = score, held one bar, cost per unit of turnover). Overlapping barrier windows are not
 * independent, so the IC's t-statistic uses {@code n / horizon bars} effective samples; an alpha whose
 * |t| is below 2 is reported as having no out-of-sample skill.
 */
public final class Scoreboard {

    private Scoreboard() {
    }

    /** One row of the scoreboard. */
    public record Row(String symbol, String alpha, String learner, int fits, int predictions, double coverage,
                      double ic, double rankIc, double icT, double hitRate, double auc, double brier,
                      double turnover, double sharpe, String verdict) {

        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("symbol", symbol);
            m.put("alpha", alpha);
            m.put("learner", learner);
            m.put("fits", fits);
            m.put("predictions", predictions);
            m.put("coverage", finite(coverage));
            m.put("ic", finite(ic));
            m.put("rank_ic", finite(rankIc));
            m.put("ic_t", finite(icT));
            m.put("hit_rate", finite(hitRate));
            m.put("auc", finite(auc));
            m.put("brier", finite(brier));
            m.put("turnover", finite(turnover));
            m.put("sharpe_after_cost", finite(sharpe));
            m.put("verdict", verdict);
            return m;
        }

        /** The metrics recorded with a model version in the registry. */
        public Map<String, Double> metrics() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("ic", ic);
            m.put("rank_ic", rankIc);
            m.put("ic_t", icT);
            m.put("hit_rate", hitRate);
            m.put("auc", auc);
            m.put("brier", brier);
            m.put("turnover", turnover);
            m.put("sharpe_after_cost", sharpe);
            m.put("predictions", (double) predictions);
            m.values().removeIf(v -> !Double.isFinite(v));
            return m;
        }
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /**
     * @param costBps     cost per unit of turnover when trading a score alone (fee + half spread)
     * @param barsPerYear annualisation of the bar interval
     * @param horizonBars barrier horizon in bars (for the effective sample count)
     */
    public static List<Row> rows(ZooTraining.InstrumentRun run, double costBps, double barsPerYear,
                                 double horizonBars) {
        int n = run.closes().length;
        double[] fwd = new double[n];
        for (int i = 0; i < n; i++) {
            fwd[i] = i + 1 < n ? run.closes()[i + 1] / run.closes()[i] - 1 : Double.NaN;
        }
        List<Row> rows = new ArrayList<>();
        for (ZooTraining.AlphaRun a : run.alphas()) {
            ZooSpec spec = ZooCatalog.spec(a.alphaId());
            OutOfSample o = a.outOfSample();
            double[] s = o.scores();
            double[] realised = o.realised();
            double[] label = new double[s.length];
            double[] p = new double[s.length];
            int[] lab = o.labels();
            for (int i = 0; i < s.length; i++) {
                label[i] = lab[i];
                p[i] = (s[i] + 1) / 2;
            }
            double ic = Scores.ic(s, realised);
            double nEff = s.length / Math.max(1, horizonBars);
            double t = Double.isFinite(ic) && nEff > 2 ? ic * Math.sqrt(nEff - 2) / Math.sqrt(Math.max(1e-12, 1 - ic * ic))
                    : Double.NaN;
            Scores.AfterCost alone = Scores.tradeAlone(a.barScores(), fwd, costBps, barsPerYear);
            int scored = 0;
            for (double v : a.barScores()) {
                if (v != 0) {
                    scored++;
                }
            }
            String verdict = s.length == 0 ? "abstained (inputs missing or too few labels)"
                    : !Double.isFinite(t) ? "too few predictions"
                    : Math.abs(t) < 2 ? "no out-of-sample skill (|t| < 2)"
                    : ic > 0 ? "skill" : "negative skill (inverted)";
            rows.add(new Row(run.symbol(), a.alphaId(), spec.learner(), a.alpha().fits().size(), s.length,
                    n == 0 ? 0 : (double) scored / n, ic, Scores.rankIc(s, realised), t,
                    Scores.hitRate(s, realised), spec.regression() ? Double.NaN : Scores.auc(s, label),
                    spec.regression() ? Double.NaN : Scores.brier(p, label), alone.turnover(), alone.sharpe(),
                    verdict));
        }
        return rows;
    }

    /** The table printed on stdout. */
    public static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-10s %-15s %-8s %4s %7s %6s %7s %7s %6s %6s %6s %6s %6s %7s  %s%n",
                "symbol", "alpha", "learner", "fits", "preds", "cover", "IC", "rankIC", "IC_t", "hit", "AUC",
                "brier", "turn", "sharpe", "verdict"));
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT,
                    "%-10s %-15s %-8s %4d %7d %6s %7s %7s %6s %6s %6s %6s %6s %7s  %s%n", r.symbol(), r.alpha(),
                    r.learner(), r.fits(), r.predictions(), f(r.coverage(), 2), f(r.ic(), 4), f(r.rankIc(), 4),
                    f(r.icT(), 2), f(r.hitRate(), 3), f(r.auc(), 3), f(r.brier(), 3), f(r.turnover(), 3),
                    f(r.sharpe(), 2), r.verdict()));
        }
        return b.toString();
    }

    private static String f(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
    }
}
