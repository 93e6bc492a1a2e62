package io.trader.layer1.core;

import io.trader.core.signal.Alpha;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlphaCatalogTest {

    @Test
    void defaultSetHasFourDistinctAlphasInStableOrder() {
        List<Alpha> alphas = AlphaCatalog.createDefault(FeatureConfig.DEFAULT);
        assertEquals(List.of(MovingAverageCrossAlpha.ID, ZScoreReversionAlpha.ID, RsiReversionAlpha.ID,
                KeltnerBreakoutAlpha.ID), alphas.stream().map(Alpha::id).collect(Collectors.toList()));
        Set<String> versions = alphas.stream().map(Alpha::version).collect(Collectors.toSet());
        assertEquals(4, versions.size());
    }

    @Test
    void everyCallBuildsFreshInstances() {
        List<Alpha> a = AlphaCatalog.createDefault(FeatureConfig.DEFAULT);
        List<Alpha> b = AlphaCatalog.createDefault(FeatureConfig.DEFAULT);
        for (int i = 0; i < a.size(); i++) {
            assertNotSame(a.get(i), b.get(i));
        }
    }

    @Test
    void allNeutralOnAColdFeatureVector() {
        AlphaOutput out = new AlphaOutput();
        FeatureVector cold = Fv.of().build();
        for (Alpha alpha : AlphaCatalog.createDefault(FeatureConfig.DEFAULT)) {
            out.set(0.5, 0.5);
            alpha.evaluate(cold, out);
            assertEquals(0.0, out.score(), alpha.id());
            assertEquals(0.0, out.confidence(), alpha.id());
        }
    }

    @Test
    void outputsStayInRangeOnRandomAndPartlyMissingFeatures() {
        Random rnd = new Random(7);
        AlphaOutput out = new AlphaOutput();
        List<Alpha> alphas = AlphaCatalog.createDefault(FeatureConfig.DEFAULT);
        alphas = new java.util.ArrayList<>(alphas);
        alphas.add(AlphaCatalog.createRule(FeatureConfig.DEFAULT));
        for (int i = 0; i < 20_000; i++) {
            FeatureVector fv = Fv.of().build();
            double close = 1 + rnd.nextDouble() * 1000;
            fv.set(Feature.CLOSE, close);
            fv.set(Feature.SMA_FAST, close * (1 + rnd.nextGaussian() * 0.05));
            fv.set(Feature.SMA_SLOW, close * (1 + rnd.nextGaussian() * 0.05));
            fv.set(Feature.EMA_SLOW, close * (1 + rnd.nextGaussian() * 0.05));
            fv.set(Feature.VOLATILITY, rnd.nextDouble() * 0.05);
            fv.set(Feature.ATR, close * rnd.nextDouble() * 0.05);
            fv.set(Feature.RSI, rnd.nextDouble() * 100);
            fv.set(Feature.ZSCORE, rnd.nextGaussian() * 3);
            if (rnd.nextInt(5) == 0) {
                fv.set(Feature.values()[rnd.nextInt(Feature.count())], Double.NaN);
            }
            for (Alpha alpha : alphas) {
                alpha.evaluate(fv, out); // AlphaOutput.set throws when out of range
                assertTrue(Math.abs(out.score()) <= 1 && out.confidence() >= 0 && out.confidence() <= 1);
            }
        }
    }

    @Test
    void paramsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new AlphaCatalog.Params(0.5, 3, 2, 3, true, 0.5,
                70, 30, 15, 2));
        assertThrows(IllegalArgumentException.class, () -> new AlphaCatalog.Params(-1, 3, 2, 3, true, 0.5,
                30, 70, 15, 2));
    }
}
