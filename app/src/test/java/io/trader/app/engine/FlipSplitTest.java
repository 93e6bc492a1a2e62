package io.trader.app.engine;

import io.trader.app.report.BacktestRecorder;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.Side;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.port.ExchangePort;
import io.trader.core.signal.Sizer;
import io.trader.layer0.core.IncrementalFeatureEngine;
import io.trader.layer1.core.SmaCrossRuleAlpha;
import io.trader.layer2.core.PassThroughEnsemble;
import io.trader.layer4.core.PaperExchange;
import io.trader.layer4.core.PaperExchangeConfig;
import io.trader.layer5.core.KillSwitch;
import io.trader.layer5.core.Portfolio;
import io.trader.layer5.core.RiskEngine;
import io.trader.layer5.core.RiskLimits;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine splits a flip into a reduce-only order to flat, which no risk rule blocks, and an order for the
 * new side, which meets every check; both may go in the same bar under distinct client ids.
 * BTC with cent ticks and 10^-6 lots; 100,000 USDT; targets scripted bar by bar.
 */
class FlipSplitTest {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 6);
    static final long HOUR = 3_600_000L;
    static final long UNIT = 1_000_000L;

    final long[] target = {0};
    final Sizer scripted = (forecast, features, current, equity, out) -> out.set(target[0], 0, 0, "");
    final BacktestRecorder rec = new BacktestRecorder();
    final SimulatedClock clock = new SimulatedClock(0);
    final Portfolio portfolio = new Portfolio(100_000 * Money.ONE);
    final List<RiskEvent> riskEvents = new ArrayList<>();
    TradingEngine engine;
    RiskEngine risk;

    TradingEngine paperEngine(RiskLimits limits, EngineConfig config) {
        ForwardingOrderListener orders = new ForwardingOrderListener();
        PaperExchange paper = new PaperExchange(PaperExchangeConfig.DEFAULT, orders, clock);
        return build(limits, config, paper, paper, orders);
    }

    TradingEngine build(RiskLimits limits, EngineConfig config, ExchangePort venue, PaperExchange feed,
                        ForwardingOrderListener orders) {
        TradingEngine[] holder = new TradingEngine[1];
        risk = new RiskEngine(limits, new KillSwitch(e -> holder[0].onRiskEvent(e)), e -> {
            riskEvents.add(e);
            holder[0].onRiskEvent(e);
        });
        engine = new TradingEngine(config, spec -> new InstrumentPipeline(spec, new IncrementalFeatureEngine(),
                List.of(new SmaCrossRuleAlpha(10, 30)), new PassThroughEnsemble(), scripted), venue, feed, risk,
                portfolio, rec);
        holder[0] = engine;
        if (orders != null) {
            orders.setTarget(engine);
        }
        return engine;
    }

    /** Bar i opens at hour i and closes at hour i + 1; prices in whole USDT, volume ample. */
    void bar(int i, long open, long close, long targetUnits) {
        target[0] = targetUnits * UNIT;
        Bar b = new Bar(BTC, i * HOUR, (i + 1) * HOUR, open * 100, Math.max(open, close) * 100,
                Math.min(open, close) * 100, close * 100, 1e9);
        clock.advanceTo(b.closeTime());
        engine.onBar(b);
        engine.completeStep();
    }

    List<RiskEvent.OrderBlocked> blocked() {
        return riskEvents.stream().filter(e -> e instanceof RiskEvent.OrderBlocked)
                .map(e -> (RiskEvent.OrderBlocked) e).toList();
    }

    @Test
    void withABreakerTrippedTheReduceLegIsSentAndFillsAndTheNewSideIsRefused() {
        paperEngine(RiskLimits.DEFAULT, EngineConfig.DEFAULT);
        bar(0, 100, 100, 500);                       // buy 500 BTC = 50,000 USDT
        bar(1, 100, 100, 500);                       // filled at the open
        assertEquals(500 * UNIT, portfolio.positionLots(BTC));
        bar(2, 100, 40, 500);                        // -30,000: equity 70,000, 30% below the peak
        bar(3, 40, 40, -300);                        // the breaker tripped at the last step; the sizer flips
        assertTrue(risk.halted());
        List<OrderRequest> orders = rec.orders();
        assertEquals(2, orders.size(), "the entry and the reduce leg: " + orders);
        OrderRequest reduce = orders.get(1);
        assertEquals(Side.SELL, reduce.side());
        assertEquals(500 * UNIT, reduce.quantityLots());
        assertTrue(reduce.reduceOnly());
        assertEquals(TradingEngine.REDUCE_REASON, reduce.reason());
        assertEquals(1, blocked().size());
        RiskEvent.OrderBlocked refused = blocked().get(0);
        assertEquals(RiskCode.BREAKER_HALT, refused.code());
        assertNotEquals(reduce.clientId(), refused.clientId(), "each leg has its own client id");
        assertEquals(4 * HOUR, refused.time());

        bar(4, 40, 40, -300);                        // the reduce leg fills; the new side is still refused
        assertEquals(0, portfolio.positionLots(BTC), "flat: the exit went through the tripped breaker");
        assertEquals(2, rec.orders().size());
        assertTrue(rec.fills().stream().anyMatch(f -> f.clientId().equals(reduce.clientId())));
    }

    @Test
    void bothLegsGoInTheSameBarUnderDistinctIdsAndBothFill() {
        paperEngine(RiskLimits.DEFAULT, EngineConfig.DEFAULT);
        bar(0, 100, 100, 500);
        bar(1, 100, 100, -300);                      // long 500 now: sell 500 to flat, then sell 300
        List<OrderRequest> orders = rec.orders().subList(1, rec.orders().size());
        assertEquals(2, orders.size(), orders.toString());
        assertEquals(List.of(500 * UNIT, 300 * UNIT), orders.stream().map(OrderRequest::quantityLots).toList());
        assertEquals(List.of(true, false), orders.stream().map(OrderRequest::reduceOnly).toList());
        assertEquals(List.of(TradingEngine.REDUCE_REASON, TradingEngine.REBALANCE_REASON),
                orders.stream().map(OrderRequest::reason).toList());
        assertNotEquals(orders.get(0).clientId(), orders.get(1).clientId());
        bar(2, 100, 100, -300);
        assertEquals(-300 * UNIT, portfolio.positionLots(BTC), "both legs filled");
    }

    @Test
    void theNewSideIsCheckedAsIfTheReduceLegWereWorkingEvenBeforeTheVenueAnswers() {
        List<OrderRequest> sent = new ArrayList<>();
        ExchangePort silent = new ExchangePort() { // acknowledges nothing yet, like a remote venue
            public String name() {
                return "silent";
            }

            public void submit(OrderRequest request) {
                sent.add(request);
            }

            public void cancel(String clientId, String reason) {
            }

            public void cancelAll(String reason) {
            }

            public Collection<OrderState> openOrders() {
                return List.of();
            }
        };
        build(RiskLimits.DEFAULT, EngineConfig.DEFAULT, silent, null, null);
        portfolio.onFill(new io.trader.core.domain.Fill("f0", "c0", BTC, Side.BUY, 10_000, 500 * UNIT, 0, false, 0));
        risk.onEquity(new io.trader.core.event.EquityPoint(0, 100_000 * Money.ONE, 100_000 * Money.ONE, 0, 0, 0, 0,
                100_000 * Money.ONE, 0));
        risk.onEquity(new io.trader.core.event.EquityPoint(1, 50_000 * Money.ONE, 50_000 * Money.ONE, 0, 0, 0, 0,
                100_000 * Money.ONE, 0));
        assertTrue(risk.halted());
        bar(5, 100, 100, -300);
        assertEquals(1, sent.size(), "only the reduce leg: " + sent);
        assertTrue(sent.get(0).reduceOnly());
        assertEquals(RiskCode.BREAKER_HALT, blocked().get(0).code());
    }

    @Test
    void aReducingOrderIgnoresTheBackoffOfAnEarlierRefusalAndTheOrderLimit() {
        paperEngine(new RiskLimits(30_000 * Money.ONE, 3.0, 60_000 * Money.ONE, 500, 0.05, 0.2),
                EngineConfig.DEFAULT);
        bar(0, 100, 100, 250);                       // 25,000: fits one order
        bar(1, 100, 100, 500);                       // adds 25,000: fits
        bar(2, 100, 100, 900);                       // adds 30,000 (cut to one order): 80,000 held is too much
        assertEquals(RiskCode.MAX_POSITION, blocked().get(0).code());
        bar(3, 100, 100, 0);                         // the exit (50,000 in one order) goes at once
        bar(4, 100, 100, 0);
        assertEquals(0, portfolio.positionLots(BTC));
        assertEquals(1, blocked().size());
        assertEquals(3, rec.orders().size());
        assertEquals(500 * UNIT, rec.orders().get(2).quantityLots());
    }

    @Test
    void theNewSideIsCutToTheLargestOrderAtItsOwnLimitPrice() {
        paperEngine(new RiskLimits(10_000 * Money.ONE, 3.0, 100_000 * Money.ONE, 500, 0.05, 0.2),
                new EngineConfig(OrderType.LIMIT, 2.0, 5, 10 * Money.ONE, 60, "bt"));
        bar(0, 100, 100, -100);                      // a short of 10,000 at 100 is 10,002 at the 100.02 limit
        OrderRequest sell = rec.orders().get(0);
        assertEquals(10_002, sell.limitTicks());
        assertEquals(Money.lotsWithin(BTC, 10_002, 10_000 * Money.ONE), sell.quantityLots());
        assertTrue(blocked().isEmpty(), "cut, not refused: " + blocked());
    }

    @Test
    void limitOrdersOfBothLegsArePricedOnTheTickGrid() {
        paperEngine(RiskLimits.DEFAULT, new EngineConfig(OrderType.LIMIT, 2.0, 5, 10 * Money.ONE, 60, "bt"));
        bar(0, 50_000, 50_000, 1);
        bar(1, 49_000, 50_000, -1);                  // the buy limit fills on the way down; then flip
        List<OrderRequest> orders = rec.orders();
        assertEquals(4_999_000, orders.get(0).limitTicks(), "buy 2 bps below 50,000.00");
        assertTrue(orders.size() == 3 && orders.stream().skip(1).allMatch(o -> o.limitTicks() == 5_001_000),
                "both sells 2 bps above: " + orders);
    }
}
