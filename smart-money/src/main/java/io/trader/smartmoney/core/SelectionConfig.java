package io.trader.smartmoney.core;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * How {@link TopWalletSelection} picks and tiers wallets. Tier sizes are caps, not quotas: a tier holds the best
 * wallets that meet its bar, up to its cap, and fewer when fewer qualify. Validated on construction; a bad value
 * throws {@link IllegalArgumentException} naming its key and the allowed range.
 *
 * @param capacity           how many best-scored candidates the selection keeps while reading
 *                           ({@code selection.capacity}, 1 .. 100,000; default 500)
 * @param whaleMax           Tier 1 cap ({@code selection.tier1-max}; default 30)
 * @param coreMax            Tier 2 cap ({@code selection.tier2-max}; default 150)
 * @param extendedMax        Tier 3 cap ({@code selection.tier3-max}; default 300); the three caps sum to at most
 *                           the capacity, and their sum is the most wallets tracked (default 480)
 * @param whaleAccount       account value (USD) that makes a wallet a Tier 1 whale on its own
 *                           ({@code selection.tier1-account}, &gt; 0; default 10,000,000)
 * @param whaleScore         score that makes a wallet Tier 1 ({@code selection.tier1-score}; default 100)
 * @param coreScore          Tier 2's minimum score ({@code selection.tier2-score}; default 70)
 * @param coreMinConsistency Tier 2's minimum share of windows with positive ROI ({@code selection.tier2-consistency},
 *                           [0, 1]; default 0.75, i.e. 3 of 4)
 * @param extendedScore      Tier 3's minimum score ({@code selection.tier3-score}; default 50); the scores must
 *                           satisfy tier1 &gt;= tier2 &gt;= tier3 &gt;= 0
 * @param excluded           addresses never tracked: vaults (HLP and others the feed learns of), the platform's own
 *                           wallets; lowercase 0x addresses
 */
public record SelectionConfig(int capacity, int whaleMax, int coreMax, int extendedMax, BigDecimal whaleAccount,
                              double whaleScore, double coreScore, double coreMinConsistency, double extendedScore,
                              Set<String> excluded) {

    /**
     * Hyperliquid's own liquidity vault (HLP), excluded by default. Other vaults are passed in by the feed (it reads
     * them from the venue); the leaderboard row itself carries no vault flag.
     */
    public static final String HLP_VAULT = "0xdfc24b077bc1425ad1dea75bcb6f8158e10df303";

    /** 500 candidates; tiers of at most 30 / 150 / 300; $10M or 100 / 70 with 3 of 4 windows positive / 50. */
    public static final SelectionConfig DEFAULTS = new SelectionConfig(500, 30, 150, 300,
            new BigDecimal("10000000"), 100, 70, 0.75, 50, Set.of(HLP_VAULT));

    public SelectionConfig {
        if (capacity < 1 || capacity > 100_000) {
            throw new IllegalArgumentException("selection.capacity must be in [1, 100000], was " + capacity);
        }
        nonNegative("selection.tier1-max", whaleMax);
        nonNegative("selection.tier2-max", coreMax);
        nonNegative("selection.tier3-max", extendedMax);
        long total = (long) whaleMax + coreMax + extendedMax;
        if (total < 1 || total > capacity) {
            throw new IllegalArgumentException("selection.tier1-max+tier2-max+tier3-max must be in [1, capacity="
                    + capacity + "], was " + total);
        }
        if (whaleAccount == null || whaleAccount.signum() <= 0) {
            throw new IllegalArgumentException("selection.tier1-account must be > 0 USD, was " + whaleAccount);
        }
        if (!(extendedScore >= 0 && Double.isFinite(extendedScore))) {
            throw new IllegalArgumentException("selection.tier3-score must be a finite value >= 0, was "
                    + extendedScore);
        }
        if (!(coreScore >= extendedScore && Double.isFinite(coreScore))) {
            throw new IllegalArgumentException("selection.tier2-score must be in [tier3-score=" + extendedScore
                    + ", inf), was " + coreScore);
        }
        if (!(whaleScore >= coreScore && Double.isFinite(whaleScore))) {
            throw new IllegalArgumentException("selection.tier1-score must be in [tier2-score=" + coreScore
                    + ", inf), was " + whaleScore);
        }
        if (!(coreMinConsistency >= 0 && coreMinConsistency <= 1)) {
            throw new IllegalArgumentException("selection.tier2-consistency must be in [0, 1], was "
                    + coreMinConsistency);
        }
        if (excluded == null) {
            throw new IllegalArgumentException("selection.excluded must be a set (may be empty)");
        }
        Set<String> lower = new TreeSet<>();
        for (String a : excluded) {
            if (a == null || !a.toLowerCase().matches("0x[0-9a-f]{40}")) {
                throw new IllegalArgumentException("selection.excluded holds a non-address: " + a);
            }
            lower.add(a.toLowerCase());
        }
        excluded = Set.copyOf(lower);
    }

    /** These settings with {@code more} addresses excluded as well (e.g. the vaults the feed read). */
    public SelectionConfig excluding(Set<String> more) {
        Set<String> all = new TreeSet<>(excluded);
        all.addAll(more);
        return new SelectionConfig(capacity, whaleMax, coreMax, extendedMax, whaleAccount, whaleScore, coreScore,
                coreMinConsistency, extendedScore, all);
    }

    /** The most wallets tracked: the sum of the tier caps. */
    public int maxTracked() {
        return whaleMax + coreMax + extendedMax;
    }

    private static void nonNegative(String key, int value) {
        if (value < 0 || value > 100_000) {
            throw new IllegalArgumentException(key + " must be in [0, 100000], was " + value);
        }
    }
}
