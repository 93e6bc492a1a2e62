package io.trader.app.engine;

import io.trader.core.domain.OrderRequest;
import io.trader.core.event.Decision;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.port.TradingListener;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;

import java.util.List;

/** Fans engine events out to several listeners, in the order given. */
public final class CompositeListener implements TradingListener {

    private final TradingListener[] targets;

    public CompositeListener(List<? extends TradingListener> targets) {
        this.targets = targets.toArray(TradingListener[]::new);
    }

    @Override
    public void onBar(Bar bar) {
        for (TradingListener t : targets) {
            t.onBar(bar);
        }
    }

    @Override
    public void onSignals(FeatureVector features, List<String> alphaIds, AlphaOutput[] alphas, Forecast forecast,
                          SizingDecision sizing) {
        for (TradingListener t : targets) {
            t.onSignals(features, alphaIds, alphas, forecast, sizing);
        }
    }

    @Override
    public void onDecision(Decision decision) {
        for (TradingListener t : targets) {
            t.onDecision(decision);
        }
    }

    @Override
    public void onOrderSubmitted(OrderRequest request) {
        for (TradingListener t : targets) {
            t.onOrderSubmitted(request);
        }
    }

    @Override
    public void onOrderEvent(OrderEvent event) {
        for (TradingListener t : targets) {
            t.onOrderEvent(event);
        }
    }

    @Override
    public void onParentOrder(io.trader.core.exec.ParentOrder parent) {
        for (TradingListener t : targets) {
            t.onParentOrder(parent);
        }
    }

    @Override
    public void onParentDone(io.trader.core.exec.ParentReport report) {
        for (TradingListener t : targets) {
            t.onParentDone(report);
        }
    }

    @Override
    public void onRiskEvent(RiskEvent event) {
        for (TradingListener t : targets) {
            t.onRiskEvent(event);
        }
    }

    @Override
    public void onEquity(EquityPoint point) {
        for (TradingListener t : targets) {
            t.onEquity(point);
        }
    }

    @Override
    public void onBookSized(io.trader.core.signal.BookStep step, io.trader.core.signal.BookOutcome outcome) {
        for (TradingListener t : targets) {
            t.onBookSized(step, outcome);
        }
    }

    @Override
    public void onStepCompleted(long time) {
        for (TradingListener t : targets) {
            t.onStepCompleted(time);
        }
    }

    @Override
    public void onPipelineLatency(long nanos) {
        for (TradingListener t : targets) {
            t.onPipelineLatency(nanos);
        }
    }
}
