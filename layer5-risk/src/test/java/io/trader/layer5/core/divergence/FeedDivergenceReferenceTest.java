package io.trader.layer5.core.divergence;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The breaker against {@link NaiveDivergence} on seeded random histories: two assets, three sources quoting with
 * scales 0..4 (BTC around a wandering price, ETH on a lattice that hits the band exactly), spreads around the
 * band, times on a 500 ms grid (so holds, cool-downs and stale limits are hit exactly), quiet spells that make
 * sources stale, late quotes and evaluations that go back in time. After every evaluate both must report the
 * same events (kind, asset, time, fresh sources in order, spread) and the same halted assets.
 */
class FeedDivergenceReferenceTest {

    static final String[] ASSETS = {"BTC", "ETH"};
    static final String[] SOURCES = {"binance", "hyperliquid", "okx"};

    @Test
    void matchesTheNaiveReplayOnRandomHistories() {
        int halts = 0;
        int resumes = 0;
        for (long seed = 1; seed <= 25; seed++) {
            int[] counts = run(seed, 300);
            halts += counts[0];
            resumes += counts[1];
        }
        System.out.println("reference: " + halts + " halts, " + resumes + " resumes");
        assertTrue(halts > 30 && resumes > 15, "the histories exercise both transitions: " + halts + " halts, "
                + resumes + " resumes");
    }

    private int[] run(long seed, int steps) {
        SplittableRandom rnd = new SplittableRandom(seed);
        DivergenceConfig config = new DivergenceConfig(1 + rnd.nextInt(100), rnd.nextInt(4) * 5_000L,
                rnd.nextInt(4) * 10_000L, 5_000 + rnd.nextInt(4) * 10_000L);
        FeedDivergenceBreaker fast = new FeedDivergenceBreaker(config);
        NaiveDivergence naive = new NaiveDivergence(config);
        double[] price = {50_000, 10_000};
        long t = 1_000_000;
        int[] counts = new int[2];
        for (int step = 0; step < steps; step++) {
            int gap = rnd.nextInt(20);
            t += gap == 0 ? 45_000 : gap < 4 ? 0 : 500L * rnd.nextInt(gap < 12 ? 4 : 30); // edges of hold and stale
            if (rnd.nextInt(10) < 7) {
                int a = rnd.nextInt(ASSETS.length);
                price[a] *= 1 + (rnd.nextDouble() - 0.5) * 0.002;
                double bps = (rnd.nextDouble() - 0.5) * 4 * config.bandBps();
                double mid = price[a] * (1 + bps / 10_000);
                if (a == 1) { // ETH on a lattice where 10 000 and 10 000 + band are exactly at the band
                    long[] lattice = {10_000, 10_000 + config.bandBps(), 10_001 + config.bandBps(), 9_999};
                    mid = lattice[rnd.nextInt(lattice.length)];
                }
                int scale = rnd.nextInt(5);
                long unscaled = Math.round(mid * Math.pow(10, scale));
                long time = rnd.nextInt(15) == 0 ? t - 500L * rnd.nextInt(10) : t;
                String source = SOURCES[rnd.nextInt(SOURCES.length)];
                fast.onQuote(ASSETS[a], source, time, unscaled, scale);
                naive.onQuote(ASSETS[a], source, time, unscaled, scale);
            } else {
                long now = rnd.nextInt(15) == 0 ? t - 500L * rnd.nextInt(10) : t;
                List<NaiveDivergence.Event> expected = naive.evaluate(now);
                List<NaiveDivergence.Event> actual = view(fast.evaluate(now));
                String where = "seed " + seed + " step " + step + " " + config;
                assertEquals(expected.size(), actual.size(), where + ": " + expected + " vs " + actual);
                for (int i = 0; i < expected.size(); i++) {
                    NaiveDivergence.Event e = expected.get(i);
                    NaiveDivergence.Event f = actual.get(i);
                    assertEquals(new NaiveDivergence.Event(e.kind(), e.asset(), e.time(), e.sources(), 0),
                            new NaiveDivergence.Event(f.kind(), f.asset(), f.time(), f.sources(), 0), where);
                    if (e.kind().equals("halted")) {
                        assertEquals(e.spreadBps(), f.spreadBps(), 1e-9 * e.spreadBps(), where);
                        counts[0]++;
                    } else {
                        counts[1]++;
                    }
                }
                assertEquals(naive.halted(), fast.haltedAssets().stream().sorted().toList(), where);
            }
        }
        return counts;
    }

    private static List<NaiveDivergence.Event> view(List<DivergenceEvent> events) {
        List<NaiveDivergence.Event> out = new ArrayList<>();
        for (DivergenceEvent e : events) {
            if (e instanceof DivergenceEvent.Halted h) {
                out.add(new NaiveDivergence.Event("halted", h.asset(), h.time(), h.sources(), h.spreadBps()));
            } else {
                out.add(new NaiveDivergence.Event("resumed", e.asset(), e.time(), List.of(), Double.NaN));
            }
        }
        return out;
    }
}
