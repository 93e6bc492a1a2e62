package io.trader.app.venue;

import io.trader.core.venue.WeightBudget;
import io.trader.monitoring.RateLimitBudget;
import io.trader.venue.binance.BinanceRateLimit;
import io.trader.venue.binance.BinanceRaw;
import io.trader.venue.binance.RequestBudget;
import io.trader.venue.kraken.DecayingCounter;
import io.trader.venue.kraken.KrakenRest;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * Read-only views of each venue's rate-limit budget for the metrics ({@link RateLimitBudget}), read at scrape time on
 * the wall clock the adapters use: Hyperliquid's per-IP {@link WeightBudget}, Binance's REQUEST_WEIGHT window of its
 * {@link RequestBudget}, Kraken's REST call counter.
 */
final class VenueBudgetViews {

    private VenueBudgetViews() {
    }

    /** A {@link WeightBudget}: weight used out of its capacity, order-lane waits as the held time. */
    static RateLimitBudget of(WeightBudget budget, LongSupplier clock) {
        return view(() -> budget.capacity() - budget.available(clock.getAsLong()), budget::capacity,
                () -> budget.heldMillis() / 1000.0);
    }

    /** Binance's budget of {@code raw} (replaced when the venue declares its limits: read each time). */
    static RateLimitBudget of(BinanceRaw raw, LongSupplier clock) {
        return view(() -> {
            RequestBudget b = raw.budget();
            int i = weightLimit(b.limits());
            return i < 0 ? 0 : b.used(i, clock.getAsLong());
        }, () -> {
            RequestBudget b = raw.budget();
            int i = weightLimit(b.limits());
            return i < 0 ? Double.NaN : b.limits().get(i).limit();
        }, () -> raw.budget().heldMillis() / 1000.0);
    }

    /** Kraken's REST call counter of {@code rest}. */
    static RateLimitBudget of(KrakenRest rest, LongSupplier clock) {
        DecayingCounter calls = rest.callBudget();
        return view(() -> calls.level(clock.getAsLong()), calls::max, () -> rest.waitedMillis() / 1000.0);
    }

    /** The REQUEST_WEIGHT limit with the shortest window, or -1. */
    private static int weightLimit(List<BinanceRateLimit> limits) {
        int best = -1;
        for (int i = 0; i < limits.size(); i++) {
            BinanceRateLimit l = limits.get(i);
            if (l.type().equals("REQUEST_WEIGHT")
                    && (best < 0 || l.windowMillis() < limits.get(best).windowMillis())) {
                best = i;
            }
        }
        return best;
    }

    private static RateLimitBudget view(java.util.function.DoubleSupplier used, java.util.function.DoubleSupplier limit,
                                        java.util.function.DoubleSupplier held) {
        return new RateLimitBudget() {
            @Override
            public double used() {
                return used.getAsDouble();
            }

            @Override
            public double limit() {
                return limit.getAsDouble();
            }

            @Override
            public double rateLimitedSeconds() {
                return held.getAsDouble();
            }
        };
    }
}
