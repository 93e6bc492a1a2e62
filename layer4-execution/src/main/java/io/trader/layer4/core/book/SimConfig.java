package io.trader.layer4.core.book;

/**
 * Simulator settings. An order sent at local time t takes effect at the exchange at {@code t + orderLatencyNs};
 * a market event received locally at r happened at the exchange at {@code r - marketDataLatencyNs}, and a fill
 * at exchange time x is reported locally at {@code x + marketDataLatencyNs}. Fees in parts per million of
 * notional (1 bp = 100 ppm), rounded up; {@link #tiered} takes them from a venue's {@link FeeSchedule}.
 */
public record SimConfig(long orderLatencyNs, long marketDataLatencyNs, long makerFeePpm, long takerFeePpm) {

    public SimConfig {
        if (orderLatencyNs < 0 || marketDataLatencyNs < 0) {
            throw new IllegalArgumentException("latencies must be >= 0 ns, got order=" + orderLatencyNs
                    + " market-data=" + marketDataLatencyNs);
        }
        if (makerFeePpm < -1_000_000 || makerFeePpm > 1_000_000 || takerFeePpm < 0 || takerFeePpm > 1_000_000) {
            throw new IllegalArgumentException("fees must be in [-1e6, 1e6] ppm (taker >= 0), got maker="
                    + makerFeePpm + " taker=" + takerFeePpm);
        }
    }

    /** Latencies with the maker/taker fees of a venue's tier for {@code volumeUsd} over its window. */
    public static SimConfig tiered(long orderLatencyNs, long marketDataLatencyNs, FeeSchedule schedule,
                                   long volumeUsd) {
        FeeSchedule.Tier tier = schedule.tier(volumeUsd);
        return new SimConfig(orderLatencyNs, marketDataLatencyNs, tier.makerPpm(), tier.takerPpm());
    }

    /** The same latencies with another tier's fees. */
    public SimConfig withFees(FeeSchedule.Tier tier) {
        return new SimConfig(orderLatencyNs, marketDataLatencyNs, tier.makerPpm(), tier.takerPpm());
    }

    /** Fee for a fill of {@code notional} tick x lot units at a rate in ppm, rounded up (a rebate rounds toward 0). */
    public static long fee(long notional, long ppm) {
        long whole = (notional / 1_000_000) * ppm;
        long rest = (notional % 1_000_000) * ppm;
        return whole + Math.floorDiv(rest + 999_999, 1_000_000);
    }
}
