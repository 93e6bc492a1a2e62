package io.trader.app.engine;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.event.Decision;
import io.trader.core.market.Bar;
import io.trader.core.port.TradingListener;
import io.trader.core.signal.Ensemble;
import io.trader.core.signal.Sizer;
import io.trader.layer0.core.IncrementalFeatureEngine;
import io.trader.layer1.core.SmaCrossRuleAlpha;
import io.trader.layer4.core.PaperExchange;
import io.trader.layer4.core.PaperExchangeConfig;
import io.trader.layer5.core.KillSwitch;
import io.trader.layer5.core.Portfolio;
import io.trader.layer5.core.RiskEngine;
import io.trader.layer5.core.RiskLimits;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decision behind an order carries what the ensemble said: probability, uncertainty, regime, contributions. */
class DecisionForecastTest {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 6);
    static final long HOUR = 3_600_000L;

    final List<Decision> decisions = new ArrayList<>();
    final boolean[] calibrated = {true};

    /** One alpha; a calibrated ensemble that also reports a regime and the alpha's contribution. */
    final Ensemble ensemble = (features, outputs, out) -> {
        out.set(0.4, 0.002, 0.8);
        out.weights()[0] = 1.0;
        out.contributions()[0] = 0.35;
        if (calibrated[0]) {
            out.calibrated(0.64, 0.0007);
            out.regime(1);
        }
    };
    final long[] target = {0};
    final Sizer scripted = (forecast, features, current, equity, out) -> out.set(target[0], 0.5, 0.2, "");

    TradingEngine engine() {
        SimulatedClock clock = new SimulatedClock(0);
        ForwardingOrderListener orders = new ForwardingOrderListener();
        PaperExchange paper = new PaperExchange(PaperExchangeConfig.DEFAULT, orders, clock);
        TradingEngine[] holder = new TradingEngine[1];
        RiskEngine risk = new RiskEngine(RiskLimits.DEFAULT, new KillSwitch(e -> holder[0].onRiskEvent(e)),
                e -> holder[0].onRiskEvent(e));
        TradingListener log = new TradingListener() {
            @Override
            public void onDecision(Decision decision) {
                decisions.add(decision);
            }
        };
        holder[0] = new TradingEngine(EngineConfig.DEFAULT, spec -> new InstrumentPipeline(spec,
                new IncrementalFeatureEngine(), List.of(new SmaCrossRuleAlpha(10, 30)), ensemble, scripted),
                paper, paper, risk, new Portfolio(100_000 * Money.ONE), log);
        orders.setTarget(holder[0]);
        return holder[0];
    }

    static Bar bar(int i) {
        return new Bar(BTC, i * HOUR, (i + 1) * HOUR, 10_000, 10_000, 10_000, 10_000, 1e9);
    }

    @Test
    void theDecisionRecordsTheCalibratedForecastAndEachContribution() {
        TradingEngine engine = engine();
        target[0] = 100_000_000L; // 100 BTC
        engine.onBar(bar(0));
        engine.completeStep();
        assertEquals(1, decisions.size());
        Decision d = decisions.get(0);
        assertEquals(0.64, d.forecastProbability());
        assertEquals(0.0007, d.expectedReturnStdev());
        assertEquals(1, d.regime());
        assertEquals(0.35, d.alphas().get(0).contribution());
        assertEquals(1.0, d.alphas().get(0).weight());
    }

    @Test
    void anUncalibratedForecastLeavesThemUnset() {
        calibrated[0] = false;
        TradingEngine engine = engine();
        target[0] = 100_000_000L;
        engine.onBar(bar(0));
        engine.completeStep();
        Decision d = decisions.get(0);
        assertTrue(Double.isNaN(d.forecastProbability()));
        assertEquals(0.0, d.expectedReturnStdev());
        assertEquals(-1, d.regime());
        assertFalse(Double.isNaN(d.alphas().get(0).contribution()), "contributions are always written");
        assertEquals(0.35, d.alphas().get(0).contribution());
    }
}
