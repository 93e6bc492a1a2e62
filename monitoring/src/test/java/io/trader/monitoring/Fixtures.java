package io.trader.monitoring;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.event.Decision;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;

import java.util.List;

/** Instruments, events and a full listener script shared by the metrics tests; times start at the epoch. */
final class Fixtures {

    /** Prices in cents, quantities in 1e-5 BTC. */
    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 5);
    /** Prices in cents, quantities in 1e-4 ETH. */
    static final InstrumentSpec ETH = new InstrumentSpec("ETHUSDT", 2, 4);
    static final long MINUTE = 60_000;
    static final List<String> ALPHA_IDS = List.of("momentum", "mean-reversion");

    private Fixtures() {
    }

    /** A one-minute bar opening at minute {@code n}, all prices at {@code close} (whole quote units). */
    static Bar bar(InstrumentSpec spec, int n, double close) {
        long ticks = Math.round(close * spec.ticksPerUnit());
        return new Bar(spec, n * MINUTE, (n + 1) * MINUTE, ticks, ticks, ticks, ticks, 1.0);
    }

    static OrderRequest market(String clientId, InstrumentSpec spec, Side side, double qty) {
        return OrderRequest.market(clientId, spec, side, Math.round(qty * spec.lotsPerUnit()), false, 0, "test");
    }

    static OrderEvent.Accepted accepted(OrderRequest request) {
        return new OrderEvent.Accepted(OrderState.created(request).withStatus(OrderStatus.ACCEPTED, 1), 1);
    }

    /** A fill of {@code qty} at {@code price} against {@code before}, paying {@code fee} (negative: rebate). */
    static OrderEvent.Filled fill(OrderState before, String fillId, double qty, double price, double fee) {
        InstrumentSpec spec = before.request().instrument();
        long lots = Math.round(qty * spec.lotsPerUnit());
        long ticks = Math.round(price * spec.ticksPerUnit());
        Fill fill = new Fill(fillId, before.clientId(), spec, before.request().side(), ticks, lots,
                Money.fromDouble(fee), false, 2);
        return new OrderEvent.Filled(fill, before.withFill(lots, ticks, 2), 2);
    }

    static EquityPoint equity(double equity, double cash, double realized, double unrealized, double fees,
                              double gross, double peak, double drawdown) {
        return new EquityPoint(MINUTE, Money.fromDouble(equity), Money.fromDouble(cash), Money.fromDouble(realized),
                Money.fromDouble(unrealized), Money.fromDouble(fees), Money.fromDouble(gross), Money.fromDouble(peak),
                drawdown);
    }

    /** Touches every metric family once: bars, signals, a decision, an order with fills, risk, equity. */
    static void runScript(TradingMetrics metrics) {
        metrics.onBar(bar(BTC, 0, 60_000));
        new Signals().sendTo(metrics);
        metrics.onDecision(new Decision(MINUTE, BTC.symbol(), "c1", List.of(), 0.3, 0.0012, 0.6, 0.01, 0.45,
                0, 50_000, 100_000, "rebalance"));
        OrderRequest buy = market("c1", BTC, Side.BUY, 0.5);
        metrics.onOrderSubmitted(buy);
        OrderEvent.Accepted accepted = accepted(buy);
        metrics.onOrderEvent(accepted);
        metrics.onOrderEvent(fill(accepted.state(), "f1", 0.5, 60_000, 30));
        metrics.onRiskEvent(new RiskEvent.OrderBlocked("c2", BTC.symbol(), RiskCode.MAX_NOTIONAL, "too big", MINUTE));
        metrics.onRiskEvent(new RiskEvent.BreakerTripped("daily_loss", "loss 3%", MINUTE));
        metrics.onEquity(equity(100_000, 70_000, -30, 0, 30, 30_000, 100_030, 0.0003));
        metrics.onStepCompleted(MINUTE);
        metrics.onPipelineLatency(4_000);
    }

    /** The signal holders of one BTC bar, as the engine hands them over. */
    static final class Signals {
        final FeatureVector features = new FeatureVector(BTC);
        final AlphaOutput[] alphas = {new AlphaOutput(), new AlphaOutput()};
        final Forecast forecast = new Forecast(2);
        final SizingDecision sizing = new SizingDecision();

        Signals() {
            alphas[0].set(0.5, 0.8);
            alphas[1].set(-0.25, 0.4);
            forecast.set(0.3, 0.0012, 0.6);
            forecast.weights()[0] = 0.7;
            forecast.weights()[1] = 0.3;
            sizing.set(25_000, 1.8, 0.45, "max_leverage");
        }

        void sendTo(TradingMetrics metrics) {
            metrics.onSignals(features, ALPHA_IDS, alphas, forecast, sizing);
        }
    }
}
