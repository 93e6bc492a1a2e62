package io.trader.app.run;

import io.trader.app.config.TraderSettings;
import io.trader.core.domain.OrderRequest;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.port.TradingListener;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer2.core.meta.AutoSelector;
import io.trader.layer2.core.meta.MetaEnsemble;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The meta-learner in the full pipeline: {@code trader.ensemble.learner=auto} over the walk-forward zoo, with
 * regimes and drift detection on, is leak-free end to end (rewriting every bar after T changes no forecast, no
 * regime, no order at or before T while the zoo alphas, the seven candidate meta-learners (LightGBM and DL4J
 * among them), the calibrator and the regime model all refit before T), and its forecasts carry a calibrated
 * probability, a regime and per-alpha contributions.
 */
class MetaEnsembleSessionTest {

    /** One bar's forecast as the engine saw it. */
    record Seen(long time, double score, double expectedReturn, double probability, double stdev, int regime,
                List<Double> contributions) {
    }

    static final class Forecasts implements TradingListener {
        final List<Seen> seen = new ArrayList<>();

        @Override
        public void onSignals(FeatureVector features, List<String> alphaIds, AlphaOutput[] alphas, Forecast f,
                              SizingDecision sizing) {
            List<Double> c = new ArrayList<>();
            for (double v : f.contributions()) {
                c.add(v);
            }
            seen.add(new Seen(features.time(), f.score(), f.expectedReturn(), f.probability(),
                    f.expectedReturnStdev(), f.regime(), c));
        }
    }

    private static TraderSettings settings() {
        return TraderSettings.defaults()
                .with("trader.zoo.retrain-every-bars", "250")
                .with("trader.zoo.min-samples", "200")
                .with("trader.zoo.window", "3000")
                .with("trader.ensemble.learner", "auto")
                .with("trader.ensemble.horizon-bars", "4")
                .with("trader.ensemble.retrain-every-bars", "300")
                .with("trader.ensemble.min-samples", "300")
                .with("trader.ensemble.window", "2000")
                .with("trader.ensemble.regimes", "3")
                .with("trader.ensemble.drift", "page-hinkley");
    }

    @Test
    void autoWithRegimesAndDriftIsLeakFreeAndExplainsItsForecasts() throws Exception {
        TraderSettings s = settings();
        CandleSeries series = SharedDataBars.read(SharedData.file(SharedData.BTC_1H).toString()).get(0);
        List<Bar> bars = series.bars().subList(0, 4500);
        long t = bars.get(3300).closeTime();
        Forecasts fa = new Forecasts();
        Forecasts fb = new Forecasts();
        Backtest.Result a = Backtest.run(s, bars, 1, Assembly.ZOO, fa, null);
        Backtest.Result b = Backtest.run(s, ZooLeakageTest.rewriteAfter(bars, t), 1, Assembly.ZOO, fb, null);

        MetaEnsemble meta = (MetaEnsemble) a.parts().engine.pipelines().get(0).ensemble();
        assertTrue(meta.refits() >= 5, "meta refits: " + meta.refits());
        AutoSelector auto = (AutoSelector) meta.learner();
        assertNotNull(auto.lastSelection(), "auto chose a learner");
        assertTrue(auto.lastSelection().reason().startsWith("chose "), auto.lastSelection().reason());

        List<Seen> beforeA = fa.seen.stream().filter(x -> x.time() <= t).toList();
        List<Seen> beforeB = fb.seen.stream().filter(x -> x.time() <= t).toList();
        assertEquals(beforeA, beforeB, "forecasts (score, expected return, probability, uncertainty, regime, "
                + "contributions) at or before T");
        assertNotEquals(fa.seen, fb.seen, "the rewritten future changes later forecasts");
        List<OrderRequest> ordersA = a.recorder().orders().stream().filter(o -> o.decisionTime() <= t).toList();
        List<OrderRequest> ordersB = b.recorder().orders().stream().filter(o -> o.decisionTime() <= t).toList();
        assertEquals(ordersA, ordersB, "orders decided at or before T");
        List<RiskEvent> driftA = a.recorder().riskEvents().stream()
                .filter(e -> e instanceof RiskEvent.ModelDrift && e.time() <= t).toList();
        List<RiskEvent> driftB = b.recorder().riskEvents().stream()
                .filter(e -> e instanceof RiskEvent.ModelDrift && e.time() <= t).toList();
        assertEquals(driftA, driftB, "drift findings at or before T");
        for (RiskEvent e : a.recorder().riskEvents()) {
            if (e instanceof RiskEvent.ModelDrift d) {
                assertTrue(!d.reason().contains("NaN") && d.reason().contains("mean out-of-sample loss"),
                        "a drift finding gives its numbers: " + d);
            }
        }

        Seen last = fa.seen.get(fa.seen.size() - 1);
        assertTrue(last.probability() >= 0 && last.probability() <= 1, "calibrated probability " + last);
        assertTrue(fa.seen.stream().anyMatch(x -> x.regime() >= 0), "a regime is detected");
        assertTrue(fa.seen.stream().anyMatch(x -> x.contributions().stream().anyMatch(c -> c != 0)),
                "alphas contribute");
        assertTrue(fa.seen.stream().anyMatch(x -> x.stdev() > 0), "the expected return carries its uncertainty");
    }
}
