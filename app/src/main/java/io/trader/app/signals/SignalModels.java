package io.trader.app.signals;

import io.trader.app.models.CodeVersion;
import io.trader.app.models.ModelRecord;
import io.trader.app.models.PromotedModels;
import io.trader.signals.core.BacktestStats;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What a signal says about the models behind it: the model versions (the registry's promoted versions when the
 * session follows them, else each alpha id with how it is fitted), the ensemble version (strategy, learner,
 * calibration and code version) and the backtest figures. Backtest figures exist only for registry versions (their
 * walk-forward metrics: mean hit rate and after-cost Sharpe over the promoted models, predictions summed, training
 * period); any other session gets an explicit "not available" with the reason. Engine thread; recomputed only when
 * the registry generation changes.
 */
final class SignalModels {

    private final String strategy;
    private final String ensembleVersion;
    private final Supplier<PromotedModels> promoted;
    private long generation = -1;
    private List<String> versions = List.of();
    private BacktestStats backtest = BacktestStats.none("not computed");
    private List<String> lastIds = List.of();

    SignalModels(String strategy, String learner, String calibration, Supplier<PromotedModels> promoted) {
        this.strategy = strategy;
        this.ensembleVersion = strategy + "/" + learner + "/" + calibration + "@" + CodeVersion.current();
        this.promoted = promoted;
    }

    String ensembleVersion() {
        return ensembleVersion;
    }

    List<String> versions(List<String> alphaIds) {
        refresh(alphaIds);
        return versions;
    }

    BacktestStats backtest(List<String> alphaIds) {
        refresh(alphaIds);
        return backtest;
    }

    private void refresh(List<String> alphaIds) {
        PromotedModels p = promoted.get();
        long g = p == null ? -1 : p.generation();
        if (g == generation && alphaIds.equals(lastIds) && !versions.isEmpty()) {
            return;
        }
        generation = g;
        lastIds = List.copyOf(alphaIds);
        Map<String, PromotedModels.Active> active = p == null ? Map.of() : new TreeMap<>(p.current().promoted());
        if (active.isEmpty()) {
            String how = "zoo".equals(strategy) ? ":walk-forward" : "";
            versions = alphaIds.stream().map(id -> id + how).toList();
            backtest = BacktestStats.none("no model of this session is a model-registry version (strategy " + strategy
                    + (p == null ? "" : ", none promoted yet") + "), so no backtest statistics are recorded for it");
            return;
        }
        List<ModelRecord> records = active.values().stream().map(PromotedModels.Active::record).toList();
        versions = records.stream().map(r -> r.alphaId() + ":" + r.versionName()).toList();
        backtest = fromRegistry(records);
    }

    /**
     * The backtest figures of registry versions: mean walk-forward {@code hit_rate} and {@code sharpe_after_cost}
     * over those that recorded them, {@code predictions} summed, the training period from the earliest start to the
     * latest end.
     */
    static BacktestStats fromRegistry(List<ModelRecord> records) {
        List<String> v = new ArrayList<>();
        double hit = 0;
        int hits = 0;
        double sharpe = 0;
        int sharpes = 0;
        long trades = 0;
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (ModelRecord r : records) {
            v.add(r.alphaId() + ":" + r.versionName());
            Double h = r.metrics().get("hit_rate");
            if (h != null) {
                hit += h;
                hits++;
            }
            Double s = r.metrics().get("sharpe_after_cost");
            if (s != null) {
                sharpe += s;
                sharpes++;
            }
            Double n = r.metrics().get("predictions");
            trades += n == null ? 0 : n.longValue();
            from = Math.min(from, r.trainFrom());
            to = Math.max(to, r.trainTo());
        }
        if (hits == 0 && sharpes == 0) {
            return BacktestStats.none("the registry versions " + v + " record no hit rate or Sharpe");
        }
        return new BacktestStats(true, "", "model registry walk-forward metrics, mean over " + v,
                hits == 0 ? Double.NaN : hit / hits, sharpes == 0 ? Double.NaN : sharpe / sharpes,
                trades == 0 ? -1 : trades, day(from), day(to));
    }

    private static String day(long ms) {
        return Instant.ofEpochMilli(ms).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
