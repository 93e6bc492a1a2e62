package io.trader.smartmoney.core;

import io.trader.smartmoney.data.LeaderboardRow;
import io.trader.smartmoney.data.Window;
import io.trader.smartmoney.data.WindowStats;

import java.math.BigDecimal;

/**
 * Turns a trader into a weight, as issue #14 defines it: composite = 0.40 performance + 0.30 size + 0.20 recency +
 * 0.10 regime (weights from {@link WeightConfig}), and a score = scale x composite that tiers are cut on. With the
 * defaults every component is 1 for an average trader, so the composite is 1 and the score 50; the composite spans
 * 0.33 .. 2.12 and the score 16.5 .. 106. Pure and stateless.
 * <ul>
 *   <li>performance in [0, 2]: 2 x the mix-weighted mean of the six {@link TraderMetrics}, each mapped to [0, 1]:
 *   sharpe (s + 1) / 3 clamped (-1 -&gt; 0, 2 -&gt; 1); sortino (s + 1) / 4 clamped (-1 -&gt; 0, 3 -&gt; 1);
 *   consistency as is; drawdown 1 - min(1, dd / 0.5) (no drawdown 1, half the peak lost 0); win rate as is;
 *   profit factor pf / (1 + pf) (1 -&gt; 0.5).</li>
 *   <li>size in 0.5 .. 3.0: {@link #sizeMultiplier}.</li>
 *   <li>recency in [0.5, 1.5]: blend = 0.5 day ROI + 0.3 week ROI + 0.2 month ROI (a missing window counts 0);
 *   recency = 1 + 0.5 x clamp(blend / saturation, -1, 1): 1 at a flat blend, 1.5 at +saturation (default +10%)
 *   or more, 0.5 at -saturation or less, linear between.</li>
 *   <li>regime in [0.8, 1.2]: 1 + 0.2 x clamp(alignment, -1, 1), where alignment in [-1, 1] is the caller's
 *   measure of how the trader's stance agrees with the market regime, e.g. sign(trader net notional) x
 *   sign(market trend): +1 aligned, -1 against, 0 unknown or flat (the leaderboard selection passes 0).</li>
 * </ul>
 */
public final class TraderWeighting {

    private static final BigDecimal M20 = new BigDecimal("20000000");
    private static final BigDecimal M10 = new BigDecimal("10000000");
    private static final BigDecimal M5 = new BigDecimal("5000000");
    private static final BigDecimal M1 = new BigDecimal("1000000");
    private static final BigDecimal K100 = new BigDecimal("100000");

    private final WeightConfig config;

    public TraderWeighting(WeightConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("a weight config is required");
        }
        this.config = config;
    }

    public WeightConfig config() {
        return config;
    }

    /**
     * The size multiplier of an account value (USD), exact comparisons: &gt;= 20,000,000 -&gt; 3.0;
     * [10,000,000, 20,000,000) -&gt; 2.5; [5,000,000, 10,000,000) -&gt; 2.0; [1,000,000, 5,000,000) -&gt; 1.5;
     * [100,000, 1,000,000) -&gt; 1.0; below 100,000 -&gt; 0.5.
     */
    public static double sizeMultiplier(BigDecimal accountValue) {
        if (accountValue.compareTo(M20) >= 0) {
            return 3.0;
        }
        if (accountValue.compareTo(M10) >= 0) {
            return 2.5;
        }
        if (accountValue.compareTo(M5) >= 0) {
            return 2.0;
        }
        if (accountValue.compareTo(M1) >= 0) {
            return 1.5;
        }
        return accountValue.compareTo(K100) >= 0 ? 1.0 : 0.5;
    }

    /** The performance component in [0, 2] of {@code m} (see the class comment). */
    public double performance(TraderMetrics m) {
        PerformanceMix mix = config.mix();
        double blended = mix.sharpe() * clamp01((m.sharpe() + 1) / 3)
                + mix.sortino() * clamp01((m.sortino() + 1) / 4)
                + mix.consistency() * m.consistency()
                + mix.drawdown() * (1 - Math.min(1, m.maxDrawdown() / 0.5))
                + mix.winRate() * m.winRate()
                + mix.profitFactor() * (m.profitFactor() / (1 + m.profitFactor()));
        return 2 * blended;
    }

    /** The recency component in [0.5, 1.5] of a row's day, week and month ROI (see the class comment). */
    public double recency(LeaderboardRow row) {
        double blend = config.recencyDay() * roi(row, Window.DAY) + config.recencyWeek() * roi(row, Window.WEEK)
                + config.recencyMonth() * roi(row, Window.MONTH);
        return 1 + 0.5 * Math.max(-1, Math.min(1, blend / config.recencySaturation()));
    }

    /** The regime component in [0.8, 1.2] of an alignment in [-1, 1] (clamped); NaN is refused. */
    public static double regime(double alignment) {
        if (Double.isNaN(alignment)) {
            throw new IllegalArgumentException("regime alignment must be a number in [-1, 1]");
        }
        return 1 + 0.2 * Math.max(-1, Math.min(1, alignment));
    }

    /** The weight of a leaderboard row, its performance estimated from the row's windows. */
    public TraderWeight weigh(LeaderboardRow row, Tier tier, double regimeAlignment) {
        return weigh(row, TraderMetrics.fromWindows(row), tier, regimeAlignment);
    }

    /** The weight of a selected wallet, in the tier the selection gave it. */
    public TraderWeight weigh(TrackedWallet wallet, double regimeAlignment) {
        return weigh(wallet.row(), wallet.tier(), regimeAlignment);
    }

    /** The weight of a row with metrics from elsewhere (e.g. {@link TraderMetrics#fromHistory}). */
    public TraderWeight weigh(LeaderboardRow row, TraderMetrics metrics, Tier tier, double regimeAlignment) {
        if (tier == null) {
            throw new IllegalArgumentException("a weight needs a tier");
        }
        double perf = performance(metrics);
        double size = sizeMultiplier(row.accountValue());
        double recency = recency(row);
        double regime = regime(regimeAlignment);
        double composite = composite(perf, size, recency, regime);
        return new TraderWeight(row.address(), tier, config.scoreScale() * composite, perf, size, recency, regime,
                composite);
    }

    /** The score a selection ranks a row on: window metrics, neutral regime. */
    public double score(LeaderboardRow row) {
        return score(row, TraderMetrics.fromWindows(row));
    }

    /** The score of a row with the given metrics, neutral regime. */
    public double score(LeaderboardRow row, TraderMetrics metrics) {
        return config.scoreScale() * composite(performance(metrics), sizeMultiplier(row.accountValue()),
                recency(row), regime(0));
    }

    private double composite(double perf, double size, double recency, double regime) {
        return config.performance() * perf + config.size() * size + config.recency() * recency
                + config.regime() * regime;
    }

    private static double roi(LeaderboardRow row, Window w) {
        WindowStats s = row.window(w);
        return s == null ? 0 : s.roi().doubleValue();
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
