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
 * @param name             tier name
 * @param maxCounter       REST counter maximum
 * @param decayPerSecond   REST counter decay
 * @param orderThreshold   trading-engine threshold per pair
 * @param orderDecay       trading-engine decay per second
 */
public record KrakenTier(String name, int maxCounter, double decayPerSecond, int orderThreshold, double orderDecay) {

    public static final KrakenTier STARTER = new KrakenTier("starter", 15, 0.33, 60, 1.0);
    public static final KrakenTier INTERMEDIATE = new KrakenTier("intermediate", 20, 0.5, 125, 2.34);
    public static final KrakenTier PRO = new KrakenTier("pro", 20, 1.0, 180, 3.75);

    public KrakenTier {
        if (maxCounter < 4 || !(decayPerSecond > 0) || orderThreshold < 8 || !(orderDecay > 0)) {
            throw new IllegalArgumentException("tier limits must be positive (counter at least 4)");
        }
    }

    /** A documented tier by name ({@code starter}, {@code intermediate}, {@code pro}). */
    public static KrakenTier of(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "starter" -> STARTER;
            case "intermediate" -> INTERMEDIATE;
            case "pro" -> PRO;
            default -> throw new IllegalArgumentException("unknown Kraken tier " + name);
        };
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
