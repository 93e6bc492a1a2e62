package io.trader.app.smartmoney;

import io.trader.fake.hyperliquid.SmartMoney;
import io.trader.fake.hyperliquid.smartmoney.HeldPosition;
import io.trader.fake.hyperliquid.smartmoney.SmCoin;
import io.trader.smartmoney.core.AlertType;
import io.trader.smartmoney.core.SmartMoneyTracker;
import io.trader.smartmoney.data.WalletPosition;
import io.trader.smartmoney.data.WalletState;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Explicit position moves of Tier 1 wallets at the fake, for {@link SmartMoneyOnFakeTest}: each cycle takes every
 * wallet through ENTRY (about $300k in a coin it does not hold), SIZE (+50%), REVERSAL and EXIT (to a {@code szi} 0
 * row), all wallets at once, waiting for the alerts between steps; then noise (a size jitter under 1% and a mark
 * move). Checks that each move made exactly one alert of its type, and measures the time from the move to the alert
 * first appearing on the board.
 */
final class TierOneMoves {

    /** One explicit move: the wallet, coin, sizes, the alert type it must make, and when it was made. */
    record Move(String address, String coin, BigDecimal before, BigDecimal after, AlertType expected, long nanos) {
    }

    record Jitter(String address, String coin, BigDecimal size) {
    }

    private static final BigDecimal NOTIONAL = new BigDecimal("300000");
    private static final long ROUND_WAIT_NANOS = 15_000_000_000L;

    private final SmartMoney fake;
    private final AlertWatch watch;
    private final String noiseCoin;
    private final Map<String, String> coins = new LinkedHashMap<>();
    private final List<Move> moves = new ArrayList<>();
    private final List<Jitter> jitters = new ArrayList<>();
    private long noiseStart = Long.MAX_VALUE;
    private BigDecimal noiseMark;

    TierOneMoves(SmartMoney fake, AlertWatch watch, String noiseCoin) {
        this.fake = fake;
        this.watch = watch;
        this.noiseCoin = noiseCoin;
    }

    /** ENTRY, SIZE, REVERSAL, EXIT for every wallet, a round at a time. */
    void cycle(List<String> wallets) throws InterruptedException {
        for (String a : wallets) {
            coins.computeIfAbsent(a, this::freeCoin);
        }
        round(wallets, AlertType.ENTRY);
        round(wallets, AlertType.SIZE);
        round(wallets, AlertType.REVERSAL);
        round(wallets, AlertType.EXIT);
    }

    private void round(List<String> wallets, AlertType type) throws InterruptedException {
        List<Move> made = new ArrayList<>();
        for (String a : wallets) {
            String coin = coins.get(a);
            SmCoin c = SmCoin.of(coin);
            BigDecimal q = NOTIONAL.divide(fake.book().mark(coin), c.szDecimals(), RoundingMode.HALF_EVEN);
            BigDecimal target = switch (type) {
                case ENTRY -> q;
                case SIZE -> q.multiply(new BigDecimal("1.5")).setScale(c.szDecimals(), RoundingMode.HALF_EVEN);
                case REVERSAL -> q.negate();
                case EXIT -> BigDecimal.ZERO;
            };
            long t0 = System.nanoTime();
            var ch = fake.move(a, coin, target, null);
            made.add(new Move(a, coin, ch.oldSzi(), ch.newSzi(), type, t0));
        }
        moves.addAll(made);
        long deadline = System.nanoTime() + ROUND_WAIT_NANOS;
        while (System.nanoTime() < deadline
                && made.stream().anyMatch(m -> watch.of(m.address(), m.coin(), m.nanos()).isEmpty())) {
            Thread.sleep(20);
        }
    }

    /** A coin the wallet holds no position in (a flat row is fine), not the noise coin. */
    private String freeCoin(String address) {
        List<HeldPosition> held = fake.book().positions(address);
        for (SmCoin c : SmCoin.ALL) {
            boolean holds = held.stream().anyMatch(p -> p.coin().equals(c.name()) && p.szi().signum() != 0);
            if (!holds && !c.name().equals(noiseCoin)) {
                return c.name();
            }
        }
        throw new IllegalStateException(address + " holds every coin");
    }

    /** A size jitter (under 5%, below the 25% SIZE threshold) of each wallet, then a 3% mark move of the noise coin. */
    void noise(List<String> wallets) {
        noiseStart = System.nanoTime();
        for (String a : wallets) {
            for (HeldPosition p : fake.book().positions(a)) {
                if (p.szi().signum() == 0 || p.coin().equals(noiseCoin) || p.coin().equals(coins.get(a))) {
                    continue;
                }
                SmCoin c = SmCoin.of(p.coin());
                BigDecimal to = p.szi().multiply(new BigDecimal("1.01")).setScale(c.szDecimals(),
                        RoundingMode.HALF_EVEN);
                if (to.compareTo(p.szi()) == 0) {
                    to = p.szi().add(BigDecimal.ONE.movePointLeft(c.szDecimals()).multiply(
                            BigDecimal.valueOf(p.szi().signum())));
                }
                BigDecimal rel = to.subtract(p.szi()).abs().divide(p.szi().abs(), MathContext.DECIMAL64);
                if (rel.compareTo(new BigDecimal("0.05")) < 0) {
                    fake.move(a, p.coin(), to, null);
                    jitters.add(new Jitter(a, p.coin(), to));
                    break;
                }
            }
        }
        noiseMark = fake.book().mark(noiseCoin).multiply(new BigDecimal("1.03"));
        fake.mark(noiseCoin, noiseMark);
    }

    long noiseStart() {
        return noiseStart;
    }

    /** Each move made exactly one alert, of its type and sizes, before the wallet's next move. */
    void check() {
        for (int i = 0; i < moves.size(); i++) {
            Move m = moves.get(i);
            long end = next(i);
            List<AlertWatch.Seen> got = watch.of(m.address(), m.coin(), m.nanos()).stream()
                    .filter(s -> s.nanos() < end).toList();
            assertEquals(1, got.size(), () -> m + " made " + got);
            var a = got.get(0).alert();
            assertEquals(m.expected(), a.type(), () -> m + ": " + a);
            assertEquals(0, m.before().compareTo(a.previousSize()), () -> m + ": " + a);
            assertEquals(0, m.after().compareTo(a.newSize()), () -> m + ": " + a);
        }
    }

    /** The noise reached the tracked states (so its silence means something). */
    void assertNoiseSeen(SmartMoneyTracker tracker) {
        assertTrue(jitters.size() >= 10, "jittered wallets: " + jitters.size());
        int marked = 0;
        synchronized (tracker) {
            for (Jitter j : jitters) {
                WalletState s = tracker.latest(j.address());
                assertNotNull(s);
                WalletPosition p = s.position(j.coin());
                assertTrue(p != null && p.size().compareTo(j.size()) == 0, () -> j + " not seen: " + s);
            }
            for (String a : coins.keySet()) {
                WalletPosition p = tracker.latest(a).position(noiseCoin);
                if (p != null) {
                    BigDecimal value = p.size().abs().multiply(noiseMark);
                    assertEquals(0, value.setScale(6, RoundingMode.HALF_EVEN).compareTo(p.positionValue()),
                            () -> a + " read after the mark move: " + p);
                    marked++;
                }
            }
        }
        SmartMoneyOnFakeTest.print("noise: " + jitters.size() + " size jitters, a mark move of " + noiseCoin
                + " seen by " + marked + " Tier 1 holders; no alert");
    }

    /** Latency in ms of each move's alert, by whether the wallet is on WebSocket. */
    Map<Boolean, List<Long>> latencies(Set<String> ws) {
        Map<Boolean, List<Long>> out = new HashMap<>();
        out.put(true, new ArrayList<>());
        out.put(false, new ArrayList<>());
        for (Move m : moves) {
            List<AlertWatch.Seen> got = watch.of(m.address(), m.coin(), m.nanos());
            if (!got.isEmpty()) {
                out.get(ws.contains(m.address())).add((got.get(0).nanos() - m.nanos()) / 1_000_000);
            }
        }
        return out;
    }

    /** Each wallet's coin after its last EXIT. */
    Map<String, String> exits() {
        return new HashMap<>(coins);
    }

    private long next(int i) {
        Move m = moves.get(i);
        for (int j = i + 1; j < moves.size(); j++) {
            if (moves.get(j).address().equals(m.address())) {
                return moves.get(j).nanos();
            }
        }
        return Long.MAX_VALUE;
    }
}
