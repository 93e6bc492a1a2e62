package io.trader.layer4.core.book;

import io.trader.core.domain.Side;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A matching engine on a replayed L2 book. Market events are applied in the order given; before each one,
 * the orders whose effective time (sent + order latency) is at or before the event's exchange time
 * (received - market-data latency) are executed against the book as it then stands.
 * Market orders walk the opposite side and consume what they take. Limit orders take what crosses and rest
 * with the size already at their price ahead of them; the queue ahead shrinks with trades at that price and is
 * capped by the level's size after each diff (cancels ahead are assumed only as far as the level shrank below
 * it). A resting order fills only from trades at its price once the queue ahead is gone, or from trades through
 * its price; our orders share each trade in price-time priority, never filling more than its volume in total.
 * Reports are collected until {@link #drainReports()}.
 */
public final class BookSimulator {

    private final SimConfig config;
    private final OrderBook book;
    private final List<OrderCommand> pending = new ArrayList<>();
    private final List<RestingOrder> resting = new ArrayList<>();
    private final List<SimReport> reports = new ArrayList<>();
    private int[] byPriority = new int[8];
    private long gaps;
    private long stale;
    private long staleSnapshots;

    public BookSimulator(SimConfig config, SequenceCheck.Rule rule) {
        this(config, new OrderBook(rule));
    }

    /** A simulator continuing from {@code book} (used as is, not copied), e.g. a copy of a replayed book. */
    public BookSimulator(SimConfig config, OrderBook book) {
        this.config = config;
        this.book = book;
    }

    /** Queues an order; it is executed at the first event at or after {@code sentNs + orderLatencyNs}. */
    public void submit(OrderCommand command) {
        long due = command.sentNs() + config.orderLatencyNs();
        int at = pending.size();
        while (at > 0 && pending.get(at - 1).sentNs() + config.orderLatencyNs() > due) {
            at--;
        }
        pending.add(at, command);
    }

    /**
     * Replays one market event. Returns the continuity outcome for a depth diff or snapshot (APPLY for other events);
     * on GAP the diff is not applied and the book keeps refusing diffs until {@link #acceptGap()}.
     */
    public SequenceCheck.Outcome onEvent(MarketEvent event) {
        long exchangeNs = event.recvNs() - config.marketDataLatencyNs();
        runDue(exchangeNs);
        if (event instanceof MarketEvent.DepthDiff diff) {
            SequenceCheck.Outcome outcome = book.apply(diff);
            if (outcome == SequenceCheck.Outcome.APPLY) {
                capQueues();
            } else if (outcome == SequenceCheck.Outcome.GAP) {
                gaps++;
            } else {
                stale++;
            }
            return outcome;
        }
        if (event instanceof MarketEvent.Trade trade) {
            onTrade(trade, exchangeNs);
        } else if (event instanceof MarketEvent.Snapshot snapshot) {
            SequenceCheck.Outcome outcome = book.apply(snapshot);
            if (outcome == SequenceCheck.Outcome.APPLY) {
                capQueues();
            } else {
                staleSnapshots++;
            }
            return outcome;
        }
        return SequenceCheck.Outcome.APPLY;
    }

    /** Executes every queued order due at or before {@code exchangeNs} (e.g. at the end of a replay). */
    public void runDue(long exchangeNs) {
        while (!pending.isEmpty()) {
            OrderCommand next = pending.get(0);
            long due = next.sentNs() + config.orderLatencyNs();
            if (due > exchangeNs) {
                return;
            }
            pending.remove(0);
            execute(next, due);
        }
    }

    public void acceptGap() {
        book.acceptGap();
    }

    private void execute(OrderCommand command, long at) {
        long report = at + config.marketDataLatencyNs();
        if (command instanceof OrderCommand.Market m) {
            long left = take(m.orderId(), m.side(), m.lots(),
                    m.side() == Side.BUY ? Long.MAX_VALUE : Long.MIN_VALUE, at);
            if (left > 0) {
                reports.add(new SimReport.Unfilled(m.orderId(), at, report, left));
            }
        } else if (command instanceof OrderCommand.Limit l) {
            long left = take(l.orderId(), l.side(), l.lots(), l.priceTick(), at);
            if (left > 0) {
                long ahead = book.side(l.side()).sizeAt(l.priceTick());
                resting.add(new RestingOrder(l.orderId(), l.side(), l.priceTick(), left, ahead));
                reports.add(new SimReport.Resting(l.orderId(), at, report, l.priceTick(), left, ahead));
            }
        } else if (command instanceof OrderCommand.Cancel c) {
            for (int i = 0; i < resting.size(); i++) {
                if (resting.get(i).orderId == c.orderId()) {
                    RestingOrder gone = resting.remove(i);
                    reports.add(new SimReport.Canceled(c.orderId(), at, report, gone.remainingLots, true));
                    return;
                }
            }
            reports.add(new SimReport.Canceled(c.orderId(), at, report, 0, false));
        }
    }

    /** Takes liquidity up to a limit, one fill per level, consuming it from the book; returns what is left. */
    private long take(long orderId, Side side, long lots, long limitTick, long at) {
        PriceLevels opposite = book.side(side.opposite());
        long left = lots;
        while (left > 0 && !opposite.isEmpty()) {
            long px = opposite.priceAt(0);
            if (side == Side.BUY ? px > limitTick : px < limitTick) {
                break;
            }
            long qty = Math.min(left, opposite.lotsAt(0));
            opposite.reduce(px, qty);
            left -= qty;
            fill(orderId, side, px, qty, SimReport.Liquidity.TAKER, at);
        }
        return left;
    }

    private void fill(long orderId, Side side, long px, long qty, SimReport.Liquidity liquidity, long at) {
        long ppm = liquidity == SimReport.Liquidity.MAKER ? config.makerFeePpm() : config.takerFeePpm();
        reports.add(new SimReport.Fill(orderId, at, at + config.marketDataLatencyNs(), side, px, qty, liquidity,
                SimConfig.fee(Math.multiplyExact(px, qty), ppm)));
    }

    /**
     * A trade fills our resting orders on its passive side in price-time priority, never more in total than the
     * trade's volume: at the trade's price, after the queue ahead of the order and what our earlier orders took from
     * this trade; beyond its price (the level was cleared), from what our better orders left of it.
     */
    private void onTrade(MarketEvent.Trade trade, long at) {
        Side passive = trade.passiveSide();
        long volume = trade.lots();
        int n = candidates(passive, trade.priceTick());
        long used = 0;
        boolean done = false;
        for (int c = 0; c < n && used < volume; c++) {
            RestingOrder order = resting.get(byPriority[c]);
            long available = volume - used; // our better or earlier orders took the rest
            if (order.priceTick == trade.priceTick()) {
                long eaten = Math.min(order.queueAheadLots, available);
                order.queueAheadLots -= eaten;
                available -= eaten;
            } else {
                order.queueAheadLots = 0;
            }
            long qty = Math.min(available, order.remainingLots);
            if (qty > 0) {
                order.remainingLots -= qty;
                used += qty;
                done |= order.remainingLots == 0;
                fill(order.orderId, order.side, order.priceTick, qty, SimReport.Liquidity.MAKER, at);
            }
        }
        if (done) {
            resting.removeIf(o -> o.remainingLots == 0);
        }
    }

    /** Indices of the resting orders a trade at {@code tick} reaches, sorted by price then time priority. */
    private int candidates(Side passive, long tick) {
        int n = 0;
        for (int i = 0; i < resting.size(); i++) {
            RestingOrder o = resting.get(i);
            if (o.side == passive && (o.priceTick == tick || o.tradedThrough(tick))) {
                if (n == byPriority.length) {
                    byPriority = Arrays.copyOf(byPriority, n * 2);
                }
                int j = n++;
                while (j > 0 && better(o, resting.get(byPriority[j - 1]))) {
                    byPriority[j] = byPriority[j - 1];
                    j--;
                }
                byPriority[j] = i;
            }
        }
        return n;
    }

    private static boolean better(RestingOrder a, RestingOrder b) {
        return a.side == Side.BUY ? a.priceTick > b.priceTick : a.priceTick < b.priceTick;
    }

    private void capQueues() {
        for (RestingOrder order : resting) {
            long level = book.side(order.side).sizeAt(order.priceTick);
            if (level < order.queueAheadLots) {
                order.queueAheadLots = level;
            }
        }
    }

    /** Reports since the last call, in the order they happened. */
    public List<SimReport> drainReports() {
        List<SimReport> out = List.copyOf(reports);
        reports.clear();
        return out;
    }

    public OrderBook book() {
        return book;
    }

    public int restingCount() {
        return resting.size();
    }

    public long gaps() {
        return gaps;
    }

    public long staleDiffs() {
        return stale;
    }

    /** Snapshots ignored because they were older than the diffs already applied. */
    public long staleSnapshots() {
        return staleSnapshots;
    }
}
