package io.trader.venue.kraken;

/**
 * Kraken's verification tiers and their documented limits (docs.kraken.com, "Spot REST Rate Limits" and
 * "Trading engine limits").
 *
 * <p>REST call counter, per API key: every private call adds 1, {@code Ledgers}/{@code TradesHistory}/
 * {@code QueryLedgers} add 2; {@code AddOrder} and {@code CancelOrder} do not count here.
 *
 * <p>Trading engine counter, per pair: {@code AddOrder} adds 1, {@code CancelOrder} adds a penalty that falls with
 * the order's age ({@link #cancelPenalty}); above the threshold Kraken answers {@code EOrder:Rate limit exceeded}.
 *
 * @param maxCounter       REST counter maximum
 * @param decayPerSecond   REST counter decay
 * @param orderThreshold   trading-engine threshold per pair
 * @param orderDecay       trading-engine decay per second
 */
public enum KrakenTier {
    STARTER(15, 0.33, 60, 1.0),
    INTERMEDIATE(20, 0.5, 125, 2.34),
    PRO(20, 1.0, 180, 3.75);

    private final int maxCounter;
    private final double decayPerSecond;
    private final int orderThreshold;
    private final double orderDecay;

    KrakenTier(int maxCounter, double decayPerSecond, int orderThreshold, double orderDecay) {
        this.maxCounter = maxCounter;
        this.decayPerSecond = decayPerSecond;
        this.orderThreshold = orderThreshold;
        this.orderDecay = orderDecay;
    }

    public int maxCounter() {
        return maxCounter;
    }

    public double decayPerSecond() {
        return decayPerSecond;
    }

    public int orderThreshold() {
        return orderThreshold;
    }

    public double orderDecay() {
        return orderDecay;
    }

    /** REST counter cost of a private method (0 for the order methods, which count per pair instead). */
    public static int callCost(String method) {
        return switch (method) {
            case "AddOrder", "CancelOrder", "AddOrderBatch", "CancelOrderBatch", "EditOrder", "AmendOrder" -> 0;
            case "Ledgers", "QueryLedgers", "TradesHistory" -> 2;
            default -> 1;
        };
    }

    /** The trading-engine penalty of cancelling an order {@code ageMillis} old. */
    public static int cancelPenalty(long ageMillis) {
        if (ageMillis < 5_000) {
            return 8;
        }
        if (ageMillis < 10_000) {
            return 6;
        }
        if (ageMillis < 15_000) {
            return 5;
        }
        if (ageMillis < 45_000) {
            return 4;
        }
        if (ageMillis < 90_000) {
            return 2;
        }
        return ageMillis < 300_000 ? 1 : 0;
    }
}
