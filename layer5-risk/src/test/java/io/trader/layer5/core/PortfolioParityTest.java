package io.trader.layer5.core;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast portfolio against the naive one on seeded random fills and marks, compared after every step. */
class PortfolioParityTest {

    private static final InstrumentSpec[] SPECS = {
            new InstrumentSpec("BTCUSDT", 2, 5),  // scale 7: exact, x10
            new InstrumentSpec("ODDUSDT", 6, 4),  // scale 10: every notional rounds
            new InstrumentSpec("BIGUSDT", 0, 0),  // huge notionals: cost x lots overflows a long
    };
    private static final long[] START_TICKS = {5_000_000, 1_234_567, 100};
    private static final long[] MAX_LOTS = {300_000, 40_000, 2_000_000};

    @Test
    void fastPortfolioMatchesTheReferenceOnRandomFills() {
        for (long seed = 1; seed <= 5; seed++) {
            compare(seed, 2_000);
        }
    }

    private static void compare(long seed, int steps) {
        Random random = new Random(seed);
        long initial = 1_000_000_000_000_000L;
        Portfolio fast = new Portfolio(initial);
        ReferencePortfolio slow = new ReferencePortfolio(initial);
        long[] price = START_TICKS.clone();
        long[] position = new long[SPECS.length];
        for (int step = 0; step < steps; step++) {
            int i = random.nextInt(SPECS.length);
            InstrumentSpec spec = SPECS[i];
            price[i] = Math.max(1, price[i] + (long) (price[i] * (random.nextGaussian() * 0.01)));
            if (random.nextInt(3) == 0) {
                fast.mark(spec, price[i]);
                slow.mark(spec, price[i]);
            } else {
                long lots = switch (random.nextInt(4)) {
                    case 0 -> Math.abs(position[i]);                 // exact close (or open when flat)
                    case 1 -> Math.abs(position[i]) + 1 + random.nextInt(1_000); // flip
                    default -> 1 + (long) (random.nextDouble() * MAX_LOTS[i]);
                };
                if (lots == 0) {
                    lots = 1;
                }
                Side side = position[i] > 0 ? Side.SELL : position[i] < 0 ? Side.BUY
                        : random.nextBoolean() ? Side.BUY : Side.SELL;
                if (random.nextInt(3) == 0) {
                    side = side.opposite(); // add to the position
                }
                long fee = random.nextInt(2_000_000) - 200_000; // includes rebates
                Fill fill = new Fill("f" + step, "c" + step, spec, side, price[i], lots, fee, fee < 0, step);
                fast.onFill(fill);
                slow.onFill(fill);
                position[i] += fill.signedLots();
            }
            if (step < 100 || step % 10 == 0 || step == steps - 1) {
                assertSame(slow.state(), fast, initial, "seed " + seed + " step " + step);
            }
        }
    }

    private static void assertSame(ReferencePortfolio.State slow, Portfolio fast, long initial, String where) {
        assertEquals(slow.cash(), fast.cashCash(), where);
        assertEquals(slow.fees(), fast.feesCash(), where);
        assertEquals(slow.realized(), fast.realizedPnlCash(), where);
        assertEquals(slow.unrealized(), fast.unrealizedPnlCash(), where);
        assertEquals(slow.equity(), fast.equityCash(), where);
        assertEquals(slow.gross(), fast.grossExposureCash(), where);
        assertEquals(initial + fast.realizedPnlCash() + fast.unrealizedPnlCash(), fast.equityCash(), where);
        Map<String, Long> lots = new LinkedHashMap<>();
        Map<String, Long> realized = new LinkedHashMap<>();
        for (Position p : fast.positions()) {
            lots.put(p.instrument().symbol(), p.lots());
            realized.put(p.instrument().symbol(), p.realizedPnlCash());
        }
        assertEquals(slow.lots(), lots, where);
        assertEquals(slow.realizedBySymbol(), realized, where);
    }
}
