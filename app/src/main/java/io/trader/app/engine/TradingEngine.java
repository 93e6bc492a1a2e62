package io.trader.app.engine;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.Decision;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskDecision;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.port.ExchangePort;
import io.trader.core.port.MarketDataListener;
import io.trader.core.port.OrderEventListener;
import io.trader.core.port.TradingListener;
import io.trader.layer5.core.Portfolio;
import io.trader.layer5.core.RiskEngine;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one trading pipeline for backtest, paper and live: only the clock, the bar source and the venue
 * differ. Per bar: the venue sees the bar first (a simulated venue fills earlier orders at this bar's
 * open), the portfolio is marked, then L0 features, L1 alphas, L2 ensemble and L3 sizing run at the
 * bar's close, and any order goes through the L5 risk gate to the venue. A decision at time t uses
 * only bars with close time at or before t.
 *
 * <p>Single-threaded: every method is called on the engine thread. Pure: no clock, no I/O.
 */
public final class TradingEngine implements OrderEventListener {

    /** Reason of the orders that flatten positions when the kill switch is engaged with flatten. */
    public static final String FLATTEN_REASON = io.trader.layer5.core.RiskEngine.FLATTEN_REASON;

    private final EngineConfig config;
    private final Function<InstrumentSpec, InstrumentPipeline> pipelineFactory;
    private final ExchangePort exchange;
    private final MarketDataListener venueFeed;
    private final RiskEngine risk;
    private final Portfolio portfolio;
    private final TradingListener listener;
    private final Map<String, InstrumentPipeline> pipelines = new HashMap<>();
    private final List<InstrumentPipeline> ordered = new ArrayList<>();
    private final Map<String, Long> orderBar = new HashMap<>();
    private final Map<String, Long> restoredAges = new HashMap<>();
    private final Map<String, Long> restoredBackoff = new HashMap<>();
    private InstrumentPipeline lastPipeline;
    private long stepTime = Long.MIN_VALUE;
    private long resumeAfter = Long.MIN_VALUE;
    private boolean stepOpen;
    private long barsProcessed;

    /**
     * @param venueFeed the venue's market-data input when it is simulated (paper), else null
     */
    public TradingEngine(EngineConfig config, Function<InstrumentSpec, InstrumentPipeline> pipelineFactory,
                         ExchangePort exchange, MarketDataListener venueFeed, RiskEngine risk, Portfolio portfolio,
                         TradingListener listener) {
        this.config = config;
        this.pipelineFactory = pipelineFactory;
        this.exchange = exchange;
        this.venueFeed = venueFeed;
        this.risk = risk;
        this.portfolio = portfolio;
        this.listener = listener;
    }

    /**
     * Bars with close time at or before {@code time} only warm up features, alphas and the ensemble
     * (they were processed before a restart); trading resumes after it.
     */
    public void resumeAfter(long time) {
        this.resumeAfter = time;
    }

    public void onBar(Bar bar) {
        long t = bar.closeTime();
        if (t != stepTime) {
            if (t < stepTime) {
                throw new IllegalStateException("bar out of time order: " + bar);
            }
            completeStep();
            stepTime = t;
        }
        InstrumentPipeline p = pipeline(bar.instrument());
        if (t <= resumeAfter) {
            p.evaluate(bar);
            return;
        }
        barsProcessed++;
        stepOpen = true;
        applyRestoredMemory(p);
        if (venueFeed != null) {
            venueFeed.onBar(bar);
        }
        portfolio.mark(bar.instrument(), bar.close());
        listener.onBar(bar);
        p.evaluate(bar);
        long current = portfolio.positionLots(p.spec) + portfolio.openOrderLots(p.spec);
        long equity = portfolio.equityCash();
        p.sizer.size(p.forecast, p.featureVector, current, equity, p.sizing);
        listener.onSignals(p.featureVector, p.alphaIds, p.outputs, p.forecast, p.sizing);
        long delta = p.sizing.targetLots() - current;
        if (delta != 0) {
            trade(p, bar, current, delta, equity);
        }
    }

    /**
     * Ends the current time step: equity point, breakers, resume mark. Call after the last bar of a batch;
     * does nothing when no bar was processed since the last call. A late bar of the same time (a live feed
     * delivers instruments one by one) reopens the step, and completing it again repeats its equity point.
     */
    public void completeStep() {
        if (!stepOpen) {
            return;
        }
        stepOpen = false;
        EquityPoint point = portfolio.snapshot(stepTime);
        risk.onEquity(point);
        listener.onEquity(point);
        listener.onStepCompleted(stepTime);
    }

    private void trade(InstrumentPipeline p, Bar bar, long current, long delta, long equity) {
        if (hasOpenOrders(p.spec, bar.closeTime(), p.bars)) {
            return;
        }
        long position = portfolio.positionLots(p.spec);
        boolean reduces = position != 0 && Long.signum(delta) != Long.signum(position)
                && Math.abs(delta) <= Math.abs(position);
        if (!reduces && p.bars < p.blockedUntilBar) {
            return;
        }
        long qty = Math.abs(delta);
        if (Money.notional(p.spec, bar.close(), qty) < config.minOrderNotional()) {
            return;
        }
        Side side = Side.of(delta);
        String clientId = config.clientIdPrefix() + "-" + p.spec.symbol() + "-" + bar.closeTime();
        OrderRequest request = buildOrder(clientId, p.spec, side, qty, bar, reduces, "rebalance");
        Decision decision = decision(p, clientId, current, equity);
        listener.onDecision(decision);
        RiskDecision verdict = risk.check(request, portfolio);
        if (!verdict.approved()) {
            p.blockedUntilBar = p.bars + config.blockedBackoffBars();
            return;
        }
        send(request, p.bars);
    }

    private OrderRequest buildOrder(String clientId, InstrumentSpec spec, Side side, long qty, Bar bar,
                                    boolean reduceOnly, String reason) {
        if (config.orderType() == OrderType.MARKET) {
            return OrderRequest.market(clientId, spec, side, qty, reduceOnly, bar.closeTime(), reason);
        }
        double offset = config.limitOffsetBps() / 10_000.0 * side.sign();
        long limit = spec.ticks(spec.price(bar.close()) * (1 - offset),
                side == Side.BUY ? RoundingMode.FLOOR : RoundingMode.CEILING);
        return OrderRequest.limit(clientId, spec, side, qty, Math.max(1, limit), TimeInForce.GTC, reduceOnly,
                bar.closeTime(), reason);
    }

    private void send(OrderRequest request, long bar) {
        orderBar.put(request.clientId(), bar);
        listener.onOrderSubmitted(request);
        exchange.submit(request);
    }

    /** True when the instrument has open orders; cancels the ones older than the timeout. */
    private boolean hasOpenOrders(InstrumentSpec spec, long now, long bar) {
        if (portfolio.openOrderLots(spec) == 0 && exchange.openOrders().isEmpty()) {
            return false;
        }
        boolean open = false;
        for (OrderState o : List.copyOf(exchange.openOrders())) {
            if (!o.request().instrument().symbol().equals(spec.symbol())) {
                continue;
            }
            Long placed = orderBar.get(o.clientId());
            if (placed == null) {
                // restored after a restart: its age counts from the resume
                orderBar.put(o.clientId(), bar);
                open = true;
            } else if (bar - placed >= config.orderTimeoutBars()) {
                exchange.cancel(o.clientId(), "timeout after " + config.orderTimeoutBars() + " bars");
            } else {
                open = true;
            }
        }
        return open;
    }

    private Decision decision(InstrumentPipeline p, String clientId, long current, long equity) {
        List<Decision.AlphaScore> scores = new ArrayList<>(p.alphas.length);
        double[] weights = p.forecast.weights();
        for (int i = 0; i < p.alphas.length; i++) {
            scores.add(new Decision.AlphaScore(p.alphaIds.get(i), p.outputs[i].score(), p.outputs[i].confidence(),
                    weights[i]));
        }
        return new Decision(p.featureVector.time(), p.spec.symbol(), clientId, scores, p.forecast.score(),
                p.forecast.expectedReturn(), p.forecast.confidence(),
                p.featureVector.get(io.trader.core.signal.Feature.VOLATILITY), p.sizing.appliedFraction(), current,
                p.sizing.targetLots(), Money.toDouble(equity), p.sizing.limitedBy());
    }

    /**
     * The kill switch was engaged (the risk gate already refuses new orders): cancel every open order and,
     * when asked, send reduce-only market orders that flatten every position (they pass the risk gate's
     * flatten rule only).
     */
    public void onKillSwitchEngaged(boolean flatten, long time) {
        exchange.cancelAll("kill switch engaged");
        if (!flatten) {
            return;
        }
        for (InstrumentPipeline p : ordered) {
            long position = portfolio.positionLots(p.spec);
            if (position == 0) {
                continue;
            }
            String clientId = config.clientIdPrefix() + "-" + p.spec.symbol() + "-" + time + "-flat";
            OrderRequest request = OrderRequest.market(clientId, p.spec, Side.of(-position), Math.abs(position),
                    true, time, FLATTEN_REASON);
            if (risk.check(request, portfolio).approved()) {
                send(request, p.bars);
            }
        }
    }

    @Override
    public void onOrderEvent(OrderEvent event) {
        if (event instanceof OrderEvent.Filled filled) {
            portfolio.onFill(filled.fill());
        }
        portfolio.onOrderEvent(event);
        if (event.state().status().isTerminal()) {
            orderBar.remove(event.clientId());
            restoredAges.remove(event.clientId());
        }
        listener.onOrderEvent(event);
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
            pipelines.put(spec.symbol(), p);
            ordered.add(p);
        }
        lastPipeline = p;
        return p;
    }

    /** What a checkpoint keeps of the engine's own state (order ages, backoffs), relative to now. */
    public EngineMemory memory() {
        Map<String, Long> ages = new HashMap<>();
        Map<String, Long> backoff = new HashMap<>(restoredBackoff);
        for (OrderState o : exchange.openOrders()) {
            Long placed = orderBar.get(o.clientId());
            InstrumentPipeline p = pipelines.get(o.request().instrument().symbol());
            if (placed != null && p != null) {
                ages.put(o.clientId(), p.bars - placed);
            } else if (restoredAges.containsKey(o.clientId())) {
                ages.put(o.clientId(), restoredAges.get(o.clientId()));
            }
        }
        for (InstrumentPipeline p : ordered) {
            if (p.blockedUntilBar > p.bars) {
                backoff.put(p.spec.symbol(), p.blockedUntilBar - p.bars);
            }
        }
        return new EngineMemory(ages, backoff);
    }

    /** After a restart: the memory of the last checkpoint, applied at each instrument's first trading bar. */
    public void restoreMemory(EngineMemory memory) {
        restoredAges.putAll(memory.orderAgeBars());
        restoredBackoff.putAll(memory.backoffBars());
    }

    private void applyRestoredMemory(InstrumentPipeline p) {
        if (restoredAges.isEmpty() && restoredBackoff.isEmpty()) {
            return;
        }
        java.util.Set<String> open = new java.util.HashSet<>();
        for (OrderState o : exchange.openOrders()) {
            open.add(o.clientId());
            Long age = o.request().instrument().symbol().equals(p.spec.symbol()) ? restoredAges.remove(o.clientId())
                    : null;
            if (age != null) {
                orderBar.put(o.clientId(), p.bars - age);
            }
        }
        restoredAges.keySet().retainAll(open); // orders that ended meanwhile need no age
        Long left = restoredBackoff.remove(p.spec.symbol());
        if (left != null) {
            p.blockedUntilBar = p.bars + left;
        }
    }

    public long barsProcessed() {
        return barsProcessed;
    }

    public long stepTime() {
        return stepTime;
    }

    public Portfolio portfolio() {
        return portfolio;
    }

    public List<InstrumentPipeline> pipelines() {
        return List.copyOf(ordered);
    }
}
