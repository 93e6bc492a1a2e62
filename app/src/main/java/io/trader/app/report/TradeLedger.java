package io.trader.app.report;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Round-trip accounting: fills in time order become {@link RoundTrip}s, flat to flat per instrument.
 * Adding to a position adds to the trade's entry, reducing it adds to its exit (partial closes stay in
 * the same trade), and a fill that flips the position is split: the part that closes the position ends
 * the trade, the rest opens the next one. The split is exact in notional ({@link Money#notional} of each
 * part's lots, the open part being the rest) and pro rata by quantity in fee.
 */
public final class TradeLedger {

    private final Map<String, Open> open = new LinkedHashMap<>();
    private final List<RoundTrip> closed = new ArrayList<>();

    /** @param reason the reason of the fill's order (the exit reason when the fill closes a trade) */
    public void onFill(Fill fill, String reason) {
        String symbol = fill.instrument().symbol();
        Open o = open.get(symbol);
        long qty = fill.qtyLots();
        int dir = fill.side().sign();
        if (o == null) {
            open.put(symbol, new Open(fill.instrument(), dir, fill.time(), fill.priceTicks(), qty, fill.notional(),
                    fill.feeCash()));
            return;
        }
        if (dir == o.direction) {
            o.add(qty, fill.notional(), fill.feeCash());
            return;
        }
        long held = o.entryLots - o.exitLots;
        if (qty <= held) {
            o.reduce(qty, fill.notional(), fill.feeCash(), fill.time(), fill.priceTicks(), reason);
            if (o.entryLots == o.exitLots) {
                closed.add(o.trip(false));
                open.remove(symbol);
            }
            return;
        }
        long closeNotional = Money.notional(fill.instrument(), fill.priceTicks(), held);
        long closeFee = BigDecimal.valueOf(fill.feeCash()).multiply(BigDecimal.valueOf(held))
                .divide(BigDecimal.valueOf(qty), 0, RoundingMode.HALF_EVEN).longValueExact();
        o.reduce(held, closeNotional, closeFee, fill.time(), fill.priceTicks(), reason);
        closed.add(o.trip(false));
        open.put(symbol, new Open(fill.instrument(), dir, fill.time(), fill.priceTicks(), qty - held,
                fill.notional() - closeNotional, fill.feeCash() - closeFee));
    }

    /** The trades closed so far, in the order they closed. */
    public List<RoundTrip> closed() {
        return List.copyOf(closed);
    }

    /**
     * The closed trades followed by the open ones, each marked at its instrument's last close
     * ({@code lastCloseTicks}; the entry price when missing) at {@code endTime}, exit reason
     * {@value RoundTrip#OPEN_AT_END}.
     */
    public List<RoundTrip> all(Map<String, Long> lastCloseTicks, long endTime) {
        List<RoundTrip> out = new ArrayList<>(closed);
        for (Open o : open.values()) {
            long held = o.entryLots - o.exitLots;
            Long mark = lastCloseTicks.get(o.spec.symbol());
            long markNotional = mark != null ? Money.notional(o.spec, mark, held)
                    : BigDecimal.valueOf(o.entryNotional).multiply(BigDecimal.valueOf(held))
                    .divide(BigDecimal.valueOf(o.entryLots), 0, RoundingMode.HALF_EVEN).longValueExact();
            o.exitLots += held;
            o.exitNotional += markNotional;
            o.exitTime = Math.max(endTime, o.entryTime);
            o.exitReason = RoundTrip.OPEN_AT_END;
            long lastTicks = o.lastTicks;
            o.lastTicks = mark != null ? mark : o.firstTicks;
            out.add(o.trip(true));
            o.lastTicks = lastTicks;
            o.exitLots -= held;
            o.exitNotional -= markNotional;
        }
        return out;
    }

    /** Every trade of a fill sequence; see {@link #all}. */
    public static List<RoundTrip> of(List<Fill> fills, java.util.function.Function<String, String> reasonOfClientId,
                                     Map<String, Long> lastCloseTicks, long endTime) {
        TradeLedger ledger = new TradeLedger();
        for (Fill f : fills) {
            ledger.onFill(f, reasonOfClientId.apply(f.clientId()));
        }
        return ledger.all(lastCloseTicks, endTime);
    }

    private static final class Open {
        final InstrumentSpec spec;
        final int direction;
        final long entryTime;
        final long firstTicks;
        long lastTicks;
        long entryLots;
        long entryNotional;
        long exitLots;
        long exitNotional;
        long fees;
        long exitTime;
        String exitReason = "";

        Open(InstrumentSpec spec, int direction, long time, long ticks, long lots, long notional, long fee) {
            this.spec = spec;
            this.direction = direction;
            this.entryTime = time;
            this.firstTicks = ticks;
            this.exitTime = time;
            add(lots, notional, fee);
        }

        void add(long lots, long notional, long fee) {
            entryLots += lots;
            entryNotional += notional;
            fees += fee;
        }

        void reduce(long lots, long notional, long fee, long time, long ticks, String reason) {
            lastTicks = ticks;
            exitLots += lots;
            exitNotional += notional;
            fees += fee;
            exitTime = time;
            exitReason = reason == null ? "" : reason;
        }

        RoundTrip trip(boolean stillOpen) {
            long pnl = direction * (exitNotional - entryNotional) - fees;
            return new RoundTrip(spec, direction, entryTime, exitTime, entryLots, entryNotional, exitLots,
                    exitNotional, fees, pnl, firstTicks, lastTicks, exitReason, stillOpen);
        }
    }
}
