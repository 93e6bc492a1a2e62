package io.trader.app.ensemble;

import java.util.List;
import java.util.Locale;

/** The result of {@link EnsembleEval} as a markdown table (stdout, table.md) and CSV (table.csv). */
public final class EvalTable {

    private EvalTable() {
    }

    private static final String HEAD = "| candidate | instrument | bars | log loss | Brier | p cover | IC | IC n "
            + "| Sharpe | max DD | return | costs | trades | exposure |\n"
            + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";

    public static String markdown(EnsembleEval.Result r, String setup) {
        StringBuilder b = new StringBuilder();
        b.append("## Ensembles vs baselines, walk-forward out of sample, after costs\n\n");
        b.append(setup).append("\n\n");
        b.append(HEAD);
        r.pooled().forEach(m -> row(b, m));
        r.perInstrument().forEach(m -> row(b, m));
        b.append('\n');
        b.append("`").append(EnsembleEval.BEST_ALPHA).append("` is ").append(r.bestAlpha())
                .append(": the single alpha with the best pooled after-cost Sharpe on this same data. Choosing it "
                        + "uses hindsight, which flatters this baseline.\n");
        b.append("`costs`: fees and slippage paid, a share of the initial equity (`return` is after them). ");
        b.append("log loss / Brier `n/a`: the candidate gives no calibrated probability (none is invented). "
                + "For reference, always answering p = 0.5 scores log loss 0.6931 and Brier 0.2500.\n\n");
        b.append("### Every alpha alone (pooled; the pool `best-alpha` is chosen from)\n\n");
        b.append(HEAD);
        r.singleAlphas().forEach(m -> row(b, m));
        if (!r.reliability().isEmpty()) {
            b.append("\n### Reliability (pooled): observed frequency of an up move per bin of the probability\n\n");
            b.append("Each cell: mean predicted -> observed (samples). ECE: the count-weighted mean |observed - "
                    + "predicted|.\n\n");
            b.append("| candidate | ECE | bins |\n|---|---:|---|\n");
            r.reliability().forEach((k, bins) -> {
                StringBuilder cells = new StringBuilder();
                for (var bin : bins) {
                    if (bin.count() > 0) {
                        cells.append(cells.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT,
                                "%.3f -> %.3f (%d)", bin.meanPredicted(), bin.observedFrequency(), bin.count()));
                    }
                }
                b.append(String.format(Locale.ROOT, "| %s | %.4f | %s |%n", k,
                        io.trader.layer2.core.meta.Reliability.expectedCalibrationError(bins), cells));
            });
        }
        b.append("\n### Replay time per candidate (all instruments, ").append(r.bars()).append(" bars)\n\n");
        b.append("| candidate | seconds | bars/s |\n|---|---:|---:|\n");
        r.replaySeconds().forEach((k, v) -> {
            if (!k.startsWith("alpha:")) {
                b.append(String.format(Locale.ROOT, "| %s | %.2f | %.0f |%n", k, v, r.bars() / Math.max(1e-9, v)));
            }
        });
        return b.toString();
    }

    private static void row(StringBuilder b, EvalMetrics m) {
        b.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %d | %s | %s | %s | %s | %d | %s |%n",
                m.candidate(), m.symbol(), m.bars(), na(m.logLoss(), 4), na(m.brier(), 4), pct(m.pCoverage()),
                na(m.ic(), 4), m.icSamples(), na(m.sharpe(), 2), pct(m.maxDrawdown()), pct(m.totalReturn()),
                pct(m.costs()), m.trades(), pct(m.exposure())));
    }

    public static String csv(EnsembleEval.Result r) {
        StringBuilder b = new StringBuilder("kind,candidate,instrument,bars,log_loss,brier,p_coverage,ic,ic_samples,"
                + "sharpe_after_cost,max_drawdown,total_return,trades,exposure,costs\n");
        csv(b, "pooled", r.pooled());
        csv(b, "instrument", r.perInstrument());
        csv(b, "single-alpha", r.singleAlphas());
        return b.toString();
    }

    private static void csv(StringBuilder b, String kind, List<EvalMetrics> rows) {
        for (EvalMetrics m : rows) {
            b.append(String.format(Locale.ROOT, "%s,\"%s\",%s,%d,%s,%s,%s,%s,%d,%s,%s,%s,%d,%s,%s%n", kind,
                    m.candidate(), m.symbol(), m.bars(), num(m.logLoss()), num(m.brier()), num(m.pCoverage()),
                    num(m.ic()), m.icSamples(), num(m.sharpe()), num(m.maxDrawdown()), num(m.totalReturn()),
                    m.trades(), num(m.exposure()), num(m.costs())));
        }
    }

    private static String na(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "n/a";
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : "n/a";
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }
}
