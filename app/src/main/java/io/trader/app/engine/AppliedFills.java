package io.trader.app.engine;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fills the portfolio has applied, as a bounded ledger that a checkpoint keeps together with the portfolio, so a
 * reconciliation with a live venue knows exactly which venue fills are already in the books: each venue fill is
 * applied once, whether it came over the user stream, from a reconciliation after a dropped stream, or from both.
 *
 * <p>The ledger holds every fill applied with {@code time >= since()} (venue time). When it is full the oldest fills
 * leave together with every other fill of the same millisecond, and {@code since} moves past them. A ledger that was
 * never given a start ({@link #baselined()} false) belongs to a session that has not met its venue yet: its first
 * reconciliation sets the start to the venue's clock, so fills made before the session are never taken as its own.
 * It also remembers the equity pair of that first meeting (local equity, venue account value), the baseline against
 * which later reconciliations compare how each side's money moved. Pure, single-threaded (engine thread).
 */
public final class AppliedFills {

    /** Fills a live session keeps (a venue returns at most 2,000 per query; older ones move {@code since} on). */
    public static final int LIVE_CAPACITY = 500;

    /** One applied fill, in primitives (the checkpoint's JSON). */
    public record Entry(String fillId, String clientId, String symbol, int priceScale, int qtyScale, boolean buy,
                        long priceTicks, long qtyLots, long feeCash, boolean maker, long time) {

        static Entry of(Fill f) {
            return new Entry(f.fillId(), f.clientId(), f.instrument().symbol(), f.instrument().priceScale(),
                    f.instrument().qtyScale(), f.side() == Side.BUY, f.priceTicks(), f.qtyLots(), f.feeCash(),
                    f.maker(), f.time());
        }

        Fill toFill() {
            return new Fill(fillId, clientId, new InstrumentSpec(symbol, priceScale, qtyScale),
                    buy ? Side.BUY : Side.SELL, priceTicks, qtyLots, feeCash, maker, time);
        }
    }

    /**
     * What a checkpoint keeps.
     *
     * @param since          every fill applied at or after this venue time is in {@code fills}; -1 before the first
     *                       reconciliation
     * @param fills          oldest first
     * @param baselineLocal  local equity when the session first met its venue (cash units), 0 when not set
     * @param baselineVenue  the venue's account value then (cash units), 0 when not set
     */
    public record Memory(long since, List<Entry> fills, long baselineLocal, long baselineVenue) {
        public Memory {
            fills = List.copyOf(fills);
        }
    }

    private final ArrayDeque<Entry> fills = new ArrayDeque<>();
    private final Set<String> ids = new HashSet<>();
    private long since = -1;
    private long baselineLocal;
    private long baselineVenue;
    private int capacity;
    /** Client ids of orders the books hold as ended (live only), newest last. */
    private final java.util.LinkedHashSet<String> ended = new java.util.LinkedHashSet<>();
    private static final int MAX_ENDED = 10_000;

    /** Starts keeping the ledger (a session on a live venue); a paper session keeps none. */
    public void keep(int fills) {
        if (fills < 1) {
            throw new IllegalArgumentException("keep at least one fill");
        }
        capacity = fills;
    }

    /** Records an applied fill; false (and nothing recorded) when this fill id was applied already. */
    public boolean add(Fill fill) {
        if (capacity == 0) {
            return true;
        }
        if (!ids.add(fill.fillId())) {
            return false;
        }
        fills.addLast(Entry.of(fill));
        while (fills.size() > capacity) {
            long t = fills.peekFirst().time();
            while (!fills.isEmpty() && fills.peekFirst().time() <= t) {
                ids.remove(fills.pollFirst().fillId());
            }
            since = Math.max(since, t + 1);
        }
        return true;
    }

    /**
     * Whether an order event may change the books: an event of an order already ended is stale (e.g. the venue's
     * late answer to an order a reconciliation already closed) unless it is a fill not applied yet (a fill that
     * raced a cancel). Records orders that end. Always true for a paper session.
     */
    public boolean admits(io.trader.core.event.OrderEvent event) {
        if (capacity == 0) {
            return true;
        }
        String id = event.clientId();
        if (ended.contains(id)) {
            return event instanceof io.trader.core.event.OrderEvent.Filled f && !contains(f.fill().fillId());
        }
        if (event.state().status().isTerminal()) {
            ended.add(id);
            if (ended.size() > MAX_ENDED) {
                java.util.Iterator<String> it = ended.iterator();
                it.next();
                it.remove();
            }
        }
        return true;
    }

    public boolean contains(String fillId) {
        return ids.contains(fillId);
    }

    /** Start of the window the ledger covers (venue time), -1 before the session first met its venue. */
    public long since() {
        return since;
    }

    public boolean baselined() {
        return since >= 0;
    }

    /** Sets the start of the window and the equity baseline at the first meeting with the venue. */
    public void baseline(long venueTime, long localEquity, long venueValue) {
        if (!baselined()) {
            since = Math.max(0, venueTime);
            baselineLocal = localEquity;
            baselineVenue = venueValue;
        }
    }

    public long baselineLocal() {
        return baselineLocal;
    }

    public long baselineVenue() {
        return baselineVenue;
    }

    /** The applied fills at or after {@code since()}, oldest first. */
    public List<Fill> recent() {
        List<Fill> out = new ArrayList<>(fills.size());
        for (Entry e : fills) {
            if (e.time() >= since) {
                out.add(e.toFill());
            }
        }
        return out;
    }

    public Memory memory() {
        return new Memory(since, new ArrayList<>(fills), baselineLocal, baselineVenue);
    }

    public void restore(Memory m) {
        fills.clear();
        ids.clear();
        if (m == null) {
            return;
        }
        for (Entry e : m.fills()) {
            if (ids.add(e.fillId())) {
                fills.addLast(e);
            }
        }
        since = m.since();
        baselineLocal = m.baselineLocal();
        baselineVenue = m.baselineVenue();
    }
}
