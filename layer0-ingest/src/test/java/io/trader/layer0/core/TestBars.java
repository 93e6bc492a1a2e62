package io.trader.layer0.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Small bar fixtures anchored at the epoch, one minute apart. */
final class TestBars {

    static final InstrumentSpec SPEC = new InstrumentSpec("TEST", 4, 4);
    static final long MINUTE = 60_000L;

    private TestBars() {
    }

    /** Bars whose open, high, low and close are all {@code closes[i]}. */
    static List<Bar> closes(double... closes) {
        List<Bar> out = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            out.add(bar(i, closes[i], closes[i], closes[i], closes[i]));
        }
        return out;
    }

    /** Bars from rows {@code {high, low, close}}; open = low. */
    static List<Bar> hlc(double[]... rows) {
        List<Bar> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            out.add(bar(i, rows[i][1], rows[i][0], rows[i][1], rows[i][2]));
        }
        return out;
    }

    /** Bars from rows {@code {high, low, close, volume}}; open = low. */
    static List<Bar> hlcv(double[]... rows) {
        List<Bar> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            out.add(new Bar(SPEC, i * MINUTE, (i + 1) * MINUTE, ticks(rows[i][1]), ticks(rows[i][0]),
                    ticks(rows[i][1]), ticks(rows[i][2]), rows[i][3]));
        }
        return out;
    }

    static Bar bar(int index, double open, double high, double low, double close) {
        return new Bar(SPEC, index * MINUTE, (index + 1) * MINUTE, ticks(open), ticks(high), ticks(low),
                ticks(close), 1.0);
    }

    static long ticks(double price) {
        return SPEC.ticks(new BigDecimal(Double.toString(price)));
    }

    /** Runs the streaming engine and returns its snapshot after every bar: {@code [bar][feature]}. */
    static double[][] stream(List<Bar> bars, FeatureConfig cfg) {
        IncrementalFeatureEngine engine = new IncrementalFeatureEngine(cfg);
        FeatureVector v = new FeatureVector(bars.isEmpty() ? SPEC : bars.get(0).instrument());
        double[][] out = new double[bars.size()][];
        for (int i = 0; i < bars.size(); i++) {
            engine.onBar(bars.get(i), v);
            out[i] = v.snapshot();
        }
        return out;
    }
}
