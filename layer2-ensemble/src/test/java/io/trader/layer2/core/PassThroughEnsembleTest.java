package io.trader.layer2.core;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PassThroughEnsembleTest {

    private final FeatureVector fv = new FeatureVector(SyntheticMarket.SPEC);

    @Test
    void forwardsTheSingleAlpha() {
        AlphaOutput[] outs = SyntheticMarket.outputs(1);
        outs[0].set(1.0, 0.7);
        Forecast f = new Forecast(1);
        new PassThroughEnsemble(0.002).combine(fv, outs, f);
        assertEquals(1.0, f.score());
        assertEquals(0.002, f.expectedReturn());
        assertEquals(0.7, f.confidence());
        assertArrayEquals(new double[] {1.0}, f.weights());

        outs[0].neutral();
        new PassThroughEnsemble().combine(fv, outs, f);
        assertEquals(0.0, f.score());
        assertEquals(0.0, f.expectedReturn());
    }

    @Test
    void shortScoreGivesNegativeExpectedReturn() {
        AlphaOutput[] outs = SyntheticMarket.outputs(1);
        outs[0].set(-0.5, 1.0);
        Forecast f = new Forecast(1);
        new PassThroughEnsemble().combine(fv, outs, f);
        assertEquals(-0.5 * PassThroughEnsemble.DEFAULT_RETURN_PER_SCORE, f.expectedReturn(), 1e-18);
    }

    @Test
    void rejectsMoreThanOneAlpha() {
        assertThrows(IllegalArgumentException.class,
                () -> new PassThroughEnsemble().combine(fv, SyntheticMarket.outputs(2), new Forecast(2)));
    }
}
