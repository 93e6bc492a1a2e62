package io.trader.signals.core;

import java.util.List;

/**
 * The rules and sizes of the signals product ({@code trader.signals.*}).
 *
 * @param threshold        least calibrated confidence of the chosen side that emits (0.5, 1]
 * @param cooldownMs       per pair: no new signal this long after the last one
 * @param maxOpen          most signals open (not yet resolved) at once
 * @param maxTotalPct      most total size of the open signals, percent of equity
 * @param riskPerTradePct  equity risked between entry and stop, percent
 * @param atrMultiple      stop distance in ATRs (k)
 * @param takeProfitR      take-profit levels as multiples of the stop distance, increasing
 * @param maxLeverage      leverage cap
 * @param targetVol        annualised volatility the leverage aims at
 * @param timeoutMs        an unresolved signal is closed at the bar close this long after it
 */
public record SignalConfig(double threshold, long cooldownMs, int maxOpen, double maxTotalPct, double riskPerTradePct,
                           double atrMultiple, List<Double> takeProfitR, double maxLeverage, double targetVol,
                           long timeoutMs) {

    public SignalConfig {
        check(threshold > 0.5 && threshold <= 1, "threshold must be in (0.5, 1]");
        check(cooldownMs >= 0, "cooldown must be >= 0");
        check(maxOpen >= 1, "max open signals must be >= 1");
        check(maxTotalPct > 0, "max total size must be > 0");
        check(riskPerTradePct > 0 && riskPerTradePct <= 100, "risk per trade must be in (0, 100] percent");
        check(atrMultiple > 0, "ATR multiple must be > 0");
        takeProfitR = List.copyOf(takeProfitR);
        check(!takeProfitR.isEmpty(), "at least one take-profit level");
        for (int i = 0; i < takeProfitR.size(); i++) {
            check(takeProfitR.get(i) > 0 && (i == 0 || takeProfitR.get(i) > takeProfitR.get(i - 1)),
                    "take-profit multiples must be > 0 and increasing");
        }
        check(maxLeverage > 0, "max leverage must be > 0");
        check(targetVol > 0, "target volatility must be > 0");
        check(timeoutMs > 0, "timeout must be > 0");
    }

    /** The defaults of the settings table. */
    public static SignalConfig defaults() {
        return new SignalConfig(0.80, 3_600_000L, 5, 200, 1.0, 2.0, List.of(1.0, 2.0, 3.0), 3.0, 0.60,
                86_400_000L);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
