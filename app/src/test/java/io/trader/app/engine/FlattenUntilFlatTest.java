package io.trader.app.engine;

import io.trader.app.report.BacktestRecorder;
import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.event.OrderEvent;
import io.trader.core.market.Bar;
import io.trader.core.port.ExchangePort;
import io.trader.core.signal.Sizer;
import io.trader.layer0.core.IncrementalFeatureEngine;
import io.trader.layer1.core.SmaCrossRuleAlpha;
import io.trader.layer2.core.PassThroughEnsemble;
import io.trader.layer5.core.KillSwitch;
import io.trader.layer5.core.Portfolio;
import io.trader.layer5.core.RiskEngine;
import io.trader.layer5.core.RiskLimits;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kill switch's flatten finishes: on a remote venue an order that was already there when the switch
 * engaged can fill after the flatten (its cancel comes too late), and a flatten can end unfilled (an IOC
 * outside its slippage cap, a reject). The engine keeps flattening, after fills and on bars, until flat, and
 * never loops on a reject. BTC with cent ticks and 10^-6 lots; 100,000 USDT; targets scripted bar by bar.
 */
class FlattenUntilFlatTest {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 6);
    static final long HOUR = 3_600_000L;
    static final long UNIT = 1_000_000L;

    final long[] target = {0};
    final Sizer scripted = (forecast, features, current, equity, out) -> out.set(target[0], 0, 0, "");
    final Portfolio portfolio = new Portfolio(100_000 * Money.ONE);
    TradingEngine engine;
    RiskEngine risk;

    void build() {
        TradingEngine[] holder = new TradingEngine[1];
        risk = new RiskEngine(RiskLimits.DEFAULT, new KillSwitch(e -> holder[0].onRiskEvent(e)),
                e -> holder[0].onRiskEvent(e));
        engine = new TradingEngine(EngineConfig.DEFAULT, spec -> new InstrumentPipeline(spec,
                new IncrementalFeatureEngine(), List.of(new SmaCrossRuleAlpha(10, 30)), new PassThroughEnsemble(),
                scripted), remote, null, risk, portfolio, new BacktestRecorder());
        holder[0] = engine;
    }

    /** Bar i opens at hour i and closes at hour i + 1, flat at {@code price} USDT. */
    void bar(int i, long price, long targetUnits) {
        target[0] = targetUnits * UNIT;
        engine.onBar(new Bar(BTC, i * HOUR, (i + 1) * HOUR, price * 100, price * 100, price * 100, price * 100, 1e9));
        engine.completeStep();
    }

    /** A venue that acknowledges nothing by itself and whose cancels arrive too late: the test plays it. */
    final Map<String, OrderState> working = new LinkedHashMap<>();
    final List<OrderRequest> sent = new ArrayList<>();
    int fills;

    final ExchangePort remote = new ExchangePort() {
        public String name() {
            return "remote";
        }

        public void submit(OrderRequest request) {
            sent.add(request);
            working.put(request.clientId(), OrderState.created(request));
        }

        public void cancel(String clientId, String reason) {
        }

        public void cancelAll(String reason) {
        }

        public Collection<OrderState> openOrders() {
            return List.copyOf(working.values());
        }
    };

    void fill(OrderRequest o, long price) {
        OrderState s = working.remove(o.clientId()).withFill(o.quantityLots(), price * 100, 0);
        engine.onOrderEvent(new OrderEvent.Filled(new Fill("f" + fills++, o.clientId(), BTC, o.side(), price * 100,
                o.quantityLots(), 0, false, 0), s, 0));
    }

    void reject(OrderRequest o) {
        OrderState s = working.remove(o.clientId()).withStatus(OrderStatus.REJECTED, 0);
        engine.onOrderEvent(new OrderEvent.Rejected(s, "reduce-only order would increase position", 0));
    }

    OrderRequest last() {
        return sent.get(sent.size() - 1);
    }

    @Test
    void anOrderThatFillsAfterTheFlattenIsFlattenedAndAFailedFlattenIsRetriedOnTheNextBar() {
        build();
        bar(0, 100, 100);
        fill(last(), 100);                                       // long 100 BTC
        bar(1, 100, 200);                                   // a buy of 100 more is at the venue
        OrderRequest lateBuy = last();
        assertEquals(100 * UNIT, lateBuy.quantityLots());

        risk.killSwitch().engage("test halt", true, 2 * HOUR);
        engine.onKillSwitchEngaged(true, 2 * HOUR);
        OrderRequest flatten = last();
        assertEquals(RiskEngine.FLATTEN_REASON, flatten.reason());
        assertEquals(100 * UNIT, flatten.quantityLots(), "the position the session holds");
        fill(flatten, 100);
        assertEquals(0, portfolio.positionLots(BTC));
        int before = sent.size();

        fill(lateBuy, 100);                                      // the cancel came too late
        assertEquals(100 * UNIT, portfolio.positionLots(BTC));
        assertEquals(before + 1, sent.size(), "the late fill is flattened at once: " + sent);
        OrderRequest second = last();
        assertEquals(RiskEngine.FLATTEN_REASON, second.reason());
        assertTrue(second.reduceOnly() && second.quantityLots() == 100 * UNIT);
        assertTrue(!second.clientId().equals(flatten.clientId()), "a client id of its own");

        reject(second);
        assertEquals(before + 1, sent.size(), "a rejected flatten is not resent in a loop");
        bar(2, 100, 200);
        assertEquals(before + 2, sent.size(), "but on the next bar");
        OrderRequest third = last();
        assertEquals(RiskEngine.FLATTEN_REASON, third.reason());
        fill(third, 100);
        assertEquals(0, portfolio.positionLots(BTC));

        bar(3, 100, 200);
        assertEquals(before + 2, sent.size(), "flat: nothing more, and the strategy stays halted");
    }

    @Test
    void noFlattenAfterTheKillSwitchIsReleasedOrWhenItWasEngagedWithoutFlatten() {
        build();
        bar(0, 100, 100);
        fill(last(), 100);
        risk.killSwitch().engage("halt, keep the position", false, HOUR);
        engine.onKillSwitchEngaged(false, HOUR);
        int before = sent.size();
        bar(1, 100, 100);
        assertEquals(before, sent.size(), "engaged without flatten: the position is kept");

        risk.killSwitch().engage("now flatten too", true, 2 * HOUR);  // a second engage asks to flatten
        assertTrue(risk.killSwitch().state().flatten());
        engine.onKillSwitchEngaged(true, 2 * HOUR);
        assertEquals(RiskEngine.FLATTEN_REASON, last().reason());
        reject(last());
        risk.killSwitch().reset("released", 3 * HOUR);
        bar(2, 100, 100);
        assertTrue(sent.stream().skip(before + 1).noneMatch(o -> RiskEngine.FLATTEN_REASON.equals(o.reason())),
                "released: no more flatten orders");
    }
}
