package io.trader.app.paper;

import io.trader.app.http.PanelViews;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.event.EquityPoint;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The panel's feed: the equity curve stays at most {@link PanelFeed#CAPACITY} points, evenly thinned, first and
 * latest points kept; the alpha state copies the reused holders (later changes to them do not show) with
 * non-finite numbers as null.
 */
class PanelFeedTest {

    private static EquityPoint point(long t) {
        return new EquityPoint(t * 3_600_000L, 100_000_000_000L + t, 0, t, 0, 0, 0, 0, 0.0);
    }

    @Test
    void theCurveIsThinnedEvenlyAndKeepsTheLatestPoint() {
        PanelFeed feed = new PanelFeed();
        int n = 5000;
        for (long t = 0; t < n; t++) {
            feed.onEquity(point(t));
        }
        List<PanelViews.EquityPoint> h = feed.history();
        assertTrue(h.size() <= PanelFeed.CAPACITY + 1 && h.size() > PanelFeed.CAPACITY / 4, "points: " + h.size());
        assertEquals("1970-01-01T00:00:00Z", h.get(0).time());
        assertEquals(point(n - 1).time(), java.time.Instant.parse(h.get(h.size() - 1).time()).toEpochMilli());
        long step = java.time.Instant.parse(h.get(1).time()).toEpochMilli() - java.time.Instant.parse(h.get(0).time())
                .toEpochMilli();
        for (int i = 2; i < h.size() - 1; i++) {
            assertEquals(step, java.time.Instant.parse(h.get(i).time()).toEpochMilli()
                    - java.time.Instant.parse(h.get(i - 1).time()).toEpochMilli(), "even spacing at " + i);
        }
        assertEquals("1000.00004999", h.get(h.size() - 1).equity(), "exact money as a decimal string");
    }

    @Test
    void theAlphaStateIsACopyWithNonFiniteNumbersAsNull() {
        PanelFeed feed = new PanelFeed();
        FeatureVector features = new FeatureVector(new InstrumentSpec("BTCUSDT", 2, 6));
        features.stamp(7_200_000L, 2);
        AlphaOutput a = new AlphaOutput();
        a.set(0.5, 0.8);
        AlphaOutput b = new AlphaOutput();
        b.set(-0.25, 0.4);
        Forecast f = new Forecast(2);
        f.set(0.3, 0.001, 0.7);
        f.weights()[0] = 0.6;
        f.weights()[1] = Double.NaN;
        f.contributions()[0] = 0.3;
        f.contributions()[1] = -0.1;
        SizingDecision sizing = new SizingDecision();
        sizing.set(42, 0.1, 0.05, "kelly");
        feed.onSignals(features, List.of("mom", "rev"), new AlphaOutput[]{a, b}, f, sizing);
        a.set(1, 1); // the engine reuses its holders
        PanelViews.Forecast got = feed.alphas().instruments().get(0);
        assertEquals("BTCUSDT", got.instrument());
        assertEquals("1970-01-01T02:00:00Z", got.time());
        assertNull(got.probability(), "not calibrated");
        assertEquals(42, got.targetLots());
        assertEquals(new PanelViews.Alpha("mom", 0.5, 0.8, 0.6, 0.3), got.alphas().get(0));
        assertEquals(new PanelViews.Alpha("rev", -0.25, 0.4, null, -0.1), got.alphas().get(1));
    }
}
