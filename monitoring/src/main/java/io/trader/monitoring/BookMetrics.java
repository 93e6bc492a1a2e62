package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;
import io.trader.core.domain.Money;
import io.trader.core.signal.BookOutcome;
import io.trader.core.signal.BookSlot;
import io.trader.core.signal.BookStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Metrics of the portfolio step, on the session's registry beside {@link TradingMetrics}:
 * <ul>
 *   <li>{@code trader_book_stale_instruments}: instruments sized without their bar at the last step (a live
 *       feed's barrier timed out, or the instrument had no bar at that time);</li>
 *   <li>{@code trader_book_target_weight{instrument}}: each instrument's target position at the last step as a
 *       signed fraction of equity (at its last close);</li>
 *   <li>{@code trader_book_sizing_fallbacks_total{method}}: steps at which the sizing method failed and the
 *       previous targets were kept (each is also a {@code sizing_fallback} risk event).</li>
 * </ul>
 * Following the monitoring failure policy a call never throws. One instance per registry.
 */
public final class BookMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(BookMetrics.class);

    private final Gauge stale;
    private final Gauge weight;
    private final Counter fallbacks;

    public BookMetrics(CollectorRegistry registry) {
        stale = Gauge.build().name("trader_book_stale_instruments")
                .help("Instruments sized without their bar at the last portfolio step (late or not trading)")
                .register(registry);
        weight = Gauge.build().name("trader_book_target_weight")
                .help("Target position at the last portfolio step, signed fraction of equity")
                .labelNames(MetricFamilies.INSTRUMENT).register(registry);
        fallbacks = Counter.build().name("trader_book_sizing_fallbacks_total")
                .help("Portfolio steps at which the sizing method failed and the previous targets were kept")
                .labelNames("method").withoutExemplars().register(registry);
    }

    public void onBookSized(BookStep step, BookOutcome outcome) {
        try {
            stale.set(step.staleCount());
            double equity = Money.toDouble(step.equityCash());
            for (BookSlot s : step.slots()) {
                double close = s.features().get(io.trader.core.signal.Feature.CLOSE);
                double notional = s.decision().targetLots() / (double) s.spec().lotsPerUnit() * close;
                weight.labels(s.spec().symbol()).set(equity > 0 && Double.isFinite(notional) ? notional / equity : 0);
            }
            Counter.Child f = fallbacks.labels(outcome.method()); // exported at 0 from the first step on
            if (outcome.fallback()) {
                f.inc();
            }
        } catch (RuntimeException e) {
            LOG.warn("metrics could not record the portfolio step at {}; skipped", step.time(), e);
        }
    }
}
