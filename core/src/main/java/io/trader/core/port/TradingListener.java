package io.trader.core.port;

import io.trader.core.domain.OrderRequest;
import io.trader.core.event.Decision;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;

import java.util.List;

/**
 * Outbound port of the trading engine: everything it does, in order, on the engine thread.
 * Shells implement it to persist (store), observe (metrics) and report (backtest files).
 * Implementations must be quick; slow work belongs on their own thread.
 */
public interface TradingListener {

    /** A bar passed validation and entered the pipeline. */
    default void onBar(Bar bar) {
    }

    /**
     * The signal chain ran for one bar of one instrument. Holders are reused: read, never keep.
     *
     * @param alphaIds ids of the alphas, same order as {@code alphas}
     */
    default void onSignals(FeatureVector features, List<String> alphaIds, AlphaOutput[] alphas, Forecast forecast,
                           SizingDecision sizing) {
    }

    /** The strategy decided to trade; the order follows. */
    default void onDecision(Decision decision) {
    }

    /** An order passed the risk gate and goes to the venue. */
    default void onOrderSubmitted(OrderRequest request) {
    }

    default void onOrderEvent(OrderEvent event) {
    }

    /** A parent order passed the risk gate on its whole size and starts working (its children follow). */
    default void onParentOrder(io.trader.core.exec.ParentOrder parent) {
    }

    /** A parent order ended, with its execution quality (arrival, average fill, shortfall, participation). */
    default void onParentDone(io.trader.core.exec.ParentReport report) {
    }

    default void onRiskEvent(RiskEvent event) {
    }

    /**
     * The portfolio step sized the book: {@code step} holds every instrument's slot (fresh or stale) with its
     * decision; {@code outcome} says which method ran and whether it fell back. Holders are reused: read, never keep.
     */
    default void onBookSized(io.trader.core.signal.BookStep step, io.trader.core.signal.BookOutcome outcome) {
    }

    /** The account after a time step (after all instruments of that time were processed). */
    default void onEquity(EquityPoint point) {
    }

    /** The engine finished processing all bars with close time {@code time}: a safe resume point. */
    default void onStepCompleted(long time) {
    }

    /** Nanoseconds from a bar entering the pipeline to its orders (if any) being sent. */
    default void onPipelineLatency(long nanos) {
    }
}
