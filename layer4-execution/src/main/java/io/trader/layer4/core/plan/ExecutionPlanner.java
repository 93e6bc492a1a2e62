package io.trader.layer4.core.plan;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.core.exec.ParentOrder;
import io.trader.core.exec.ParentReport;
import io.trader.layer4.core.exec.Aggression;
import io.trader.layer4.core.exec.ChildDecision;
import io.trader.layer4.core.exec.ExecParent;
import io.trader.layer4.core.exec.ExecState;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Layer 4's execution planning: a target move in, orders out. It owns the order policy the engine used to hold
 * (order type, limit pricing, minimum notional, order timeouts, the back-off after a refusal) and the parent orders
 * worked by an execution algorithm.
 *
 * <p>A move is split into legs ({@link #legs}): the part that takes the position towards zero (reduce-only, reason
 * {@value #REDUCE_REASON}) and the part beyond zero or any growth (reason {@value #REBALANCE_REASON}). With the
 * {@link ExecutionChoice#IMMEDIATE immediate} choice a leg is one order sent at once; otherwise the engine checks the
 * leg through the risk gate on its whole size and {@link #start}s it as a {@link ParentOrder}, whose children
 * {@link #work} sends decision by decision (each child through the risk gate again, via {@link Venue}). A child
 * still working at the next decision is cancelled and what it did not fill is re-planned; the last decision takes
 * the rest with a market order; a parent ends DONE, EXPIRED (a remainder after its last child ended) or CANCELLED
 * (kill switch, a reversed target, a child refused by the risk gate), reported with its execution quality.
 *
 * <p>Pure and single-threaded (engine thread).
 */
public final class ExecutionPlanner {

    public static final String REDUCE_REASON = "reduce";
    public static final String REBALANCE_REASON = "rebalance";

    /** The engine's side of the planner: a child through the risk gate to the venue, and cancels. */
    public interface Venue {

        /** Sends {@code child} if the risk gate approves it; returns null when sent, else the refusal's reason. */
        String send(OrderRequest child, long bar);

        void cancel(String clientId, String reason);
    }

    /** The legs of one move; either may be null. */
    public record Legs(OrderRequest exit, OrderRequest entry) {
        public static final Legs NONE = new Legs(null, null);
    }

    private final OrderPolicy policy;
    private final ExecutionChoice choice;
    private final LimitPrice joinPrice;
    private final LimitPrice insidePrice;
    private final Consumer<ParentOrder> started;
    private final Consumer<ParentReport> ended;
    private final Map<String, Long> orderBar = new HashMap<>();
    private final Map<String, WorkingParent> parents = new LinkedHashMap<>();
    private final Map<String, RecentBars> tapes = new HashMap<>();

    public ExecutionPlanner(OrderPolicy policy, ExecutionChoice choice, Consumer<ParentOrder> started,
                            Consumer<ParentReport> ended) {
        this.policy = policy;
        this.choice = choice;
        this.joinPrice = new LimitPrice(policy.limitOffsetBps());
        this.insidePrice = new LimitPrice(policy.limitOffsetBps() / 2);
        this.started = started;
        this.ended = ended;
    }

    public OrderPolicy policy() {
        return policy;
    }

    public ExecutionChoice choice() {
        return choice;
    }

    /** Client id of each open order of no parent or child -> the instrument bar it was placed at (its age). */
    public Map<String, Long> orderBars() {
        return orderBar;
    }

    /** The bar until which an instrument refused by the risk gate adds no risk. */
    public long backoffUntil(long bar) {
        return bar + policy.blockedBackoffBars();
    }

    /** Every bar of {@code spec}, after the venue saw it: the tape policies read, and the parents' market volume. */
    public void onBar(InstrumentSpec spec, long openMillis, long closeTicks, double volumeUnits) {
        RecentBars tape = tapes.computeIfAbsent(spec.symbol(), s -> new RecentBars());
        tape.onBar(closeTicks, volumeUnits);
        if (choice.algorithm() instanceof io.trader.layer4.core.exec.BarObserver learner) {
            learner.observe(openMillis, tape.relativeVolume());
        }
        for (WorkingParent w : parents.values()) {
            if (w.parent.instrument().symbol().equals(spec.symbol()) && volumeUnits > 0) {
                w.marketVolumeUnits += volumeUnits;
                w.intervalVolumeUnits += volumeUnits;
            }
        }
    }

    /**
     * True when {@code spec} has a working parent or open orders, which a new move waits for; cancels the orders of
     * no parent older than the timeout (an order restored after a restart ages from the resume). A working parent
     * on the side opposite to {@code wanted} (the target reversed) is cancelled.
     */
    public boolean busy(InstrumentSpec spec, long bar, long time, long openOrderLots, Collection<OrderState> open,
                        Side wanted, Venue venue) {
        boolean busy = false;
        for (WorkingParent w : List.copyOf(parents.values())) {
            if (w.parent.instrument().symbol().equals(spec.symbol())) {
                busy = true;
                if (wanted != null && w.parent.side() != wanted) {
                    cancel(w, time, "the target reversed", venue);
                }
            }
        }
        if (openOrderLots == 0 && open.isEmpty()) {
            return busy;
        }
        for (OrderState o : List.copyOf(open)) {
            if (!o.request().instrument().symbol().equals(spec.symbol())) {
                continue;
            }
            Long placed = orderBar.get(o.clientId());
            if (o.request().isChild() && parents.containsKey(o.request().parentId())) {
                busy = true; // its parent manages it
            } else if (placed == null) {
                orderBar.put(o.clientId(), bar); // restored after a restart: its age counts from the resume
                busy = true;
            } else if (bar - placed >= policy.orderTimeoutBars()) {
                venue.cancel(o.clientId(), "timeout after " + policy.orderTimeoutBars() + " bars");
            } else {
                busy = true;
            }
        }
        return busy;
    }

    /**
     * The legs of moving {@code position} by {@code delta} lots at the last close: a reduce-only exit (none when
     * below the minimum notional: it then rides with the entry) and an entry cut to the largest order
     * ({@code maxOrderNotional} at its own price), none when {@code mayAdd} is false (a back-off runs) or below the
     * minimum notional. Client ids are {@code <prefix>-<SYMBOL>-<time>} and {@code ...-r} for the exit.
     */
    public Legs legs(InstrumentSpec spec, long time, long position, long delta, long closeTicks, long maxOrderNotional,
                     boolean mayAdd) {
        long reduce = position != 0 && Long.signum(delta) == -Long.signum(position)
                ? Math.min(Math.abs(delta), Math.abs(position)) : 0;
        long open = Math.abs(delta) - reduce;
        long riding = 0;
        if (reduce > 0 && Money.notional(spec, closeTicks, reduce) < policy.minOrderNotional()) {
            riding = reduce;
            reduce = 0;
        }
        Side side = Side.of(delta);
        String id = policy.clientIdPrefix() + "-" + spec.symbol() + "-" + time;
        OrderRequest exit = reduce == 0 ? null
                : order(id + "-r", spec, side, reduce, closeTicks, time, true, REDUCE_REASON);
        OrderRequest entry = null;
        if (open > 0 && mayAdd) {
            long price = policy.orderType() == OrderType.MARKET ? closeTicks
                    : Math.max(closeTicks, joinPrice.ticks(closeTicks, side));
            long qty = riding + Math.min(open, Money.lotsWithin(spec, price, maxOrderNotional));
            if (Money.notional(spec, closeTicks, qty) >= policy.minOrderNotional() && qty > riding) {
                entry = order(id, spec, side, qty, closeTicks, time, false, REBALANCE_REASON);
            }
        }
        return exit == null && entry == null ? Legs.NONE : new Legs(exit, entry);
    }

    private OrderRequest order(String clientId, InstrumentSpec spec, Side side, long qty, long close, long time,
                               boolean reduceOnly, String reason) {
        if (policy.orderType() == OrderType.MARKET) {
            return OrderRequest.market(clientId, spec, side, qty, reduceOnly, time, reason);
        }
        return OrderRequest.limit(clientId, spec, side, qty, joinPrice.ticks(close, side), TimeInForce.GTC,
                reduceOnly, time, reason);
    }

    /**
     * A leg approved by the risk gate on its whole size becomes a parent worked by the configured algorithm (its
     * first child goes at the next {@link #work} of this bar). Only for a non-immediate choice.
     */
    public ParentOrder start(OrderRequest leg, long time, long bar, long closeTicks) {
        if (choice.immediate()) {
            throw new IllegalStateException("the immediate choice sends legs as orders; it starts no parent");
        }
        int n = choice.decisions();
        long interval = 60_000L * choice.barsPerDecision(); // the engine runs 1m bars; the spec carries no bar length
        ParentOrder parent = new ParentOrder(leg.clientId(), leg.instrument(), leg.side(), leg.quantityLots(),
                choice.algorithm().name(), leg.limitTicks(), leg.reduceOnly(), n, time,
                time + interval * (n - 1), leg.reason());
        long minLots = Math.max(1, Money.lotsWithin(leg.instrument(), closeTicks, policy.minOrderNotional()));
        ExecParent exec = new ExecParent(leg.side(), leg.quantityLots(), n, interval, time, minLots);
        WorkingParent w = new WorkingParent(parent, choice.algorithm().start(exec), closeTicks, bar);
        RecentBars tape = tapes.get(leg.instrument().symbol());
        w.lastIntervalVolumeUnits = tape == null ? 0 : tape.lastVolumeUnits() * choice.barsPerDecision();
        parents.put(parent.parentId(), w);
        started.accept(parent);
        return parent;
    }

    /** Sends the children due at this bar of every working parent of {@code spec}. */
    public void work(InstrumentSpec spec, long time, long bar, Venue venue) {
        for (WorkingParent w : List.copyOf(parents.values())) {
            if (w.parent.instrument().symbol().equals(spec.symbol()) && !w.decisionsDone()
                    && bar >= w.nextDecisionBar) {
                decide(w, spec, time, bar, venue);
                checkEnd(w, time);
            }
        }
    }

    private void decide(WorkingParent w, InstrumentSpec spec, long time, long bar, Venue venue) {
        for (String id : List.copyOf(w.workingChildren.keySet())) {
            venue.cancel(id, "re-planned at the next decision");
        }
        RecentBars tape = tapes.computeIfAbsent(spec.symbol(), s -> new RecentBars());
        long close = tape.lastClose() > 0 ? tape.lastClose() : w.arrivalTicks;
        long remaining = w.parent.lots() - w.filledLots - w.workingLots(); // a cancel still pending counts as working
        boolean last = w.decision == w.parent.decisions() - 1;
        if (w.decision > 0) {
            w.lastIntervalVolumeUnits = w.intervalVolumeUnits;
        }
        w.intervalVolumeUnits = 0;
        ExecState state = new ExecState(w.decision, w.parent.decisions(), time, Math.max(0, remaining),
                tape.spreadBps(), 0, tape.volatilityBps() * Math.sqrt(choice.barsPerDecision()),
                WorkingParent.cost(w.parent.side(), close, w.arrivalTicks),
                w.lastIntervalVolumeUnits * spec.lotsPerUnit());
        ChildDecision d = remaining > 0 ? w.policy.decide(state) : ChildDecision.WAIT;
        w.decision++;
        w.nextDecisionBar = bar + choice.barsPerDecision();
        w.twapSum += close;
        w.twapCount++;
        // the last decision takes the whole rest at market, whatever the policy asked (nothing is left to a later one)
        long lots = last ? Math.max(0, remaining) : Math.min(d.lots(), Math.max(0, remaining));
        if (lots <= 0 || (lots < remaining && Money.notional(spec, close, lots) < policy.minOrderNotional())) {
            return; // nothing now, or below the minimum: a later child carries it
        }
        OrderRequest child = child(w, spec, time, lots, last ? Aggression.MARKET : d.aggression(), close);
        w.workingChildren.put(child.clientId(), lots);
        w.children++;
        orderBar.put(child.clientId(), bar);
        String refused = venue.send(child, bar);
        if (refused != null) {
            w.workingChildren.remove(child.clientId());
            orderBar.remove(child.clientId());
            cancel(w, time, "a child was refused by the risk gate: " + refused, venue);
        }
    }

    private OrderRequest child(WorkingParent w, InstrumentSpec spec, long time, long lots, Aggression a, long close) {
        ParentOrder p = w.parent;
        String id = p.parentId() + "-c" + (w.children + 1);
        long limit = switch (a) {
            case MARKET -> 0;
            case JOIN -> joinPrice.ticks(close, p.side());
            case INSIDE -> insidePrice.ticks(close, p.side());
        };
        if (p.limitTicks() > 0) {
            limit = limit == 0 ? p.limitTicks()
                    : p.side() == Side.BUY ? Math.min(limit, p.limitTicks()) : Math.max(limit, p.limitTicks());
        }
        OrderRequest r = limit == 0
                ? OrderRequest.market(id, spec, p.side(), lots, p.reduceOnly(), time, p.reason())
                : OrderRequest.limit(id, spec, p.side(), lots, limit,
                a == Aggression.MARKET ? TimeInForce.IOC : TimeInForce.GTC, p.reduceOnly(), time, p.reason());
        return r.childOf(p.parentId());
    }

    /** A venue event: a child's fill or end moves its parent (repeated fills must be filtered by the caller). */
    public void onOrderEvent(OrderEvent event) {
        OrderRequest r = event.state().request();
        if (event.state().status().isTerminal()) {
            orderBar.remove(event.clientId());
        }
        if (!r.isChild()) {
            return;
        }
        WorkingParent w = parents.get(r.parentId());
        if (w == null) {
            return;
        }
        if (event instanceof OrderEvent.Filled f) {
            w.fill(event.clientId(), f.fill().qtyLots(), f.fill().priceTicks());
            w.policy.onFill(f.fill().qtyLots());
        }
        if (event.state().status().isTerminal()) {
            w.workingChildren.remove(event.clientId());
        }
        checkEnd(w, event.time());
    }

    private void checkEnd(WorkingParent w, long time) {
        if (!parents.containsKey(w.parent.parentId())) {
            return;
        }
        if (w.filledLots >= w.parent.lots()) {
            end(w, ParentReport.Status.DONE, time, "filled");
        } else if (w.decisionsDone() && w.workingChildren.isEmpty()) {
            end(w, ParentReport.Status.EXPIRED, time, (w.parent.lots() - w.filledLots)
                    + " lots unfilled after the last decision");
        }
    }

    private void cancel(WorkingParent w, long time, String reason, Venue venue) {
        for (String id : List.copyOf(w.workingChildren.keySet())) {
            venue.cancel(id, reason);
        }
        if (parents.containsKey(w.parent.parentId())) {
            end(w, ParentReport.Status.CANCELLED, time, reason);
        }
    }

    private void end(WorkingParent w, ParentReport.Status status, long time, String reason) {
        parents.remove(w.parent.parentId());
        ended.accept(w.report(status, time, 1.0 / w.parent.instrument().lotsPerUnit(), reason));
    }

    /** The kill switch: every parent is cancelled with its working children. */
    public void cancelAll(String reason, long time, Venue venue) {
        for (WorkingParent w : new ArrayList<>(parents.values())) {
            cancel(w, time, reason, venue);
        }
    }

    /** Signed lots of {@code spec}'s working parents that no child carries yet (open exposure counts them). */
    public long unsentLots(InstrumentSpec spec) {
        long sum = 0;
        for (WorkingParent w : parents.values()) {
            if (w.parent.instrument().symbol().equals(spec.symbol())) {
                sum += w.parent.side().sign() * w.unsentLots();
            }
        }
        return sum;
    }

    public List<ParentOrder> workingParents() {
        List<ParentOrder> out = new ArrayList<>(parents.size());
        for (WorkingParent w : parents.values()) {
            out.add(w.parent);
        }
        return out;
    }
}
