package io.trader.app.engine;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskDecision;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.port.ExchangePort;
import io.trader.core.port.MarketDataListener;
import io.trader.core.port.OrderEventListener;
import io.trader.core.port.TradingListener;
import io.trader.core.signal.BookOutcome;
import io.trader.core.signal.BookSizer;
import io.trader.core.signal.BookSlot;
import io.trader.core.signal.BookStep;
import io.trader.layer3.core.book.EachInstrument;
import io.trader.layer4.core.plan.ExecutionChoice;
import io.trader.layer4.core.plan.ExecutionPlanner;
import io.trader.layer5.core.Portfolio;
import io.trader.layer5.core.RiskEngine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one trading pipeline for backtest, paper and live: only the clock, the bar source and the venue
 * differ. Per bar: the venue sees the bar first (a simulated venue fills earlier orders at this bar's
 * open), the portfolio is marked, then L0 features, L1 alphas and the L2 ensemble run at the bar's close. Per time
 * step, once every instrument's bar of that time is in ({@link #completeStep}): the L3 book sizer sizes the whole
 * book at once ({@link BookSizer}: each instrument alone, or a portfolio optimiser over all of them), and each move
 * goes through the L5 risk gate to the venue. A decision at time t uses only bars with close time at or before t.
 *
 * <p>Orders come from layer 4's {@link ExecutionPlanner} (order type, limit prices, minimum notional, timeouts,
 * back-off, parent orders): per instrument and step at most one leg that only reduces the position (reduce-only,
 * reason {@value #REDUCE_REASON}, client id {@code <prefix>-<SYMBOL>-<bar close time>-r}) and one that opens or adds
 * exposure (reason {@value #REBALANCE_REASON}, client id {@code <prefix>-<SYMBOL>-<bar close time>}); a flip is
 * both, in the same step. No risk rule blocks the first (see {@link RiskEngine}), nor does the backoff after a
 * refusal; the second meets every check and is refused alone. With an execution algorithm other than immediate,
 * each leg is checked on its whole size and becomes a parent order whose children the planner sends decision by
 * decision, each through the risk gate again; open exposure counts the parents' unsent remainder.
 *
 * <p>Single-threaded: every method is called on the engine thread. Pure: no clock, no I/O.
 */
public final class TradingEngine implements OrderEventListener {

    /** Reason of the orders that flatten positions when the kill switch is engaged with flatten. */
    public static final String FLATTEN_REASON = io.trader.layer5.core.RiskEngine.FLATTEN_REASON;
    /** Reason of a strategy order that only reduces a position (an exit, or the first leg of a flip). */
    public static final String REDUCE_REASON = ExecutionPlanner.REDUCE_REASON;
    /** Reason of a strategy order that opens or adds exposure (an entry, or the new side of a flip). */
    public static final String REBALANCE_REASON = ExecutionPlanner.REBALANCE_REASON;

    private final EngineConfig config;
    private final Function<InstrumentSpec, InstrumentPipeline> pipelineFactory;
    private final ExchangePort exchange;
    private final MarketDataListener venueFeed;
    private final RiskEngine risk;
    private final Portfolio portfolio;
    private final TradingListener listener;
    private final BookSizer bookSizer;
    private final BookStep book = new BookStep();
    private final Map<String, InstrumentPipeline> pipelines = new HashMap<>();
    private Runnable beforeBar = () -> { };
    private final List<InstrumentPipeline> ordered = new ArrayList<>();
    private final ExecutionPlanner planner;
    private final ExecutionPlanner.Venue venue = new PlannerVenue();
    private final PendingOrderView pending;
    private final Flattener flattener;
    private final FillLedgers ledgers = new FillLedgers();
    private boolean venueFlattens;
    private final RestoredMemory restored = new RestoredMemory();
    private InstrumentPipeline lastPipeline;
    private long stepTime = Long.MIN_VALUE;
    private long resumeAfter = Long.MIN_VALUE;
    private boolean stepOpen;
    private boolean stepSized;
    private boolean warmOpen;
    private long barsProcessed;
    private long lateBars;

    /**
     * @param venueFeed the venue's market-data input when it is simulated (paper), else null
     */
    public TradingEngine(EngineConfig config, Function<InstrumentSpec, InstrumentPipeline> pipelineFactory,
                         ExchangePort exchange, MarketDataListener venueFeed, RiskEngine risk, Portfolio portfolio,
                         TradingListener listener) {
        this(config, pipelineFactory, exchange, venueFeed, risk, portfolio, listener,
                new EachInstrument("per-instrument"));
    }

    /**
     * @param venueFeed the venue's market-data input when it is simulated (paper), else null
     * @param bookSizer sizes the whole book once per time step (per instrument, or a portfolio optimiser)
     */
    public TradingEngine(EngineConfig config, Function<InstrumentSpec, InstrumentPipeline> pipelineFactory,
                         ExchangePort exchange, MarketDataListener venueFeed, RiskEngine risk, Portfolio portfolio,
                         TradingListener listener, BookSizer bookSizer) {
        this(config, pipelineFactory, exchange, venueFeed, risk, portfolio, listener, bookSizer,
                ExecutionChoice.IMMEDIATE);
    }

    /**
     * @param venueFeed the venue's market-data input when it is simulated (paper), else null
     * @param bookSizer sizes the whole book once per time step (per instrument, or a portfolio optimiser)
     * @param execution the algorithm that works each move (immediate: one order per leg)
     */
    public TradingEngine(EngineConfig config, Function<InstrumentSpec, InstrumentPipeline> pipelineFactory,
                         ExchangePort exchange, MarketDataListener venueFeed, RiskEngine risk, Portfolio portfolio,
                         TradingListener listener, BookSizer bookSizer, ExecutionChoice execution) {
        this.bookSizer = bookSizer;
        this.config = config;
        this.pipelineFactory = pipelineFactory;
        this.exchange = exchange;
        this.venueFeed = venueFeed;
        this.risk = risk;
        this.portfolio = portfolio;
        this.listener = listener;
        this.planner = new ExecutionPlanner(config.policy(), execution, listener::onParentOrder,
                listener::onParentDone);
        this.pending = new PendingOrderView(portfolio, planner::unsentLots);
        this.flattener = new Flattener(risk, portfolio, exchange, config.clientIdPrefix());
    }

    /**
     * Bars with close time at or before {@code time} only warm up features, alphas and the ensemble
     * (they were processed before a restart); trading resumes after it.
     */
    public void resumeAfter(long time) {
        this.resumeAfter = time;
    }

    /**
     * Runs {@code hook} on the engine thread before each bar, e.g. to swap in newly promoted model versions
     * between bars. It must be cheap (it runs on every bar).
     */
    public void beforeEachBar(Runnable hook) {
        this.beforeBar = hook;
    }

    public void onBar(Bar bar) {
        beforeBar.run();
        long t = bar.closeTime();
        if (t != stepTime) {
            if (t < stepTime) {
                throw new IllegalStateException("bar out of time order: " + bar);
            }
            if (warmOpen) {
                warmBook();
            }
            completeStep();
            stepTime = t;
            stepSized = false;
        }
        InstrumentPipeline p = pipeline(bar.instrument());
        if (t <= resumeAfter) {
            p.evaluate(bar);
            p.drainDrift(replayed -> { }); // recorded before the restart; the refits it asks for still happen
            p.lastBarTime = t;
            warmOpen = true;
            return;
        }
        barsProcessed++;
        boolean late = stepSized; // the step was sized without it (a live feed's barrier timed out)
        stepOpen = !late;
        restored.applyTo(p, exchange.openOrders(), planner.orderBars());
        if (venueFeed != null) {
            venueFeed.onBar(bar);
        }
        portfolio.mark(bar.instrument(), bar.close());
        risk.onQuote(bar.instrument().symbol(), ledgers.venueOf(bar.instrument().symbol()), t,
                bar.close(), bar.instrument().priceScale()); // each venue's last price is one source of its asset
        planner.onBar(bar.instrument(), bar.openTime(), bar.close(), bar.volume());
        listener.onBar(bar);
        if (flattener.active() && !venueFlattens) {
            flatten(p, t, false);
        }
        p.evaluate(bar);
        p.drainDrift(listener::onRiskEvent);
        if (late) {
            lateBars++; // its forecast waits for the next step
        } else {
            p.lastBarTime = t;
        }
    }

    /**
     * Ends the current time step: the portfolio step sizes the whole book at once (every instrument's latest
     * forecast; those without a bar in this step are stale: sized with their last forecast, sent no order), the
     * fresh instruments' moves go through the risk gate to the venue, then the equity point, breakers and resume
     * mark. Call after the last bar of a time (or when a live feed's step barrier times out); does nothing when no
     * bar was processed since the last call. A bar of this time that arrives after the step was sized is late: it
     * is evaluated (its features and models see every bar) but trades only from the next step on.
     */
    public void completeStep() {
        if (!stepOpen) {
            return;
        }
        stepOpen = false;
        stepSized = true;
        risk.evaluateDivergence(stepTime); // before sizing: a halt this step already refuses new risk
        sizeBook();
        EquityPoint point = portfolio.snapshot(stepTime);
        risk.onEquity(point);
        listener.onEquity(point);
        listener.onStepCompleted(stepTime);
    }

    /**
     * A step replayed after a restart (traded before it): the book sizer sees it as it did then, so what it learns
     * step by step (a portfolio method's covariance) is the same as in an uninterrupted run; nothing is traded.
     */
    private void warmBook() {
        warmOpen = false;
        beginBook(portfolio.equityCash());
        bookSizer.size(book);
        for (InstrumentPipeline p : ordered) {
            p.slot.remember();
        }
    }

    /** Every slot's position and whether its bar of this step arrived. */
    private void beginBook(long equity) {
        book.begin(stepTime, equity);
        for (InstrumentPipeline p : ordered) {
            long position = portfolio.positionLots(p.spec);
            p.slot.update(position + portfolio.openOrderLots(p.spec) + planner.unsentLots(p.spec), position,
                    p.lastBarTime == stepTime,
                    p.lastBarTime);
        }
    }

    private void sizeBook() {
        long equity = portfolio.equityCash();
        beginBook(equity);
        BookOutcome outcome = bookSizer.size(book);
        if (outcome.fallback()) {
            listener.onRiskEvent(new RiskEvent.SizingFallback(outcome.method(), outcome.state(), outcome.reason(),
                    stepTime));
        }
        listener.onBookSized(book, outcome);
        for (InstrumentPipeline p : ordered) {
            BookSlot slot = p.slot;
            if (slot.fresh()) {
                listener.onSignals(p.featureVector, p.alphaIds, p.outputs, p.forecast, p.sizing);
                long delta = p.sizing.targetLots() - slot.currentLots();
                if (delta != 0) {
                    trade(p, stepTime, slot.currentLots(), delta, equity);
                }
                planner.work(p.spec, stepTime, p.bars, venue);
            }
            slot.remember();
        }
    }

    /**
     * Turns the move from {@code current} to the target into orders through layer 4's planner: nothing while the
     * instrument has orders or a parent working (a parent on the other side is cancelled: the target reversed).
     * The exit leg (towards zero) only the kill switch can refuse; the entry leg meets every check, is checked as
     * if the exit were already working, and is dropped alone when refused, starting the back-off. With the
     * immediate choice each leg is one order; otherwise each becomes a parent order worked by the algorithm, and
     * the new side of a flip is planned once the exit parent has ended (worked side by side, its children would
     * cross zero before the exit's reduce-only children were done).
     */
    private void trade(InstrumentPipeline p, long time, long current, long delta, long equity) {
        InstrumentSpec spec = p.spec;
        if (planner.busy(spec, p.bars, time, portfolio.openOrderLots(spec), exchange.openOrders(), Side.of(delta),
                venue)) {
            return;
        }
        long position = portfolio.positionLots(spec);
        ExecutionPlanner.Legs legs = planner.legs(spec, time, position, delta, p.lastClose,
                risk.limits().maxOrderNotional(), p.bars >= p.blockedUntilBar);
        OrderRequest exit = legs.exit();
        OrderRequest entry = legs.entry();
        if (exit != null && !planner.choice().immediate()) {
            entry = null; // worked over time, a flip's new side waits for the exit parent (it would cross zero first)
        }
        if (exit != null) {
            listener.onDecision(p.decision(exit.clientId(), current, equity));
            if (!risk.check(exit, pending).approved()) {
                return; // only the kill switch refuses an exit, and it refuses the rest as well
            }
        }
        if (entry != null) {
            listener.onDecision(p.decision(entry.clientId(), current, equity));
            RiskDecision verdict = risk.check(entry, pending.with(spec, exit == null ? 0 : exit.signedLots()));
            pending.clear();
            if (!verdict.approved()) {
                p.blockedUntilBar = planner.backoffUntil(p.bars);
                entry = null;
            }
        }
        if (exit != null) {
            dispatch(exit, p, time);
        }
        if (entry != null) {
            dispatch(entry, p, time);
        }
    }

    /** An approved leg: sent as it is (immediate), or started as a parent whose children the planner sends. */
    private void dispatch(OrderRequest leg, InstrumentPipeline p, long time) {
        if (planner.choice().immediate()) {
            send(leg, p.bars);
        } else {
            planner.start(leg, time, p.bars, p.lastClose);
        }
    }

    private void send(OrderRequest request, long bar) {
        planner.orderBars().put(request.clientId(), bar);
        listener.onOrderSubmitted(request);
        exchange.submit(request);
    }

    /** The planner's children go through the risk gate (open exposure counts every parent's unsent remainder). */
    private final class PlannerVenue implements ExecutionPlanner.Venue {
        @Override
        public String send(OrderRequest child, long bar) {
            RiskDecision verdict = risk.check(child, pending);
            if (!verdict.approved()) {
                return verdict.code() + ": " + verdict.detail();
            }
            TradingEngine.this.send(child, bar);
            return null;
        }

        @Override
        public void cancel(String clientId, String reason) {
            exchange.cancel(clientId, reason);
        }
    }

    /**
     * The kill switch was engaged (the risk gate already refuses new orders): cancel every open order and,
     * when asked, send reduce-only market orders that flatten every position (they pass the risk gate's
     * flatten rule only). The flatten is kept up until flat (see {@link Flattener}): after every fill and
     * every bar while the switch stays engaged.
     */
    public void onKillSwitchEngaged(boolean flatten, long time) {
        planner.cancelAll("kill switch engaged", time, venue);
        exchange.cancelAll("kill switch engaged");
        if (!flatten || venueFlattens) {
            return;
        }
        for (InstrumentPipeline p : ordered) {
            flatten(p, time, true);
        }
    }

    /**
     * A live venue works the kill switch's flatten itself (cancel all, re-read the venue, send, repeat until flat):
     * the engine then sends flatten orders only when asked ({@link #flattenAt}), never on its own.
     */
    public void letVenueDriveFlatten() {
        venueFlattens = true;
    }

    /**
     * One flatten round of a venue-driven flatten: for every position, a reduce-only IOC limit order for all of it
     * at the last price moved {@code capBps} against us (a market order when no price is known), through the risk
     * gate's flatten rule. Returns how many orders were sent.
     */
    public int flattenAt(double capBps, long time) {
        int sent = 0;
        for (InstrumentPipeline p : ordered) {
            OrderRequest request = flattener.orderWithin(p.spec, time, capBps);
            if (request != null && risk.check(request, portfolio).approved()) {
                send(request, p.bars);
                sent++;
            }
        }
        return sent;
    }

    private void flatten(InstrumentPipeline p, long time, boolean evenWithOrdersWorking) {
        OrderRequest request = flattener.order(p.spec, time, evenWithOrdersWorking);
        if (request != null && risk.check(request, portfolio).approved()) {
            send(request, p.bars);
        }
    }

    @Override
    public void onOrderEvent(OrderEvent event) {
        AppliedFills ledger = ledgers.ofSymbol(event.state().request().instrument().symbol());
        if (!ledger.admits(event)) {
            return; // a stale event of an order the books already hold as ended
        }
        // the same venue fill again (the stream and a reconciliation both brought it) is applied once
        boolean repeated = event instanceof OrderEvent.Filled f && !ledger.add(f.fill());
        if (event instanceof OrderEvent.Filled filled && !repeated) {
            portfolio.onFill(filled.fill());
        }
        portfolio.onOrderEvent(event);
        if (event.state().status().isTerminal()) {
            planner.orderBars().remove(event.clientId());
            restored.ended(event.clientId());
        }
        if (repeated) {
            return; // its order's state is taken; the store, the API and the metrics already have the fill
        }
        listener.onOrderEvent(event);
        planner.onOrderEvent(event);
        if (flattener.active() && !venueFlattens && (event instanceof OrderEvent.Filled
                || event.state().status().isTerminal()
                && !FLATTEN_REASON.equals(event.state().request().reason()))) {
            // a fill moved the position, or an order that held the flatten back ended: flatten what is left
            // (a flatten order that ended unfilled is retried on the next bar, never in a loop of rejects)
            InstrumentPipeline p = pipelines.get(event.state().request().instrument().symbol());
            if (p != null) {
                flatten(p, Math.max(event.time(), stepTime), false);
            }
        }
    }

    /** Risk events from the risk engine and the kill switch, delivered on the engine thread. */
    public void onRiskEvent(RiskEvent event) {
        listener.onRiskEvent(event);
    }

    private InstrumentPipeline pipeline(InstrumentSpec spec) {
        InstrumentPipeline p = lastPipeline;
        if (p != null && p.spec.symbol().equals(spec.symbol())) {
            return p;
        }
        p = pipelines.get(spec.symbol());
        if (p == null) {
            p = pipelineFactory.apply(spec);
            p.slot = new BookSlot(ordered.size(), spec, p.forecast, p.featureVector, p.sizer, p.sizing);
            book.add(p.slot);
            pipelines.put(spec.symbol(), p);
            ordered.add(p);
        }
        lastPipeline = p;
        return p;
    }

    /** What a checkpoint keeps of the engine's own state (order ages, backoffs), relative to now. */
    public EngineMemory memory() {
        return restored.snapshot(exchange.openOrders(), planner.orderBars(), pipelines, ordered, ledgers.single(),
                ledgers.byVenue());
    }

    /** After a restart: the memory of the last checkpoint, applied at each instrument's first trading bar. */
    public void restoreMemory(EngineMemory memory) {
        restored.restore(memory);
        ledgers.restore(memory);
    }

    /** The fills applied to the portfolio (kept with each checkpoint), for reconciliation with a live venue. */
    public AppliedFills appliedFills() {
        return ledgers.single();
    }

    /**
     * A session on several venues: each venue's fills go to a ledger of its own (its own fill window on its own clock,
     * its own equity baseline), kept with each checkpoint. Call before the first event.
     *
     * @param venueBySymbol the venue of each instrument
     * @param capacity      fills each ledger keeps
     */
    public void useVenueLedgers(Map<String, String> venueBySymbol, int capacity) {
        ledgers.useVenues(venueBySymbol, capacity);
    }

    /** The ledger of {@code venue} in a multi-venue session; the session's only ledger otherwise. */
    public AppliedFills appliedFills(String venue) {
        return ledgers.ofVenue(venue);
    }

    public long barsProcessed() {
        return barsProcessed;
    }

    /** Bars that arrived after their step was sized (a live feed's barrier timed out); they trade from the next step. */
    public long lateBars() {
        return lateBars;
    }

    /** The sizing method of the portfolio step. */
    public String sizingMethod() {
        return bookSizer.method();
    }

    public long stepTime() {
        return stepTime;
    }

    public Portfolio portfolio() {
        return portfolio;
    }

    /** Layer 4's execution planning (order policy and the parent orders being worked). */
    public ExecutionPlanner planner() {
        return planner;
    }

    public List<InstrumentPipeline> pipelines() {
        return List.copyOf(ordered);
    }
}
