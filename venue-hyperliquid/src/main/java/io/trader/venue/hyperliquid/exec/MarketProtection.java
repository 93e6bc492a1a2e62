package io.trader.venue.hyperliquid.exec;

import io.trader.core.domain.Side;

/**
 * The protection price of a market order sent as an aggressive IOC limit: the reference price (mid or last) moved
 * against the order by at most {@code capBps} basis points: a buy pays at most {@code ref * (1 + cap)}, a sell
 * receives at least {@code ref * (1 - cap)}. The result is rounded towards the reference so the cap is never
 * exceeded ({@link OrderWire#marketAsIoc} then rounds to a valid wire price in the same direction).
 */
public final class MarketProtection {

    private MarketProtection() {
    }

    /** The worst acceptable price in ticks; {@code referenceTicks} must be positive, {@code capBps} in [0, 10000). */
    public static long worstTicks(Side side, long referenceTicks, double capBps) {
        if (referenceTicks <= 0) {
            throw new IllegalArgumentException("reference price must be positive");
        }
        if (!(capBps >= 0 && capBps < 10_000)) {
            throw new IllegalArgumentException("capBps must be in [0, 10000)");
        }
        double factor = side == Side.BUY ? 1 + capBps / 10_000 : 1 - capBps / 10_000;
        double raw = referenceTicks * factor;
        long ticks = side == Side.BUY ? (long) Math.floor(raw + 1e-9) : (long) Math.ceil(raw - 1e-9);
        return Math.max(1, ticks);
    }
}
