package io.trader.fake.hyperliquid.smartmoney;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The script is deterministic from its seed, makes every kind of change, and logs each one truthfully. */
class SmartMoneyScriptTest {

    private static List<PositionChange> run(long seed, int steps) {
        SmartMoneyConfig cfg = SmartMoneyConfig.defaults().withSeed(seed);
        WalletBook book = new WalletBook(new SyntheticWallets(cfg), seed);
        SmartMoneyScript script = new SmartMoneyScript(book, seed);
        for (int i = 0; i < steps; i++) {
            script.step(1_000L + i);
        }
        return book.changesSince(0);
    }

    @Test
    void sameSeedSameChangesOtherSeedOthers() {
        List<PositionChange> a = run(7, 3000);
        assertEquals(a, run(7, 3000));
        assertNotEquals(a, run(8, 3000));
    }

    @Test
    void everyKindOfChangeHappensAndIsClassifiedByItsSizes() {
        List<PositionChange> log = run(3, 3000);
        assertEquals(3000, log.size());
        Set<ChangeType> seen = EnumSet.noneOf(ChangeType.class);
        for (PositionChange c : log) {
            seen.add(c.type());
            switch (c.type()) {
                case ENTRY -> assertTrue(c.newSzi().signum() != 0, c.toString());
                case EXIT -> assertEquals(0, c.newSzi().signum(), c.toString());
                case REVERSAL -> assertEquals(-c.oldSzi().signum(), c.newSzi().signum(), c.toString());
                case RESIZE, JITTER -> assertEquals(c.oldSzi().signum(), c.newSzi().signum(), c.toString());
                case MARK -> assertEquals(0, c.oldSzi().compareTo(c.newSzi()));
                case CLEAR -> assertEquals(0, c.oldSzi().signum());
            }
        }
        assertEquals(EnumSet.allOf(ChangeType.class), seen);
    }

    @Test
    void anExitLeavesAFlatRowInTheState() {
        SmartMoneyConfig cfg = SmartMoneyConfig.defaults();
        WalletBook book = new WalletBook(new SyntheticWallets(cfg), cfg.seed());
        String a = book.addresses().get(0);
        book.move(a, "SOL", new BigDecimal("100"), new BigDecimal("180"), 5, null, false);
        PositionChange exit = book.move(a, "SOL", BigDecimal.ZERO, null, 6, null, false);
        assertEquals(ChangeType.EXIT, exit.type());
        boolean flatRow = false;
        for (var row : book.state(a, 7).path("assetPositions")) {
            flatRow |= row.path("position").path("coin").asText().equals("SOL")
                    && row.path("position").path("szi").asText().equals("0.0");
        }
        assertTrue(flatRow);
        assertEquals(ChangeType.CLEAR, book.clearFlat(a, "SOL", 8, false).type());
        assertEquals(List.of(5L, 6L, 8L), book.changesSince(5).stream().map(PositionChange::time).toList());
    }

    @Test
    void everyLeaderboardRowIsADistinctAddress() {
        for (long seed : new long[]{1, 2, 42}) {
            SyntheticWallets w = new SyntheticWallets(SmartMoneyConfig.defaults().withSeed(seed));
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < w.rows(); i++) {
                assertTrue(seen.add(w.row(i).address()), "seed " + seed + ": row " + i + " repeats "
                        + w.row(i).address());
            }
        }
    }

    @Test
    void walletsSpanTheTiersAndAreDeterministic() {
        SyntheticWallets w = new SyntheticWallets(SmartMoneyConfig.defaults());
        long over20m = w.smart().stream().filter(p -> p.accountValue().compareTo(new BigDecimal("20e6")) >= 0)
                .count();
        long over10m = w.smart().stream().filter(p -> p.accountValue().compareTo(new BigDecimal("10e6")) >= 0)
                .count();
        long under100k = w.smart().stream().filter(p -> p.accountValue().compareTo(new BigDecimal("1e5")) < 0)
                .count();
        assertEquals(10, over20m);
        assertEquals(25, over10m);
        assertTrue(under100k > 50, "small wallets: " + under100k);
        assertEquals(w.smart(), new SyntheticWallets(SmartMoneyConfig.defaults()).smart());
        assertEquals(w.row(w.rows() - 1), new SyntheticWallets(SmartMoneyConfig.defaults()).row(w.rows() - 1));
    }
}
