package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;

/**
 * Metrics of the trained models a session runs from the model registry, on the session's registry beside
 * {@link TradingMetrics}:
 * <ul>
 *   <li>{@code trader_model_version{alpha,status}}: the registry version number in use ({@code status}
 *       {@code promoted}: traded, {@code shadow}: scored only); 0 when the alpha has none;</li>
 *   <li>{@code trader_model_refused_total{alpha}}: versions refused (missing, corrupt or unreadable file,
 *       other feature schema); the session kept the version it had;</li>
 *   <li>{@code trader_alpha_live_ic{instrument,alpha,status}} and {@code trader_alpha_live_hit_rate{...}}:
 *       the out-of-sample information coefficient (score vs realised triple-barrier return) and hit rate
 *       (score sign vs label) over the last resolved labels of the version in use, NaN until enough
 *       labels resolved; {@code trader_alpha_live_resolved{...}} how many labels that window holds.</li>
 * </ul>
 * Unlike {@code trader_alpha_information_coefficient} (every alpha, next-bar return, exponentially
 * weighted), these judge a trained alpha on the labels it was trained to predict.
 */
public final class ModelMetrics {

    static final String STATUS = "status";

    private final Gauge version;
    private final Counter refused;
    private final Gauge liveIc;
    private final Gauge liveHitRate;
    private final Gauge liveResolved;

    public ModelMetrics(CollectorRegistry registry) {
        version = Gauge.build().name("trader_model_version")
                .help("Registry version of the alpha's model in use (0: none)")
                .labelNames(MetricFamilies.ALPHA, STATUS).register(registry);
        refused = Counter.build().name("trader_model_refused_total")
                .help("Model versions refused (missing, corrupt or unreadable file, other feature schema); "
                        + "the previous version stays in use")
                .labelNames(MetricFamilies.ALPHA).withoutExemplars().register(registry);
        liveIc = Gauge.build().name("trader_alpha_live_ic")
                .help("Out-of-sample information coefficient of a trained alpha over its last resolved labels "
                        + "(score vs realised barrier return; NaN until 20 labels)")
                .labelNames(MetricFamilies.INSTRUMENT, MetricFamilies.ALPHA, STATUS).register(registry);
        liveHitRate = Gauge.build().name("trader_alpha_live_hit_rate")
                .help("Out-of-sample hit rate of a trained alpha over its last resolved labels "
                        + "(score sign vs label; NaN until 20 bets)")
                .labelNames(MetricFamilies.INSTRUMENT, MetricFamilies.ALPHA, STATUS).register(registry);
        liveResolved = Gauge.build().name("trader_alpha_live_resolved")
                .help("Resolved labels in the live IC and hit-rate window of a trained alpha")
                .labelNames(MetricFamilies.INSTRUMENT, MetricFamilies.ALPHA, STATUS).register(registry);
    }

    /** The version in use, 0 for none. */
    public void setVersion(String alpha, String status, int v) {
        version.labels(alpha, status).set(v);
    }

    public void refused(String alpha) {
        refused.labels(alpha).inc();
    }

    public void setLiveSkill(String instrument, String alpha, String status, double ic, double hitRate,
                             int resolved) {
        liveIc.labels(instrument, alpha, status).set(ic);
        liveHitRate.labels(instrument, alpha, status).set(hitRate);
        liveResolved.labels(instrument, alpha, status).set(resolved);
    }
}
