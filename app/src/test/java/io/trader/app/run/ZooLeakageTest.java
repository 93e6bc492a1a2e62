package io.trader.app.run;

import io.trader.app.config.TraderSettings;
import io.trader.app.zoo.AuxSources;
import io.trader.app.zoo.ZooSettings;
import io.trader.app.zoo.ZooTraining;
import io.trader.core.domain.OrderRequest;
import io.trader.core.market.Bar;
import io.trader.core.market.DailySeries;
import io.trader.core.port.MarketContextSource;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer1.core.zoo.ZooAlpha;
import io.trader.layer1.train.ZooLearners;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The zoo's walk-forward is leak-free: rewriting every bar and every auxiliary value after a time T changes
 * no alpha score, no fit (its label window and size) and no order at or before T, with refits switched on
 * (every 250 bars) and every kind of learner (logistic, ridge, LightGBM trees, DL4J net) and the auxiliary
 * data (funding, mark/index, daily on-chain and sentiment) in play.
 */
class ZooLeakageTest {

    private static final List<String> ALPHAS = List.of("trend-logit", "flow-mismatch", "vol-regime", "funding-shock",
            "onchain-regime");

    /** Zoo settings with the shared data folder as the auxiliary data (skips without ../shared). */
    private static TraderSettings settings() {
        java.nio.file.Path data = SharedData.file(SharedData.BTC_1H).getParent().getParent();
        return TraderSettings.defaults()
                .with("trader.aux.dir", data.toString())
                .with("trader.zoo.retrain-every-bars", "250")
                .with("trader.zoo.min-samples", "200")
                .with("trader.zoo.window", "4000");
    }

    /** Bars after {@code t}: a different but valid future, prices moved by up to +-20 %, volume halved. */
    static List<Bar> rewriteAfter(List<Bar> bars, long t) {
        List<Bar> out = new ArrayList<>(bars.size());
        int i = 0;
        for (Bar b : bars) {
            if (b.closeTime() <= t) {
                out.add(b);
            } else {
                double f = 1 + 0.2 * Math.sin(i++ * 0.37);
                out.add(new Bar(b.instrument(), b.openTime(), b.closeTime(), Math.round(b.open() * f),
                        Math.round(b.high() * f), Math.round(b.low() * f), Math.round(b.close() * f),
                        b.volume() / 2));
            }
        }
        return out;
    }

    @Test
    void rewritingBarsAndAuxiliaryDataAfterTChangesNoScoreOrFitBeforeT() throws Exception {
        TraderSettings s = settings();
        CandleSeries series = SharedDataBars.read(SharedData.file(SharedData.BTC_1H).toString()).get(0);
        List<Bar> bars = series.bars().subList(0, 6000);
        long t = bars.get(4000).closeTime();
        MarketContextSource real = AuxSources.forSymbol(s, series.symbol());
        // the rewritten world: same bars and auxiliary data up to T, different ones after
        MarketContextSource rewritten = (bar, ctx) -> {
            real.fill(bar, ctx);
            if (bar.closeTime() > t) {
                ctx.funding(ctx.fundingTime(), ctx.fundingRate() * 3 + 0.001);
                ctx.markIndex(ctx.markPrice() * 1.1, ctx.indexPrice() * 0.95);
                for (DailySeries d : DailySeries.values()) {
                    ctx.daily(d, ctx.daily(d) * 1.5 + 1);
                }
            }
        };
        ZooTraining.InstrumentRun a = ZooTraining.run(series.symbol(), bars, real, Assembly.features(s), ALPHAS,
                ZooSettings.labels(s), ZooSettings.retraining(s), new ZooLearners(), null);
        ZooTraining.InstrumentRun b = ZooTraining.run(series.symbol(), rewriteAfter(bars, t), rewritten,
                Assembly.features(s), ALPHAS, ZooSettings.labels(s), ZooSettings.retraining(s), new ZooLearners(),
                null);
        int cut = 4001; // bars 0..4000 close at or before T
        boolean laterDiffers = false;
        for (int k = 0; k < ALPHAS.size(); k++) {
            ZooTraining.AlphaRun x = a.alphas().get(k);
            ZooTraining.AlphaRun y = b.alphas().get(k);
            String id = x.alphaId();
            assertArrayEquals(Arrays.copyOf(x.barScores(), cut), Arrays.copyOf(y.barScores(), cut),
                    id + ": scores at or before T");
            List<ZooAlpha.Fit> fitsA = x.alpha().fits().stream().filter(f -> f.time() <= t).toList();
            List<ZooAlpha.Fit> fitsB = y.alpha().fits().stream().filter(f -> f.time() <= t).toList();
            assertEquals(fitsA, fitsB, id + ": fits at or before T (label windows, sample counts, target scales)");
            for (ZooAlpha.Fit f : fitsA) {
                assertTrue(f.trainTo() < f.time(), id + ": a fit used a label resolved at its own time");
            }
            assertTrue(fitsA.size() >= 3, id + " refits before T: " + fitsA.size());
            laterDiffers |= !Arrays.equals(x.barScores(), y.barScores());
        }
        assertTrue(laterDiffers, "the rewritten future does change later scores");
    }

    @Test
    void rewritingBarsAfterTChangesNoZooOrderBeforeT() throws Exception {
        TraderSettings s = settings().with("trader.ensemble.horizon-bars", "1");
        CandleSeries series = SharedDataBars.read(SharedData.file(SharedData.BTC_1H).toString()).get(0);
        List<Bar> bars = series.bars().subList(0, 5000);
        long t = bars.get(3500).closeTime();
        Backtest.Result a = Backtest.run(s, bars, 1, Assembly.ZOO, null, null);
        Backtest.Result b = Backtest.run(s, rewriteAfter(bars, t), 1, Assembly.ZOO, null, null);
        List<OrderRequest> ordersA = a.recorder().orders().stream().filter(o -> o.decisionTime() <= t).toList();
        List<OrderRequest> ordersB = b.recorder().orders().stream().filter(o -> o.decisionTime() <= t).toList();
        assertTrue(ordersA.size() >= 5, "enough orders before T to mean something: " + ordersA.size());
        assertEquals(ordersA, ordersB, "zoo orders decided at or before T");
        assertNotEquals(a.recorder().orders(), b.recorder().orders(), "the changed future does change later orders");
    }
}
