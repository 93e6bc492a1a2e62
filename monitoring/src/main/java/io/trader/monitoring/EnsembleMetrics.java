package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * Metrics of the meta-learning ensemble that the listener port does not carry, on the session's registry beside
 * {@link TradingMetrics} (which exports the forecast's {@code trader_forecast_probability} and
 * {@code trader_ensemble_regime} per instrument from every forecast):
 * <ul>
 *   <li>{@code trader_ensemble_drift_events_total{instrument,subject,action}}: concept-drift findings by what
 *       drifted ({@code subject}: an alpha id, {@code ensemble} or a feature name) and what the ensemble did
 *       about it ({@code action}: {@code down_weight}, {@code suspend}, {@code restore}, {@code retrain},
 *       {@code warn}).</li>
 * </ul>
 * Rare events: a call may allocate. Following the monitoring failure policy a call never throws. One instance
 * per registry.
 */
public final class EnsembleMetrics {

    static final String SUBJECT = "subject";
    static final String ACTION = "action";
    private static final Logger LOG = LoggerFactory.getLogger(EnsembleMetrics.class);

    private final Counter driftEvents;

    public EnsembleMetrics(CollectorRegistry registry) {
        driftEvents = Counter.build().name("trader_ensemble_drift_events_total")
                .help("Concept-drift findings of the ensemble by what drifted (an alpha, the ensemble, a feature) "
                        + "and what was done (down_weight, suspend, restore, retrain, warn)")
                .labelNames(MetricFamilies.INSTRUMENT, SUBJECT, ACTION).withoutExemplars().register(registry);
    }

    /**
     * Counts one drift finding. {@code action} is taken in lower case ({@code DOWN_WEIGHT} counts as
     * {@code down_weight}); a null or blank label counts as {@code unknown}.
     */
    public void driftEvent(String instrument, String subject, String action) {
        try {
            driftEvents.labels(label(instrument), label(subject), label(action).toLowerCase(Locale.ROOT)).inc();
        } catch (RuntimeException e) {
            LOG.warn("metrics could not record a drift event of {} on {} ({}); skipped", subject, instrument,
                    action, e); // a metric never reaches the engine
        }
    }

    private static String label(String value) {
        return value == null || value.isBlank() ? "unknown" : value;
    }
}
