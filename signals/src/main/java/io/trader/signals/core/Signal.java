package io.trader.signals.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One trading signal, before it is signed: what to trade, at what size and leverage, where to exit, how sure the
 * ensemble is and why, and how the model did in its backtest. Prices are exact decimals on the instrument's tick;
 * {@link #tree()} is the JSON object that gets signed (every scalar a string, see {@link CanonicalJson}).
 *
 * @param timeMs          the bar close the signal was decided at, epoch ms UTC (written ISO-8601)
 * @param confidence      calibrated probability of the chosen side: p for long, 1 - p for short
 * @param probabilityUp   the ensemble's calibrated probability that the return is positive
 * @param leverage        suggested leverage: target volatility over realised, clamped to the maximum
 * @param sizePctEquity   notional as a percentage of equity: risk per trade over the stop distance, capped
 * @param takeProfits     the take-profit prices, nearest first (1R, 2R, ... of the stop distance)
 * @param topAlphas       the alphas that contributed most to the side, largest first
 * @param topFeatures     readable feature values at the bar (not an attribution: the values the reader sees)
 */
public record Signal(String signalId, long timeMs, String pair, Side side, BigDecimal entry, BigDecimal stopLoss,
                     List<BigDecimal> takeProfits, double leverage, double sizePctEquity, double confidence,
                     double probabilityUp, List<String> modelVersions, String ensembleVersion,
                     List<Contribution> topAlphas, List<FeatureValue> topFeatures, Map<String, String> risk,
                     BacktestStats backtest) {

    /** One alpha's signed contribution to the ensemble's score, in the ensemble's units. */
    public record Contribution(String alpha, double contribution) {
    }

    /** One feature's value at the signal's bar. */
    public record FeatureValue(String feature, double value) {
    }

    public Signal {
        Objects.requireNonNull(signalId, "signalId");
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(stopLoss, "stopLoss");
        takeProfits = List.copyOf(takeProfits);
        modelVersions = List.copyOf(modelVersions);
        topAlphas = List.copyOf(topAlphas);
        topFeatures = List.copyOf(topFeatures);
        risk = Map.copyOf(risk);
        Objects.requireNonNull(backtest, "backtest");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
        if (side == Side.LONG ? stopLoss.compareTo(entry) >= 0 : stopLoss.compareTo(entry) <= 0) {
            throw new IllegalArgumentException("stop-loss " + stopLoss + " is on the wrong side of " + entry);
        }
    }

    /**
     * The tradable part of a stored signal's JSON (id, time, pair, side, entry, stop, take-profits, sizes,
     * confidence), for following it again after a restart; the explanation is left empty and the backtest says
     * "restored". Throws {@link IllegalArgumentException} on a document that is not a signal.
     */
    public static Signal restore(Map<?, ?> doc) {
        try {
            List<BigDecimal> tps = new ArrayList<>();
            for (Object tp : (List<?>) doc.get("take_profits")) {
                tps.add(new BigDecimal((String) tp));
            }
            return new Signal((String) doc.get("signal_id"),
                    java.time.Instant.parse((String) doc.get("timestamp")).toEpochMilli(), (String) doc.get("pair"),
                    Side.ofWire((String) doc.get("side")), new BigDecimal((String) doc.get("entry")),
                    new BigDecimal((String) doc.get("stop_loss")), tps,
                    Double.parseDouble((String) doc.get("leverage")),
                    Double.parseDouble((String) doc.get("size_pct_equity")),
                    Double.parseDouble((String) doc.get("confidence")),
                    Double.parseDouble((String) doc.get("probability_up")), List.of(), "", List.of(), List.of(),
                    Map.of(), BacktestStats.none("restored"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a stored signal: " + e.getMessage(), e);
        }
    }

    /** The JSON object to sign, with the field names and formats of the README's Signals section. */
    public Map<String, Object> tree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", "trader.signal/1");
        m.put("signal_id", signalId);
        m.put("timestamp", java.time.Instant.ofEpochMilli(timeMs).toString());
        m.put("pair", pair);
        m.put("side", side.wire());
        m.put("entry", entry.toPlainString());
        m.put("stop_loss", stopLoss.toPlainString());
        m.put("take_profits", takeProfits.stream().map(BigDecimal::toPlainString).toList());
        m.put("leverage", Decimals.down(leverage, 2));
        m.put("size_pct_equity", Decimals.down(sizePctEquity, 2));
        m.put("confidence", Decimals.fixed(confidence, 4));
        m.put("probability_up", Decimals.fixed(probabilityUp, 4));
        m.put("model_versions", modelVersions);
        m.put("ensemble_version", ensembleVersion);
        List<Object> alphas = new ArrayList<>();
        for (Contribution c : topAlphas) {
            alphas.add(Map.of("alpha", c.alpha(), "contribution", Decimals.significant(c.contribution())));
        }
        List<Object> features = new ArrayList<>();
        for (FeatureValue f : topFeatures) {
            features.add(Map.of("feature", f.feature(), "value", Decimals.significant(f.value())));
        }
        m.put("explanation", Map.of("top_alphas", alphas, "top_features", features));
        m.put("risk", risk);
        m.put("backtest", backtest.tree());
        return m;
    }
}
