package io.trader.signals.core;

import io.trader.core.domain.InstrumentSpec;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, per pair and bar, whether the calibrated forecast becomes a signal, and builds it. Checks in order:
 * calibrated probability present, ATR and volatility warm, confidence of the chosen side at least the threshold,
 * the pair's cooldown since its last signal, no open signal or position on the same side, then the exposure
 * limits (count of open signals, their total size). The sizes: stop = entry -/+ k ATR on the tick grid (R is
 * that distance), take-profits at entry +/- m R, leverage = target vol / annualised realised vol capped at the
 * maximum, size = risk per trade / (R / entry) capped at the leverage (as % of equity). Single-threaded; time is
 * the bar's.
 */
public final class SignalPolicy {

    private static final double YEAR_MS = 365.0 * 24 * 3600 * 1000;
    private static final int TOP_ALPHAS = 3;
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final SignalConfig config;
    private final Map<String, Long> lastEmitted = new HashMap<>();

    public SignalPolicy(SignalConfig config) {
        this.config = config;
    }

    public SignalConfig config() {
        return config;
    }

    /**
     * The outcome for one pair at one bar, given the signals still open; an emission starts the pair's cooldown.
     */
    public Outcome decide(SignalInputs in, List<Signal> open) {
        double p = in.probabilityUp();
        if (Double.isNaN(p)) {
            return skip(Outcome.Kind.NO_CALIBRATION, "the ensemble gave no calibrated probability");
        }
        Side side = p >= 0.5 ? Side.LONG : Side.SHORT;
        double confidence = side == Side.LONG ? p : 1 - p;
        if (!(in.atr() > 0) || !(in.volPerBar() > 0) || in.intervalMs() <= 0) {
            return skip(Outcome.Kind.NOT_WARM, "ATR or realised volatility not warm yet");
        }
        if (confidence < config.threshold()) {
            return skip(Outcome.Kind.BELOW_THRESHOLD, String.format(java.util.Locale.ROOT,
                    "confidence %.4f below %.4f", confidence, config.threshold()));
        }
        Long last = lastEmitted.get(in.pair());
        if (last != null && in.timeMs() - last < config.cooldownMs()) {
            return skip(Outcome.Kind.COOLDOWN, "last signal on " + in.pair() + " at " + Instant.ofEpochMilli(last));
        }
        for (Signal s : open) {
            if (s.pair().equals(in.pair()) && s.side() == side) {
                return skip(Outcome.Kind.DUPLICATE, "signal " + s.signalId() + " is open on the same side");
            }
        }
        if (Long.signum(in.positionLots()) == side.sign()) {
            return skip(Outcome.Kind.DUPLICATE, "the session holds a " + side.wire() + " position in " + in.pair());
        }
        InstrumentSpec spec = in.instrument();
        long entry = in.closeTicks();
        long rTicks = Math.max(1, spec.ticks(config.atrMultiple() * in.atr(), RoundingMode.HALF_UP));
        long stop = entry - side.sign() * rTicks;
        if (stop <= 0 || entry <= 0) {
            return skip(Outcome.Kind.NOT_WARM, "the stop " + config.atrMultiple() + " ATR away would be at or below 0");
        }
        double annualVol = in.volPerBar() * Math.sqrt(YEAR_MS / in.intervalMs());
        double leverage = Math.min(config.targetVol() / annualVol, config.maxLeverage());
        double stopFraction = (double) rTicks / entry;
        double size = Math.min(config.riskPerTradePct() / 100 / stopFraction, leverage) * 100;
        if (open.size() >= config.maxOpen()) {
            return skip(Outcome.Kind.EXPOSURE_LIMIT, open.size() + " signals open, the most allowed");
        }
        double total = open.stream().mapToDouble(Signal::sizePctEquity).sum();
        if (total + size > config.maxTotalPct()) {
            return skip(Outcome.Kind.EXPOSURE_LIMIT, String.format(java.util.Locale.ROOT,
                    "open signals hold %.2f%% of equity; %.2f%% more exceeds %.2f%%", total, size,
                    config.maxTotalPct()));
        }
        List<java.math.BigDecimal> tps = new ArrayList<>();
        for (double m : config.takeProfitR()) {
            tps.add(spec.priceDecimal(entry + side.sign() * Math.round(m * rTicks)));
        }
        Map<String, String> risk = new LinkedHashMap<>();
        risk.put("atr", Decimals.significant(in.atr()));
        risk.put("atr_multiple", Decimals.significant(config.atrMultiple()));
        risk.put("stop_distance", spec.priceDecimal(rTicks).toPlainString());
        risk.put("realised_vol_annual", Decimals.fixed(annualVol, 4));
        risk.put("target_vol_annual", Decimals.fixed(config.targetVol(), 4));
        risk.put("max_leverage", Decimals.significant(config.maxLeverage()));
        risk.put("risk_per_trade_pct", Decimals.significant(config.riskPerTradePct()));
        String id = in.pair() + "-" + ID_TIME.format(Instant.ofEpochMilli(in.timeMs())) + "-" + side.wire();
        Signal signal = new Signal(id, in.timeMs(), in.pair(), side, spec.priceDecimal(entry),
                spec.priceDecimal(stop), tps, leverage, size, confidence, p, in.modelVersions(),
                in.ensembleVersion(), topAlphas(in.alphas(), side), in.features(), risk, in.backtest());
        lastEmitted.put(in.pair(), in.timeMs());
        return new Outcome.Emitted(signal);
    }

    /** The alphas that pushed toward {@code side}, strongest first. */
    static List<Signal.Contribution> topAlphas(List<Signal.Contribution> all, Side side) {
        return all.stream().filter(c -> Double.isFinite(c.contribution()) && c.contribution() * side.sign() > 0)
                .sorted(Comparator.comparingDouble((Signal.Contribution c) -> -c.contribution() * side.sign()))
                .limit(TOP_ALPHAS).toList();
    }

    /** Restores a pair's cooldown (e.g. from the store after a restart). */
    public void rememberEmitted(String pair, long timeMs) {
        lastEmitted.merge(pair, timeMs, Math::max);
    }

    private static Outcome skip(Outcome.Kind kind, String reason) {
        return new Outcome.Skipped(kind, reason);
    }
}
