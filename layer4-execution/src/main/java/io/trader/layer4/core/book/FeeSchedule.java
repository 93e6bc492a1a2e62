package io.trader.layer4.core.book;

import java.util.List;
import java.util.Locale;

/**
 * A venue's maker/taker fees by trading-volume tier, in parts per million of notional (1 bp = 100 ppm). The tier is
 * the highest whose minimum volume (USD over the venue's window) the account reaches. Only volume tiers are modelled:
 * token-holding discounts (BNB, HYPE staking), referral discounts and Hyperliquid's maker-rebate tiers (by share of
 * maker volume) are not.
 *
 * @param venue             name used to select the schedule ({@link #named(String)})
 * @param volumeWindowDays  the window the venue measures volume over
 * @param tiers             ascending by minimum volume, the first at 0
 */
public record FeeSchedule(String venue, int volumeWindowDays, List<Tier> tiers) {

    /** One tier: from {@code minVolumeUsd} (inclusive) of volume over the window. */
    public record Tier(String name, long minVolumeUsd, long makerPpm, long takerPpm) {
    }

    public FeeSchedule {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty() || tiers.get(0).minVolumeUsd() != 0) {
            throw new IllegalArgumentException(venue + ": the first tier must start at volume 0");
        }
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).minVolumeUsd() <= tiers.get(i - 1).minVolumeUsd()) {
                throw new IllegalArgumentException(venue + ": tiers must be ascending by volume");
            }
        }
    }

    /**
     * Binance spot, regular account without BNB discount, 30-day volume in USD
     * (https://www.binance.com/en/fee/schedule, "Spot trading" tab, as published 2024).
     */
    public static final FeeSchedule BINANCE_SPOT = new FeeSchedule("binance-spot", 30, List.of(
            new Tier("Regular", 0L, 1_000, 1_000),
            new Tier("VIP 1", 1_000_000L, 900, 1_000),
            new Tier("VIP 2", 5_000_000L, 800, 1_000),
            new Tier("VIP 3", 20_000_000L, 420, 600),
            new Tier("VIP 4", 100_000_000L, 420, 540),
            new Tier("VIP 5", 150_000_000L, 360, 480),
            new Tier("VIP 6", 400_000_000L, 300, 420),
            new Tier("VIP 7", 800_000_000L, 240, 360),
            new Tier("VIP 8", 2_000_000_000L, 180, 300),
            new Tier("VIP 9", 4_000_000_000L, 120, 240)));

    /**
     * Binance USD-M futures, USDT-margined, without BNB discount, 30-day volume in USD
     * (https://www.binance.com/en/fee/futureFee, "USDⓈ-M Futures" tab, as published 2024).
     */
    public static final FeeSchedule BINANCE_USDM = new FeeSchedule("binance-usdm", 30, List.of(
            new Tier("Regular", 0L, 200, 500),
            new Tier("VIP 1", 15_000_000L, 160, 400),
            new Tier("VIP 2", 50_000_000L, 140, 350),
            new Tier("VIP 3", 100_000_000L, 120, 320),
            new Tier("VIP 4", 600_000_000L, 100, 300),
            new Tier("VIP 5", 1_000_000_000L, 80, 270),
            new Tier("VIP 6", 2_500_000_000L, 60, 250),
            new Tier("VIP 7", 5_000_000_000L, 40, 220),
            new Tier("VIP 8", 12_500_000_000L, 20, 200),
            new Tier("VIP 9", 25_000_000_000L, 0, 170)));

    /**
     * Hyperliquid perps, 14-day weighted volume in USD; each tier applies above ("&gt;") its threshold, hence the
     * extra dollar (https://hyperliquid.gitbook.io/hyperliquid-docs/trading/fees, perps table, as published 2025).
     */
    public static final FeeSchedule HYPERLIQUID_PERP = new FeeSchedule("hyperliquid-perp", 14, List.of(
            new Tier("Tier 0", 0L, 150, 450),
            new Tier("Tier 1", 5_000_001L, 120, 400),
            new Tier("Tier 2", 25_000_001L, 80, 350),
            new Tier("Tier 3", 100_000_001L, 40, 300),
            new Tier("Tier 4", 500_000_001L, 0, 280),
            new Tier("Tier 5", 2_000_000_001L, 0, 260),
            new Tier("Tier 6", 7_000_000_001L, 0, 240)));

    /** The schedules by {@link #venue()}. */
    public static final List<FeeSchedule> ALL = List.of(BINANCE_SPOT, BINANCE_USDM, HYPERLIQUID_PERP);

    /** The schedule of a venue name ({@code binance-spot}, {@code binance-usdm}, {@code hyperliquid-perp}). */
    public static FeeSchedule named(String venue) {
        String v = venue == null ? "" : venue.trim().toLowerCase(Locale.ROOT);
        for (FeeSchedule s : ALL) {
            if (s.venue().equals(v)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown fee schedule '" + venue
                + "': expected one of binance-spot, binance-usdm, hyperliquid-perp");
    }

    /** The tier for a volume over the venue's window, in whole USD (>= 0). */
    public Tier tier(long volumeUsd) {
        if (volumeUsd < 0) {
            throw new IllegalArgumentException("volume must be >= 0 USD, got " + volumeUsd);
        }
        Tier found = tiers.get(0);
        for (Tier t : tiers) {
            if (t.minVolumeUsd() <= volumeUsd) {
                found = t;
            }
        }
        return found;
    }
}
