package io.trader.layer1.core.zoo;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.testing.SharedData;
import io.trader.layer1.core.label.Label;
import io.trader.layer1.core.label.LabelSpec;
import io.trader.layer1.core.label.LabelVariant;
import io.trader.layer1.core.label.PriceSeries;
import io.trader.layer1.core.label.TripleBarrierLabeller;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The zoo's online labels (bar by bar, as a session sees them) are the batch labeller's on five years of
 * BTC 1h: same samples, same labels, same resolution times, for fixed and ATR barriers.
 */
class OnlineLabelsMatchBatchTest {

    private static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 5);

    @Test
    void onlineLabelsEqualBatchLabelsOnRealData() throws Exception {
        Path file = SharedData.file("ohlcv_1h/btcusdt-1h-binance-spot-20200920-20250919.csv.gz");
        PriceSeries prices = io.trader.layer1.core.label.RealDataLabelsTest.load(file);
        for (LabelSpec spec : List.of(LabelSpec.DEFAULT.withVariant(LabelVariant.BINARY),
                LabelSpec.ATR_DEFAULT.withVariant(LabelVariant.BINARY))) {
            List<Label> batch = TripleBarrierLabeller.label(prices, spec);
            double[] targets = TripleBarrierLabeller.targets(prices, spec);
            ZooAlpha a = new ZooAlpha("check", new ZooInputs(List.of(Input.raw(Feature.CLOSE))), spec,
                    new Retraining(10_000_000, 10, 100_000, 1), false, null);
            FeatureVector v = new FeatureVector(BTC);
            AlphaOutput out = new AlphaOutput();
            int n = prices.size();
            for (int i = 0; i < n; i++) {
                double c = prices.close()[i];
                v.set(Feature.CLOSE, c);
                v.set(Feature.ATR_14, targets == null ? Double.NaN : targets[i] * c);
                v.stamp(prices.times()[i], i + 1);
                a.evaluate(v, out);
            }
            ZooAlpha.FinalTraining online = a.finalTraining(Long.MAX_VALUE);
            List<Label> resolved = batch.stream().filter(l -> l.knownBefore(Long.MAX_VALUE)).toList();
            assertTrue(resolved.size() > 40_000, spec + ": " + resolved.size());
            assertEquals(resolved.size(), online.y().length, spec.toText());
            for (int k = 0; k < resolved.size(); k++) {
                assertEquals(resolved.get(k).value(), online.y()[k], spec.toText() + " sample " + k);
                assertEquals(prices.close()[resolved.get(k).startIndex()], online.x()[k][0], "sample " + k);
            }
        }
    }
}
