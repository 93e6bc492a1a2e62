package io.trader.app.report;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round-trip accounting ({@link TradeLedger}) against a fill sequence worked by hand (adds, a partial close, a
 * flip with its fee split, a close by a flatten order, a trade open at the end) and against an independent
 * per-unit FIFO accounting of random fills: a wrong trade P&L, fee split, win rate or profit factor fails here.
 */
class TradeLedgerTest {

    private static final InstrumentSpec X = new InstrumentSpec("XUSDT", 2, 3);
    private static final long H = 3_600_000L;

    /**
     * Prices in 0.01 ticks, quantities in 0.001 lots, fees in quote units:
     * <pre>
     * 1h BUY  2 @ 100 fee 0.09   long 2, entry 200
     * 2h BUY  1 @ 103 fee 0.05   long 3, entry 303 (average 101)
     * 3h SELL 1 @ 110 fee 0.05   partial close: long 2, exit 110
     * 4h SELL 5 @ 105 fee 0.25   flip: 2 close the long (exit 210, fee 2/5 x 0.25 = 0.10),
     *                            3 open a short (entry 315, fee 0.15)
     *    trade A long: entry 303, exit 110 + 210 = 320, gross +17, fees 0.09 + 0.05 + 0.05 + 0.10 = 0.29,
     *    net +16.71, average exit 320 / 3 = 106.6667, exit reason "reduce" (the flip order's reason)
     * 5h BUY  3 @ 108 fee 0.16   closes the short: exit 324, gross 315 - 324 = -9, fees 0.15 + 0.16 = 0.31,
     *    trade B short: net -9.31, exit reason "kill-switch-flatten"
     * 6h SELL 1 @ 100 fee 0.05   short 1, still open; last close 90: marked exit 90, gross +10, net +9.95
     * </pre>
     * Closed trades: +16.71 and -9.31: win rate 1/2, profit factor 16.71 / 9.31 = 1.794844.
     */
    @Test
    void handWorkedFills() {
        List<Fill> fills = List.of(
                fill("a", Side.BUY, "100", "2", "0.09", H),
                fill("b", Side.BUY, "103", "1", "0.05", 2 * H),
                fill("c", Side.SELL, "110", "1", "0.05", 3 * H),
                fill("d", Side.SELL, "105", "5", "0.25", 4 * H),
                fill("e", Side.BUY, "108", "3", "0.16", 5 * H),
                fill("f", Side.SELL, "100", "1", "0.05", 6 * H));
        Map<String, String> reasons = Map.of("a", "rebalance", "b", "rebalance", "c", "rebalance", "d", "reduce",
                "e", "kill-switch-flatten", "f", "rebalance");
        List<RoundTrip> trips = TradeLedger.of(fills, reasons::get, Map.of("XUSDT", 9000L), 7 * H);
        assertEquals(3, trips.size());

        RoundTrip a = trips.get(0);
        assertEquals("long", a.side());
        assertEquals(H, a.entryTime());
        assertEquals(4 * H, a.exitTime());
        assertEquals(cash("16.71"), a.pnl());
        assertEquals(cash("0.29"), a.fees());
        assertEquals(cash("17"), a.grossPnl());
        assertEquals(new BigDecimal("3.000"), a.quantity());
        assertEquals(new BigDecimal("101.0000"), a.avgEntryPrice());
        assertEquals(new BigDecimal("106.6667"), a.avgExitPrice());
        assertEquals("reduce", a.exitReason());
        assertEquals(10_000, a.firstTicks(), "first fill at 100");
        assertEquals(10_500, a.lastTicks(), "closed by the fill at 105");
        assertFalse(a.open());

        RoundTrip b = trips.get(1);
        assertEquals("short", b.side());
        assertEquals(4 * H, b.entryTime(), "the short opens with the flipping fill");
        assertEquals(cash("315"), b.entryNotional());
        assertEquals(cash("-9.31"), b.pnl());
        assertEquals("kill-switch-flatten", b.exitReason());
        assertEquals(10_500, b.firstTicks());
        assertEquals(10_800, b.lastTicks());

        RoundTrip c = trips.get(2);
        assertTrue(c.open());
        assertEquals(RoundTrip.OPEN_AT_END, c.exitReason());
        assertEquals(7 * H, c.exitTime());
        assertEquals(cash("9.95"), c.pnl());
        assertEquals(new BigDecimal("90.0000"), c.avgExitPrice());
        assertEquals(9_000, c.lastTicks(), "marked at the last close");

        PerformanceReport p = PerformanceReport.of(1000, EquityCurve.of(new long[]{H}, new double[]{1000}), trips,
                fills, 6, 6);
        assertEquals(2, p.trades(), "the open trade is not counted");
        assertEquals(0.5, p.winRate(), 1e-12);
        assertEquals(16.71 / 9.31, p.profitFactor(), 1e-12);
        assertEquals(1.794844, p.profitFactor(), 1e-6);
        assertEquals(0.09 + 0.05 + 0.05 + 0.25 + 0.16 + 0.05, p.fees(), 1e-12);
    }

    /** A fee that does not split evenly: 1/3 of 0.10 rounds to 0.03333333 (cash units), the rest opens. */
    @Test
    void flipFeeSplitKeepsEveryCashUnit() {
        List<Fill> fills = List.of(fill("a", Side.BUY, "10", "1", "0", H), fill("b", Side.SELL, "10", "3", "0.1", 2 * H),
                fill("c", Side.BUY, "10", "2", "0", 3 * H));
        List<RoundTrip> trips = TradeLedger.of(fills, id -> "r", Map.of(), 4 * H);
        assertEquals(2, trips.size());
        assertEquals(3_333_333L, trips.get(0).fees());
        assertEquals(6_666_667L, trips.get(1).fees());
        assertEquals(-cash("0.1"), trips.get(0).pnl() + trips.get(1).pnl(), "nothing lost or created by the split");
    }

    /** Random fills on two instruments: the ledger equals a per-unit first-in-first-out accounting. */
    @Test
    void randomFillsAgreeWithPerUnitFifoAccounting() {
        Random rnd = new Random(11);
        InstrumentSpec y = new InstrumentSpec("YUSDT", 4, 0);
        List<Fill> fills = new ArrayList<>();
        Map<InstrumentSpec, Long> position = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            InstrumentSpec spec = rnd.nextBoolean() ? X : y;
            long held = position.getOrDefault(spec, 0L);
            long size = spec == X ? 1 + rnd.nextInt(5000) : 1 + rnd.nextInt(20);
            // add or open, close exactly, reduce part, or flip
            long delta = switch (held == 0 ? 0 : rnd.nextInt(4)) {
                case 0 -> (rnd.nextBoolean() ? 1 : -1) * size;
                case 1 -> -held;
                case 2 -> -Long.signum(held) * Math.max(1, Math.abs(held) / 2);
                default -> -held - Long.signum(held) * size;
            };
            position.put(spec, held + delta);
            long ticks = spec == X ? 9000 + rnd.nextInt(2000) : 500_000 + rnd.nextInt(100_000);
            long fee = rnd.nextInt(1_000_000);
            fills.add(new Fill("f" + i, "c" + i, spec, Side.of(delta), ticks, Math.abs(delta), fee, false, i * H));
        }
        List<RoundTrip> ledger = TradeLedger.of(fills, id -> "", Map.of(), 0).stream().filter(t -> !t.open()).toList();
        List<double[]> reference = fifo(fills);
        assertTrue(ledger.size() > 300, "random fills close many trades: " + ledger.size());
        assertEquals(reference.size(), ledger.size());
        // both lists are in closing order; match them per instrument and exit time
        for (int i = 0; i < ledger.size(); i++) {
            RoundTrip t = ledger.get(i);
            double[] r = reference.get(i);
            assertEquals(r[0], t.exitTime(), "trade " + i + " closes at the same fill");
            assertEquals(r[1], t.entryTime(), "trade " + i + " opens at the same fill");
            assertEquals(r[2], t.pnlQuote(), 1e-7, "trade " + i + " net P&L");
        }
    }

    /** Per unit of quantity: each unit remembers its entry price and its share of the entry fee. */
    private static List<double[]> fifo(List<Fill> fills) {
        Map<String, Deque<double[]>> books = new HashMap<>();
        Map<String, double[]> trip = new HashMap<>();
        List<double[]> out = new ArrayList<>();
        for (Fill f : fills) {
            String s = f.instrument().symbol();
            Deque<double[]> book = books.computeIfAbsent(s, k -> new ArrayDeque<>());
            double price = f.instrument().price(f.priceTicks());
            double unit = f.instrument().qty(1);
            double feePerLot = Money.toDouble(f.feeCash()) / f.qtyLots();
            int dir = f.side().sign();
            for (long k = 0; k < f.qtyLots(); k++) {
                if (book.isEmpty() || (int) book.peekFirst()[2] == dir) {
                    if (book.isEmpty()) {
                        trip.put(s, new double[]{0, f.time(), 0});
                    }
                    book.addLast(new double[]{price, feePerLot, dir});
                    continue;
                }
                double[] lot = book.pollFirst();
                double[] t = trip.get(s);
                t[2] += lot[2] * (price - lot[0]) * unit - lot[1] - feePerLot;
                if (book.isEmpty()) {
                    t[0] = f.time();
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static Fill fill(String id, Side side, String price, String qty, String fee, long time) {
        return new Fill(id + "-1", id, X, side, X.ticks(new BigDecimal(price)),
                new BigDecimal(qty).setScale(3).unscaledValue().longValueExact(), cash(fee), false, time);
    }

    private static long cash(String amount) {
        return new BigDecimal(amount).setScale(8).unscaledValue().longValueExact();
    }
}
