package io.trader.layer1.core;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeltnerBreakoutAlphaTest {

    private final AlphaOutput out = new AlphaOutput();
    private final KeltnerBreakoutAlpha alpha = new KeltnerBreakoutAlpha(2.0);

    @Test
    void upsideBreakoutScoresLong() {
        // x = (110 - 100) / 4 = 2.5 > 2
        alpha.evaluate(Fv.of().with(Feature.CLOSE, 110).with(Feature.EMA_SLOW, 100).with(Feature.ATR, 4).build(), out);
        assertEquals(Math.tanh(1.25), out.score(), 1e-12);
        assertEquals(0.625, out.confidence(), 1e-12);
    }

    @Test
    void downsideBreakoutScoresShort() {
        // x = -3
        alpha.evaluate(Fv.of().with(Feature.CLOSE, 88).with(Feature.EMA_SLOW, 100).with(Feature.ATR, 4).build(), out);
        assertEquals(-Math.tanh(1.5), out.score(), 1e-12);
        assertEquals(0.75, out.confidence(), 1e-12);
    }

    @Test
    void insideChannelHasNoOpinion() {
        alpha.evaluate(Fv.of().with(Feature.CLOSE, 108).with(Feature.EMA_SLOW, 100).with(Feature.ATR, 4).build(), out);
        assertEquals(0.0, out.score());
        assertEquals(0.0, out.confidence());
    }

    @Test
    void neutralInWarmupAndOnZeroAtr() {
        out.set(0.5, 0.5);
        alpha.evaluate(Fv.of().with(Feature.CLOSE, 110).with(Feature.EMA_SLOW, 100).build(), out);
        assertEquals(0.0, out.score());
        assertEquals(0.0, out.confidence());
        out.set(0.5, 0.5);
        alpha.evaluate(Fv.of().with(Feature.CLOSE, 110).with(Feature.EMA_SLOW, 100).with(Feature.ATR, 0).build(), out);
        assertEquals(0.0, out.score());
        assertEquals(0.0, out.confidence());
    }
}
