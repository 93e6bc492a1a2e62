package io.trader.smartmoney.core;

/**
 * A trader's weight and its parts, each as the issue defines it.
 *
 * @param address     the wallet
 * @param tier        its tier
 * @param score       the 0-100+ score tiers are cut on
 * @param performance performance component (from Sharpe, Sortino, consistency, drawdown, win rate, profit factor)
 * @param size        size-tier multiplier (0.5 .. 3.0)
 * @param recency     recency component (0.5 .. 1.5)
 * @param regime      regime alignment (0.8 .. 1.2)
 * @param composite   the configured blend (default 0.40 performance + 0.30 size + 0.20 recency + 0.10 regime)
 */
public record TraderWeight(String address, Tier tier, double score, double performance, double size,
                           double recency, double regime, double composite) {
}
