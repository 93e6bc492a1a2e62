package io.trader.layer5.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderType;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskDecision;
import io.trader.core.event.RiskEvent;
import io.trader.core.port.PortfolioView;
import io.trader.core.port.RiskGate;

import java.util.List;
import java.util.function.Consumer;

/**
 * The pre-trade gate and the circuit breakers.
 *
 * <p><b>A risk rule never blocks an order that only reduces exposure.</b> An order <i>only reduces</i> when it
 * moves both the position and the committed position (position plus open orders) towards zero without
 * crossing it: whatever fills, in any order, and whatever of the open orders is cancelled, the account ends
 * up no larger on either side than it is now. Such an order is approved after the kill switch check alone:
 * no notional, position, leverage or breaker check, and also no stale-data, reference-price or price-band
 * check. Those three protect the valuation of new exposure (a price to value it at, a book we can see, a
 * limit that is not a typo); a reducing order opens none, so its worst case is the price it gets, which a
 * reducing market order (always allowed) shares, and refusing it would keep the whole exposure in the
 * market that the rule was meant to protect. The kill switch is not a risk rule but the operator's stop
 * and wins over everything: it refuses strategy orders, reducing ones included (two sellers would race
 * the flatten), and its own flatten order is the reducing order it lets through.
 *
 * <p>Anything else adds risk: an order that opens or grows a position, or a flip (an order that crosses
 * zero). For those, {@link #check} runs, in order, and stops at the first failure:
 * <ol>
 *   <li>{@link RiskCode#KILL_SWITCH}: everything is refused while the kill switch is engaged, except a
 *       <i>flatten</i> order (reason exactly {@value #FLATTEN_REASON}, reduce-only, and actually reducing the
 *       position without flipping it), which is approved at once, skipping every later check.</li>
 *   <li>(reducing orders are approved here, see above)</li>
 *   <li>{@link RiskCode#STALE_DATA}: no new risk on an instrument whose market data is stale.</li>
 *   <li>{@link RiskCode#BREAKER_HALT}: no new risk while a breaker is tripped.</li>
 *   <li>{@link RiskCode#PAUSED}: no new risk while the operator has paused trading ({@link #pause}); unlike the
 *       kill switch, exits and other reducing orders still go through.</li>
 *   <li>{@link RiskCode#NO_REFERENCE_PRICE}: a market order needs a last price.</li>
 *   <li>{@link RiskCode#REDUCE_ONLY}: a reduce-only order must reduce |position| without flipping it.</li>
 *   <li>{@link RiskCode#MAX_NOTIONAL}: the notional of the lots the order <i>opens</i> (all of it when it
 *       adds to a position; of a flip only the part beyond zero, measured against the position and against
 *       the committed position, whichever is larger), priced at the higher of its limit and the last price,
 *       at most {@code maxOrderNotional}. The lots a flip closes are never counted.</li>
 *   <li>{@link RiskCode#MAX_POSITION}: when the order grows |position + open orders| or carries it across
 *       zero, that committed position's notional after the order (at the last price, else the limit) at most
 *       {@code maxPositionNotional}.</li>
 *   <li>{@link RiskCode#MAX_LEVERAGE}: in the same case, gross exposure with this instrument counted at its
 *       committed size after the order, divided by equity, at most {@code maxGrossLeverage} (refused
 *       outright when equity is not positive).</li>
 *   <li>{@link RiskCode#PRICE_BAND}: a limit price at most {@code priceBandBps} from the last price (skipped
 *       without a last price).</li>
 * </ol>
 * A flip is therefore all-or-nothing here; the engine splits it into a reduce-only order to flat, which
 * always passes, and an order for the new side, which meets every check.
 * Every refusal is also emitted as {@link RiskEvent.OrderBlocked}, stamped with the order's decision time.
 * Approval returns {@link RiskDecision#APPROVED} without allocating.
 *
 * <p>{@link #check} and {@link #onEquity} run on the engine thread; {@link #resetBreakers}, {@link #halted}
 * and {@link #breakerStates} may be called from any thread.
 */
public final class RiskEngine implements RiskGate {

    /** Reason of the orders that flatten positions while the kill switch is engaged. */
    public static final String FLATTEN_REASON = "kill-switch-flatten";
    /** Stream name meaning every instrument's market data (e.g. the whole connection dropped). */
    public static final String ALL_FEEDS = "*";
    private final java.util.Set<String> staleFeeds = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final RiskLimits limits;
    private final KillSwitch killSwitch;
    private final Consumer<RiskEvent> events;
    private final Breakers breakers;
    /** The feed-divergence breaker and its gate, when the session uses one ({@link #useDivergence}). */
    private io.trader.layer5.core.divergence.FeedDivergenceBreaker divergence;
    private io.trader.layer5.core.divergence.DivergenceGate divergenceGate;

    /** The operator's pause of new entries, or null while trading; set from any thread. */
    private volatile Pause pause;

    /** Why and since when (epoch ms) the operator paused new entries. */
    public record Pause(String reason, long since) {
    }

    public RiskEngine(RiskLimits limits, KillSwitch killSwitch, Consumer<RiskEvent> events) {
        if (limits == null || killSwitch == null || events == null) {
            throw new IllegalArgumentException("limits, killSwitch and events are required");
        }
        this.limits = limits;
        this.killSwitch = killSwitch;
        this.events = events;
        this.breakers = new Breakers(limits, events);
    }

    @Override
    public RiskDecision check(OrderRequest request, PortfolioView portfolio) {
        InstrumentSpec spec = request.instrument();
        long position = portfolio.positionLots(spec);
        long signed = request.signedLots();
        if (killSwitch.engaged()) {
            if (reduces(position, signed) && request.reduceOnly() && FLATTEN_REASON.equals(request.reason())) {
                return RiskDecision.APPROVED;
            }
            return block(request, RiskCode.KILL_SWITCH, "kill switch engaged: " + killSwitch.reason());
        }
        long open = portfolio.openOrderLots(spec);
        long committed = position + open;
        if (onlyReduces(position, open, signed)) {
            return RiskDecision.APPROVED; // only reduces exposure: no risk rule applies
        }
        if (!staleFeeds.isEmpty() && (staleFeeds.contains(ALL_FEEDS) || staleFeeds.contains(spec.symbol()))) {
            return block(request, RiskCode.STALE_DATA, "market data for " + spec.symbol() + " is stale");
        }
        if (breakers.halted()) {
            return block(request, RiskCode.BREAKER_HALT, "halted by " + breakers.trippedNames());
        }
        Pause paused = pause;
        if (paused != null) {
            return block(request, RiskCode.PAUSED, "trading paused: " + paused.reason());
        }
        if (divergenceGate != null) {
            RiskDecision d = divergenceGate.check(request, position, portfolio.openOrderLots(spec));
            if (!d.approved()) {
                return d; // the gate recorded why
            }
        }
        long last = portfolio.lastPriceTicks(spec);
        boolean limit = request.type() == OrderType.LIMIT;
        if (!limit && last <= 0) {
            return block(request, RiskCode.NO_REFERENCE_PRICE, "no last price for " + spec.symbol());
        }
        if (request.reduceOnly() && !reduces(position, signed)) {
            return block(request, RiskCode.REDUCE_ONLY, "position " + position + " lots, order " + signed + " lots");
        }
        long orderPrice = limit ? Math.max(request.limitTicks(), last) : last;
        long opening = Math.max(openingLots(position, signed), openingLots(committed, signed));
        long notional = notional(spec, orderPrice, opening);
        if (notional > limits.maxOrderNotional()) {
            return block(request, RiskCode.MAX_NOTIONAL, "notional " + cash(notional) + " > "
                    + cash(limits.maxOrderNotional()) + (opening < request.quantityLots() ? " (the "
                    + opening + " lots beyond flat)" : ""));
        }
        long after = committed + signed;
        if (Math.abs(after) > Math.abs(committed) || Long.signum(after) * Long.signum(committed) < 0) {
            long valuePrice = last > 0 ? last : request.limitTicks();
            long afterNotional = notional(spec, valuePrice, after);
            if (afterNotional > limits.maxPositionNotional()) {
                return block(request, RiskCode.MAX_POSITION, "position notional after order " + cash(afterNotional)
                        + " > " + cash(limits.maxPositionNotional()));
            }
            long gross = saturatedAdd(portfolio.grossExposureCash() - notional(spec, valuePrice, position),
                    afterNotional);
            long equity = portfolio.equityCash();
            if (equity <= 0 || gross > limits.maxGrossLeverage() * equity) {
                return block(request, RiskCode.MAX_LEVERAGE, "gross exposure " + cash(gross) + " on equity "
                        + cash(equity) + " > " + limits.maxGrossLeverage() + "x");
            }
        }
        if (limit && last > 0) {
            double distanceBps = Math.abs(request.limitTicks() - last) * 10_000.0 / last;
            if (distanceBps > limits.priceBandBps()) {
                return block(request, RiskCode.PRICE_BAND, "limit " + request.limitTicks() + " is "
                        + Math.round(distanceBps) + " bps from last " + last + " (band " + limits.priceBandBps() + ")");
            }
        }
        return RiskDecision.APPROVED;
    }

    /**
     * Marks the market data of an instrument (or {@link #ALL_FEEDS}) stale or live. While stale, every order
     * of that instrument that adds risk is refused with {@link RiskCode#STALE_DATA}: no new exposure on a book
     * we cannot see. Orders that only reduce exposure still pass (see the class comment). Thread-safe.
     */
    /** The instruments (or {@link #ALL_FEEDS}) whose market data is stale now (a copy; any thread). */
    public java.util.Set<String> staleFeeds() {
        return java.util.Set.copyOf(staleFeeds);
    }

    public void setFeedStale(String symbolOrAll, boolean stale) {
        if (stale) {
            staleFeeds.add(symbolOrAll);
        } else {
            staleFeeds.remove(symbolOrAll);
        }
    }

    /**
     * Halts new risk on an asset whose price differs between its sources (venues, or mark vs last) beyond
     * {@code config}'s band for longer than its hold, until it has agreed again for its cool-down: orders that add risk
     * on it are refused with {@link RiskCode#FEED_DIVERGENCE}; orders that only reduce exposure still pass. Call once,
     * before the first quote.
     */
    public void useDivergence(io.trader.layer5.core.divergence.DivergenceConfig config,
                              io.trader.layer5.core.divergence.AssetMapper assets) {
        divergence = new io.trader.layer5.core.divergence.FeedDivergenceBreaker(config);
        divergenceGate = new io.trader.layer5.core.divergence.DivergenceGate(divergence, assets, events);
    }

    /**
     * One price of an instrument from a source (e.g. a venue's bar close, a book mid, a mark price) at {@code time};
     * nothing without {@link #useDivergence}.
     */
    public void onQuote(String symbol, String source, long time, long priceTicks, int priceScale) {
        if (divergence != null && priceTicks > 0) {
            divergence.onQuote(divergenceGate.assetOf(symbol), source, time, priceTicks, priceScale);
        }
    }

    /** Looks at every asset's sources at {@code now}; halts and resumes are recorded as risk events. */
    public void evaluateDivergence(long now) {
        if (divergence != null) {
            divergence.evaluate(now).forEach(e -> events.accept(e.toRiskEvent()));
        }
    }

    /** The divergence breaker, or null when the session uses none. */
    public io.trader.layer5.core.divergence.FeedDivergenceBreaker divergence() {
        return divergence;
    }

    /** Feeds the breakers one equity point (time order). */
    public void onEquity(EquityPoint point) {
        breakers.onEquity(point);
    }

    /** True while a breaker is tripped: only risk-reducing orders pass. */
    /**
     * Pauses new entries (any thread): every order that adds risk is refused with {@link RiskCode#PAUSED} until
     * {@link #resume}; reducing orders still pass. Pausing again keeps the first reason and time.
     */
    public Pause pause(String reason, long time) {
        Pause p = pause;
        if (p == null) {
            p = new Pause(reason, time);
            pause = p;
        }
        return p;
    }

    /** Lets new entries through again (any thread). */
    public void resume() {
        pause = null;
    }

    /** The pause in force, or null while trading. */
    public Pause paused() {
        return pause;
    }

    public boolean halted() {
        return breakers.halted();
    }

    /** The daily loss and max drawdown breakers, in that order (immutable). */
    public List<BreakerState> breakerStates() {
        return breakers.states();
    }

    /** Clears tripped breakers (one BreakerCleared each) and re-arms them from the latest equity. */
    public void resetBreakers(String reason, long time) {
        breakers.reset(reason, time);
    }

    /** What the breakers remember, to persist for a restart. */
    public BreakerMemory breakerMemory() {
        return breakers.memory();
    }

    /** Restores what {@link #breakerMemory()} returned before a restart, without events. */
    public void restoreBreakers(BreakerMemory memory) {
        breakers.restore(memory);
    }

    public KillSwitch killSwitch() {
        return killSwitch;
    }

    public RiskLimits limits() {
        return limits;
    }

    /** True when a signed quantity moves a position towards zero without crossing it. */
    public static boolean reduces(long position, long signedQty) {
        return position != 0 && Long.signum(signedQty) == -Long.signum(position)
                && Math.abs(signedQty) <= Math.abs(position);
    }

    /**
     * True when an order of {@code signedQty} <i>only reduces</i> exposure (see the class comment): it moves both
     * the position and the committed position ({@code position + openOrderLots}) towards zero without crossing
     * it. Every rule that spares reducing orders uses this one test (this engine, the feed-divergence gate).
     */
    public static boolean onlyReduces(long position, long openOrderLots, long signedQty) {
        return reduces(position, signedQty) && reduces(position + openOrderLots, signedQty);
    }

    /** Lots of {@code signedQty} that open exposure from {@code position}: all of it, or what lies beyond zero. */
    static long openingLots(long position, long signedQty) {
        long qty = Math.abs(signedQty);
        if (position == 0 || Long.signum(signedQty) == Long.signum(position)) {
            return qty;
        }
        return Math.max(0, qty - Math.abs(position));
    }

    private RiskDecision block(OrderRequest request, RiskCode code, String detail) {
        events.accept(new RiskEvent.OrderBlocked(request.clientId(), request.instrument().symbol(), code, detail,
                request.decisionTime()));
        return RiskDecision.reject(code, detail);
    }

    /** |notional| in cash units, saturating at {@link Long#MAX_VALUE} instead of overflowing. */
    static long notional(InstrumentSpec spec, long ticks, long lots) {
        long abs = Math.abs(lots);
        if (Math.multiplyHigh(ticks, abs) != 0 || ticks * abs < 0) {
            return Long.MAX_VALUE;
        }
        int shift = Money.CASH_SCALE - spec.priceScale() - spec.qtyScale();
        if (shift > 0 && ticks * abs > Long.MAX_VALUE / pow10(shift)) {
            return Long.MAX_VALUE;
        }
        return Money.notional(spec, ticks, abs);
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    private static String cash(long units) {
        return units == Long.MAX_VALUE ? "overflow" : Money.toDecimal(units).stripTrailingZeros().toPlainString();
    }
}
