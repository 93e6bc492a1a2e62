package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.signal.BookOutcome;
import io.trader.core.signal.BookSlot;
import io.trader.core.signal.BookStep;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The portfolio step's stale count, target weights and fallbacks, through the session's metrics listener. */
class BookMetricsTest {

    @Test
    void eachStepSetsTheStaleCountAndTheTargetWeightsAndCountsFallbacks() {
        CollectorRegistry registry = new CollectorRegistry();
        TradingMetrics metrics = new TradingMetrics(registry, "paper");
        BookStep step = new BookStep();
        InstrumentSpec btc = new InstrumentSpec("BTCUSDT", 2, 6);
        InstrumentSpec eth = new InstrumentSpec("ETHUSDT", 2, 6);
        BookSlot a = slot(0, btc, 50_000);
        BookSlot b = slot(1, eth, 2_000);
        step.add(a);
        step.add(b);
        a.decision().set(1_000_000, 0, 0, ""); // 1 BTC = 50,000
        b.decision().set(-5_000_000, 0, 0, "stale"); // -5 ETH = -10,000
        a.update(0, 0, true, 1);
        b.update(0, 0, false, 0);
        step.begin(1, 100_000 * Money.ONE);
        metrics.onBookSized(step, BookOutcome.ok("hrp", "OPTIMAL"));
        assertEquals(1.0, registry.getSampleValue("trader_book_stale_instruments"));
        assertEquals(0.5, registry.getSampleValue("trader_book_target_weight", new String[]{"instrument"},
                new String[]{"BTCUSDT"}), 1e-12);
        assertEquals(-0.1, registry.getSampleValue("trader_book_target_weight", new String[]{"instrument"},
                new String[]{"ETHUSDT"}), 1e-12);
        assertEquals(0.0, registry.getSampleValue("trader_book_sizing_fallbacks_total", new String[]{"method"},
                new String[]{"hrp"}), "exported at 0 before the first fallback");
        metrics.onBookSized(step, BookOutcome.fellBack("hrp", "INVALID_INPUT", "a variance is not positive"));
        assertEquals(1.0, registry.getSampleValue("trader_book_sizing_fallbacks_total", new String[]{"method"},
                new String[]{"hrp"}));
    }

    private static BookSlot slot(int i, InstrumentSpec spec, double close) {
        FeatureVector f = new FeatureVector(spec);
        f.set(Feature.CLOSE, close);
        return new BookSlot(i, spec, new Forecast(1), f, null, new SizingDecision());
    }
}
