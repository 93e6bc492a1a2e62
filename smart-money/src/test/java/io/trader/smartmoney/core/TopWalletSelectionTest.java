package io.trader.smartmoney.core;

import io.trader.smartmoney.data.LeaderboardRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static io.trader.smartmoney.core.Fixtures.address;
import static io.trader.smartmoney.core.Fixtures.row;
import static io.trader.smartmoney.core.Fixtures.stats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bounded-memory selection against a brute-force sort, and the tier rules on hand-made rows. */
class TopWalletSelectionTest {

    private final TraderWeighting weighting = new TraderWeighting(WeightConfig.DEFAULTS);

    /** A synthetic leaderboard row: log-uniform account $1k .. $100M, ROIs around 0, pnl = roi x account. */
    private static LeaderboardRow synthetic(Random rnd, long n) {
        double account = Math.pow(10, 3 + 5 * rnd.nextDouble());
        double[] roi = {rnd.nextGaussian() * 0.02, rnd.nextGaussian() * 0.05, rnd.nextGaussian() * 0.1,
                rnd.nextGaussian() * 0.5};
        String[] r = new String[4];
        String[] p = new String[4];
        for (int i = 0; i < 4; i++) {
            r[i] = BigDecimal.valueOf(roi[i]).setScale(6, java.math.RoundingMode.HALF_UP).toPlainString();
            p[i] = BigDecimal.valueOf(roi[i] * account).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        String av = BigDecimal.valueOf(account).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        return row(address(n), av, stats(p[0], r[0]), stats(p[1], r[1]), stats(p[2], r[2]), stats(p[3], r[3]));
    }

    @Test
    void keepsOnlyTheBestNOf30000RowsLikeABruteForceSort() {
        Random rnd = new Random(14);
        SelectionConfig config = SelectionConfig.DEFAULTS.excluding(Set.of(address(7), address(29_999)));
        TopWalletSelection sel = new TopWalletSelection(config, weighting);
        List<TopWalletSelection.Candidate> all = new ArrayList<>();
        List<LeaderboardRow> rows = new ArrayList<>();
        int maxHeld = 0;
        int nonPositive = 0;
        LeaderboardRow previous = null;
        for (long n = 0; n < 30_000; n++) {
            LeaderboardRow r = synthetic(rnd, n);
            if (n % 97 == 1) {   // equal scores, so ties must be broken by address
                r = new LeaderboardRow(address(n), previous.accountValue(), null, previous.windows());
            }
            if (n % 1000 == 3) {
                r = new LeaderboardRow(address(n), n % 2000 == 3 ? BigDecimal.ZERO : new BigDecimal("-5"), null,
                        r.windows());
            }
            if (r.accountValue().signum() <= 0) {
                nonPositive++;
            }
            sel.offer(r);
            rows.add(r);
            maxHeld = Math.max(maxHeld, sel.held());
            previous = r;
            boolean skipped = config.excluded().contains(r.address()) || r.accountValue().signum() <= 0;
            if (!skipped) {
                TraderMetrics m = TraderMetrics.fromWindows(r);
                all.add(new TopWalletSelection.Candidate(r, weighting.score(r, m), m.consistency()));
            }
        }
        sel.offer(synthetic(rnd, 7));   // excluded address offered a second time
        assertEquals(500, maxHeld, "never more than N candidates held");
        assertEquals(500, sel.held());
        assertEquals(30_001, sel.offered());
        assertEquals(3, sel.excluded());
        assertEquals(nonPositive, sel.nonPositive());
        assertEquals(30_001 - 3 - nonPositive, all.size());

        all.sort(Comparator.comparingDouble(TopWalletSelection.Candidate::score).reversed()
                .thenComparing(c -> c.row().address()));
        List<String> expected = all.subList(0, 500).stream().map(c -> c.row().address()).toList();
        List<String> kept = sel.candidates().stream().map(c -> c.row().address()).toList();
        assertEquals(expected, kept, "the kept candidates are the brute-force top 500, in order");

        List<TrackedWallet> tracked = sel.finish();
        assertTiersFollowTheRules(tracked, all.subList(0, 500), config);
        long whales = tracked.stream().filter(t -> t.tier() == Tier.WHALE).count();
        long core = tracked.stream().filter(t -> t.tier() == Tier.CORE).count();
        long extended = tracked.stream().filter(t -> t.tier() == Tier.EXTENDED).count();
        System.out.printf("selection of 30,000 synthetic rows: tier1 %d, tier2 %d, tier3 %d%n", whales, core,
                extended);
        assertEquals(30, whales, "log-uniform accounts give ~6,000 rows >= $10M, so Tier 1 fills its cap");
        assertTrue(core > 0 && core <= 150 && extended > 0 && extended <= 300);
        assertThrows(IllegalStateException.class, sel::finish);

        // measured, not asserted: a second selection over the same rows (warm JIT), offer + finish
        long start = System.nanoTime();
        TopWalletSelection again = new TopWalletSelection(config, weighting);
        rows.forEach(again::offer);
        assertEquals(tracked, again.finish(), "the same rows select the same wallets");
        System.out.printf("selection of %,d rows: %.1f ms%n", rows.size(), (System.nanoTime() - start) / 1e6);
        assertThrows(IllegalStateException.class, () -> sel.offer(synthetic(rnd, 1)));
    }

    /** Re-derives each wallet's tier by walking the brute-force top N the way the class comment says. */
    private static void assertTiersFollowTheRules(List<TrackedWallet> tracked,
                                                  List<TopWalletSelection.Candidate> top, SelectionConfig cfg) {
        List<String> whales = new ArrayList<>();
        List<TopWalletSelection.Candidate> rest = new ArrayList<>();
        for (TopWalletSelection.Candidate c : top) {
            boolean whale = c.row().accountValue().compareTo(cfg.whaleAccount()) >= 0 || c.score() >= cfg.whaleScore();
            if (whale && whales.size() < cfg.whaleMax()) {
                whales.add(c.row().address());
            } else {
                rest.add(c);
            }
        }
        List<String> core = new ArrayList<>();
        List<String> extended = new ArrayList<>();
        for (TopWalletSelection.Candidate c : rest) {
            if (c.score() >= cfg.coreScore() && c.consistency() >= cfg.coreMinConsistency()
                    && core.size() < cfg.coreMax()) {
                core.add(c.row().address());
            } else if (c.score() >= cfg.extendedScore() && extended.size() < cfg.extendedMax()) {
                extended.add(c.row().address());
            }
        }
        List<String> expected = new ArrayList<>(whales);
        expected.addAll(core);
        expected.addAll(extended);
        assertEquals(expected, tracked.stream().map(TrackedWallet::address).toList());
        assertEquals(whales.size(), tracked.stream().filter(t -> t.tier() == Tier.WHALE).count());
        assertEquals(core.size(), tracked.stream().filter(t -> t.tier() == Tier.CORE).count());
    }

    /** Hand-made rows: which tier each lands in, the caps, exclusions and the address tie-break. */
    @Test
    void tiersOnHandMadeRows() {
        SelectionConfig cfg = new SelectionConfig(10, 2, 2, 3, new BigDecimal("10000000"), 100, 70, 0.75, 50,
                Set.of(SelectionConfig.HLP_VAULT, address(99)));
        TopWalletSelection sel = new TopWalletSelection(cfg, weighting);
        // steady earners (score from TraderWeightingTest's steady whale: $25M -> 99.82, below 100 but >= $10M)
        sel.offer(steady(1, "25000000"));
        sel.offer(steady(2, "25000000"));
        sel.offer(steady(3, "25000000"));          // a third whale: Tier 1 is full, falls to Tier 2 (score 99.8)
        sel.offer(steady(4, "2000000"));           // 0.4 x 1.9697 + 0.45 + 0.2086 + 0.1 = 1.546479 -> 77.3: core
        sel.offer(steady(5, "2000000"));           // same score as 4: tie, address 4 first; Tier 2 full -> Tier 3
        sel.offer(steady(6, "50000"));             // 0.4 x 1.9697 + 0.15 + 0.2086 + 0.1 = 1.246479 -> 62.3: extended
        sel.offer(flat(8, "500000"));              // all windows 0: performance 0.6944, score ~ 43.9: untracked
        sel.offer(steady(99, "90000000"));         // excluded address
        sel.offer(steady(0xdfc24b077bc1425aL, "1")); // not the HLP address, just a small account: extended
        sel.offer(row(SelectionConfig.HLP_VAULT, "400000000", null, null, null, null));
        List<TrackedWallet> out = sel.finish();
        assertEquals(List.of(address(1), address(2), address(3), address(4), address(5), address(6),
                address(0xdfc24b077bc1425aL)), out.stream().map(TrackedWallet::address).toList());
        assertEquals(List.of(Tier.WHALE, Tier.WHALE, Tier.CORE, Tier.CORE, Tier.EXTENDED, Tier.EXTENDED,
                Tier.EXTENDED), out.stream().map(TrackedWallet::tier).toList());
        assertEquals(77.323939, out.get(3).score(), 1e-5);
        assertEquals(2, sel.excluded());
    }

    /** A row whose figures overflow a double is counted as unscorable, not thrown and not ranked. */
    @Test
    void absurdFiguresAreCountedNotRanked() {
        TopWalletSelection sel = new TopWalletSelection(SelectionConfig.DEFAULTS, weighting);
        sel.offer(row(address(1), "1000000", stats("1E+400", "0.1"), stats("-1E+400", "0.1"), stats("1E+400", "0.1"),
                null));
        sel.offer(steady(2, "1000000"));
        assertEquals(1, sel.unscorable());
        assertEquals(List.of(address(2)), sel.finish().stream().map(TrackedWallet::address).toList());
    }

    private static LeaderboardRow steady(long n, String account) {
        return row(address(n), account, stats("1000", "0.001"), stats("7000", "0.007"), stats("30000", "0.03"),
                stats("1000000", "0.5"));
    }

    private static LeaderboardRow flat(long n, String account) {
        return row(address(n), account, stats("0", "0"), stats("0", "0"), stats("0", "0"), stats("0", "0"));
    }
}
