package io.trader.app.engine;

import io.trader.app.report.BacktestRecorder;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.signal.BookOutcome;
import io.trader.core.signal.BookSizer;
import io.trader.core.signal.BookSlot;
import io.trader.core.signal.BookStep;
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
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portfolio step: the book sizer runs once per time step, after every instrument's bar of that time, and
 * sees all of them at once; an instrument without its bar is stale (sized on its last forecast, sent no order);
 * a bar that comes after its step was sized is late and trades only from the next step; a failed sizer is a
 * risk event, never an order.
 */
class PortfolioStepTest {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 6);
    static final InstrumentSpec ETH = new InstrumentSpec("ETHUSDT", 2, 6);
    static final long HOUR = 3_600_000L;
    static final long UNIT = 1_000_000L;

    /** What the sizer saw at each call: time and, per instrument, fresh or stale. */
    final List<String> calls = new ArrayList<>();
    final Map<String, Long> targets = new java.util.HashMap<>(Map.of("BTCUSDT", UNIT / 2, "ETHUSDT", 10 * UNIT));
    boolean fail;
    final BacktestRecorder rec = new BacktestRecorder();
    final List<RiskEvent> riskEvents = new ArrayList<>();
    final SimulatedClock clock = new SimulatedClock(0);
    TradingEngine engine;

    final BookSizer recording = new BookSizer() {
        @Override
        public BookOutcome size(BookStep step) {
            StringBuilder b = new StringBuilder(String.valueOf(step.time() / HOUR));
            for (BookSlot s : step.slots()) {
                b.append(' ').append(s.spec().symbol()).append(s.fresh() ? "=fresh" : "=stale");
                s.decision().set(fail ? s.previousTargetLots() : targets.get(s.spec().symbol()), 0, 0, "");
            }
            calls.add(b.toString());
            return fail ? BookOutcome.fellBack("test", "INFEASIBLE", "no solution")
                    : BookOutcome.ok("test", "OPTIMAL");
        }

        @Override
        public String method() {
            return "test";
        }
    };

    PortfolioStepTest() {
        ForwardingOrderListener orders = new ForwardingOrderListener();
        PaperExchange paper = new PaperExchange(PaperExchangeConfig.DEFAULT, orders, clock);
        TradingEngine[] holder = new TradingEngine[1];
        RiskEngine risk = new RiskEngine(RiskLimits.DEFAULT, new KillSwitch(e -> holder[0].onRiskEvent(e)),
                e -> holder[0].onRiskEvent(e));
        Sizer unused = (f, x, c, e, out) -> {
            throw new AssertionError("the portfolio step sizes the book, not each instrument");
        };
        engine = new TradingEngine(EngineConfig.DEFAULT, spec -> new InstrumentPipeline(spec,
                new IncrementalFeatureEngine(), List.of(new SmaCrossRuleAlpha(10, 30)), new PassThroughEnsemble(),
                unused), paper, paper, risk, new Portfolio(1_000_000 * Money.ONE), new io.trader.core.port.TradingListener() {
                    @Override
                    public void onOrderSubmitted(OrderRequest r) {
                        rec.onOrderSubmitted(r);
                    }

                    @Override
                    public void onRiskEvent(RiskEvent e) {
                        riskEvents.add(e);
                    }
                }, recording);
        holder[0] = engine;
        orders.setTarget(engine);
    }

    void bar(InstrumentSpec spec, int i, long price) {
        clock.advanceTo((i + 1) * HOUR);
        engine.onBar(new Bar(spec, i * HOUR, (i + 1) * HOUR, price * 100, price * 100, price * 100, price * 100, 1e9));
    }

    List<String> ordersOf(String symbol) {
        return rec.orders().stream().filter(o -> o.instrument().symbol().equals(symbol))
                .map(o -> o.clientId() + " " + o.side() + " " + o.quantityLots()).toList();
    }

    @Test
    void theBookIsSizedOnceAfterEveryInstrumentsBarAndStaleInstrumentsGetNoOrder() {
        bar(BTC, 0, 50_000);
        assertTrue(calls.isEmpty(), "nothing is sized before the step is complete");
        bar(ETH, 0, 3_000);
        assertTrue(calls.isEmpty());
        engine.completeStep();
        assertEquals(List.of("1 BTCUSDT=fresh ETHUSDT=fresh"), calls);
        assertEquals(1, ordersOf("BTCUSDT").size());
        assertEquals(1, ordersOf("ETHUSDT").size());

        targets.put("BTCUSDT", UNIT);
        targets.put("ETHUSDT", 20 * UNIT); // 60k: within the 100k position limit
        bar(BTC, 1, 50_100); // ETH's bar of this hour is late: the barrier timed out
        engine.completeStep();
        assertEquals("2 BTCUSDT=fresh ETHUSDT=stale", calls.get(1));
        assertEquals(2, ordersOf("BTCUSDT").size(), "the fresh instrument trades ");
        assertEquals(1, ordersOf("ETHUSDT").size(), "the stale one is sized but sent nothing");

        bar(ETH, 1, 3_010); // late
        engine.completeStep();
        assertEquals(2, calls.size(), "a late bar does not size the step again");
        assertEquals(1, ordersOf("ETHUSDT").size(), "nor does it trade before the next step");
        assertEquals(1, engine.lateBars());

        bar(BTC, 2, 50_200);
        bar(ETH, 2, 3_020);
        engine.completeStep();
        assertEquals("3 BTCUSDT=fresh ETHUSDT=fresh", calls.get(2));
        assertEquals(2, ordersOf("ETHUSDT").size(), "the late instrument trades again once its bar is on time");
    }

    @Test
    void aFailedSizingIsARiskEventAndKeepsThePreviousTargets() {
        bar(BTC, 0, 50_000);
        bar(ETH, 0, 3_000);
        engine.completeStep();
        int orders = rec.orders().size();
        fail = true;
        bar(BTC, 1, 50_100);
        bar(ETH, 1, 3_010);
        engine.completeStep();
        assertEquals(orders, rec.orders().size(), "no order from a failed solve");
        List<RiskEvent.SizingFallback> fallbacks = riskEvents.stream()
                .filter(e -> e instanceof RiskEvent.SizingFallback).map(e -> (RiskEvent.SizingFallback) e).toList();
        assertEquals(1, fallbacks.size());
        assertEquals("test failed (INFEASIBLE): no solution; previous targets kept", fallbacks.get(0).detail());
        assertEquals(2 * HOUR, fallbacks.get(0).time());
        assertFalse(fallbacks.get(0).detail().isEmpty());
    }
}
