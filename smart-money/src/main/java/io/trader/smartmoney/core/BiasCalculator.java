package io.trader.smartmoney.core;

import io.trader.smartmoney.data.WalletPosition;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The smart-money signal per coin ({@link CoinBias}) from the latest state of every tracked wallet. Pure: the
 * evaluation time is an argument.
 * <p>
 * A state counts when it is fresh: {@code now - state.time <= freshnessMs} (a state stamped after {@code now}, i.e.
 * clock skew, counts as fresh). Stale or missing states count only in the coverage's denominator. Over the fresh
 * wallets holding a coin, with w = the wallet's composite weight and n = its signed notional (positionValue with
 * the position's sign):
 * <ul>
 *   <li>bias = sum(w n) / sum(w |n|), in [-1, 1]; eliteBias and crowdBias are the same over Tier 1 and Tier 3
 *   alone; eliteShare and crowdShare are those tiers' part of sum(w |n|);</li>
 *   <li>net, long and short notionals are unweighted, exact sums of positionValue;</li>
 *   <li>confidence = coverage x agreement x depth, where coverage = fresh / tracked, agreement = |bias| (1 when
 *   every weighted dollar is on one side, 0 when the sides balance) and depth = min(1, holders /
 *   fullDepthHolders), so one lone holder cannot make a confident signal;</li>
 *   <li>time is the newest state time among the coin's holders.</li>
 * </ul>
 */
public final class BiasCalculator {

    private final long freshnessMs;
    private final int fullDepthHolders;

    /**
     * @param freshnessMs      how old a state may be and still count (ms, &gt; 0)
     * @param fullDepthHolders how many holders give full depth (&gt;= 1; 1 turns the depth factor off)
     */
    public BiasCalculator(long freshnessMs, int fullDepthHolders) {
        if (freshnessMs <= 0) {
            throw new IllegalArgumentException("bias.freshness-ms must be > 0, was " + freshnessMs);
        }
        if (fullDepthHolders < 1 || fullDepthHolders > 10_000) {
            throw new IllegalArgumentException("bias.full-depth-holders must be in [1, 10000], was "
                    + fullDepthHolders);
        }
        this.freshnessMs = freshnessMs;
        this.fullDepthHolders = fullDepthHolders;
    }

    /** The bias of every coin some fresh wallet holds, by coin (sorted). */
    public Map<String, CoinBias> compute(Collection<WalletView> views, long now) {
        Map<String, Sums> byCoin = new TreeMap<>();
        int fresh = scan(views, now, null, byCoin);
        Map<String, CoinBias> out = new TreeMap<>();
        byCoin.forEach((coin, s) -> out.put(coin, s.toBias(coin, views.size(), fresh, fullDepthHolders)));
        return out;
    }

    /** The bias of one coin; bias 0, confidence 0 and time {@code now} when no fresh wallet holds it. */
    public CoinBias forCoin(String coin, Collection<WalletView> views, long now) {
        Map<String, Sums> byCoin = new TreeMap<>();
        int fresh = scan(views, now, coin, byCoin);
        Sums s = byCoin.get(coin);
        if (s == null) {
            s = new Sums();
            s.time = now;
        }
        return s.toBias(coin, views.size(), fresh, fullDepthHolders);
    }

    private int scan(Collection<WalletView> views, long now, String onlyCoin, Map<String, Sums> byCoin) {
        Set<String> seen = new HashSet<>();
        int fresh = 0;
        for (WalletView v : views) {
            if (!seen.add(v.address())) {
                throw new IllegalArgumentException(v.address() + " is given twice");
            }
            if (v.state() == null || now - v.state().time() > freshnessMs) {
                continue;
            }
            fresh++;
            for (WalletPosition p : v.state().positions().values()) {
                if (onlyCoin == null || onlyCoin.equals(p.coin())) {
                    byCoin.computeIfAbsent(p.coin(), c -> new Sums()).add(v, p);
                }
            }
        }
        return fresh;
    }

    /** Running sums for one coin. */
    private static final class Sums {
        double weighted;
        double gross;
        double eliteWeighted;
        double eliteGross;
        double crowdWeighted;
        double crowdGross;
        BigDecimal longs = BigDecimal.ZERO;
        BigDecimal shorts = BigDecimal.ZERO;
        int holders;
        long time = Long.MIN_VALUE;

        void add(WalletView v, WalletPosition p) {
            double w = Math.max(0, v.weight().composite());
            double value = p.positionValue().doubleValue();
            double signed = p.direction() * value;
            weighted += w * signed;
            gross += w * value;
            if (v.weight().tier() == Tier.WHALE) {
                eliteWeighted += w * signed;
                eliteGross += w * value;
            } else if (v.weight().tier() == Tier.EXTENDED) {
                crowdWeighted += w * signed;
                crowdGross += w * value;
            }
            if (p.direction() > 0) {
                longs = longs.add(p.positionValue());
            } else {
                shorts = shorts.add(p.positionValue());
            }
            holders++;
            time = Math.max(time, v.state().time());
        }

        CoinBias toBias(String coin, int tracked, int fresh, int fullDepth) {
            double bias = share(weighted, gross);
            double coverage = tracked == 0 ? 0 : (double) fresh / tracked;
            double depth = Math.min(1, (double) holders / fullDepth);
            double confidence = Math.max(0, Math.min(1, coverage * Math.abs(bias) * depth));
            return new CoinBias(coin, time, bias, longs.subtract(shorts), longs, shorts,
                    share(eliteWeighted, eliteGross), share(crowdWeighted, crowdGross), unit(eliteGross, gross),
                    unit(crowdGross, gross), confidence, holders, tracked, fresh);
        }

        private static double share(double part, double whole) {
            return whole <= 0 ? 0 : Math.max(-1, Math.min(1, part / whole));
        }

        private static double unit(double part, double whole) {
            return whole <= 0 ? 0 : Math.max(0, Math.min(1, part / whole));
        }
    }
}
