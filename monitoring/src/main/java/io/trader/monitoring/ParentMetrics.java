package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;
import io.prometheus.client.Histogram;
import io.trader.core.exec.ParentOrder;
import io.trader.core.exec.ParentReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Execution-quality metrics of parent orders, on the session's registry beside {@link TradingMetrics}:
 * <ul>
 *   <li>{@code trader_parent_orders_total{algorithm,status}}: parents ended DONE, CANCELLED or EXPIRED;</li>
 *   <li>{@code trader_parent_orders_working}: parents being worked now;</li>
 *   <li>{@code trader_exec_shortfall_ratio{algorithm}}: cost of each parent's average fill vs its arrival price
 *       as a ratio (1e-4 = 1 bp, positive = cost), a histogram;</li>
 *   <li>{@code trader_exec_vs_twap_ratio{algorithm}}: cost vs the TWAP of the prices at its decisions;</li>
 *   <li>{@code trader_exec_participation{algorithm}}: the last parent's filled quantity over the market volume
 *       traded during its life.</li>
 * </ul>
 * Following the monitoring failure policy a call never throws. One instance per registry.
 */
public final class ParentMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(ParentMetrics.class);
    /** Buckets in ratio units: -50 bps .. +100 bps. */
    private static final double[] RATIO = {-50e-4, -20e-4, -10e-4, -5e-4, -2e-4, 0, 2e-4, 5e-4, 10e-4, 20e-4, 50e-4, 100e-4};

    private final Counter ended;
    private final Gauge working;
    private final Histogram shortfall;
    private final Histogram vsTwap;
    private final Gauge participation;

    public ParentMetrics(CollectorRegistry registry) {
        ended = Counter.build().name("trader_parent_orders_total").help("Parent orders ended, by algorithm and status")
                .labelNames("algorithm", "status").withoutExemplars().register(registry);
        working = Gauge.build().name("trader_parent_orders_working").help("Parent orders being worked")
                .register(registry);
        shortfall = Histogram.build().name("trader_exec_shortfall_ratio")
                .help("Parent order average fill vs arrival price, (fill - arrival) / arrival signed so that positive = cost")
                .buckets(RATIO)
                .labelNames("algorithm").withoutExemplars().register(registry);
        vsTwap = Histogram.build().name("trader_exec_vs_twap_ratio")
                .help("Parent order average fill vs the TWAP of its decision prices, a ratio (positive = cost)")
                .buckets(RATIO).labelNames("algorithm").withoutExemplars().register(registry);
        participation = Gauge.build().name("trader_exec_participation")
                .help("Last parent order's filled quantity over the market volume during its life")
                .labelNames("algorithm").register(registry);
    }

    public void onParentOrder(ParentOrder parent) {
        try {
            working.inc();
        } catch (RuntimeException e) {
            LOG.warn("metrics could not record parent {}; skipped", parent.parentId(), e);
        }
    }

    public void onParentDone(ParentReport r) {
        try {
            String algo = r.parent().algorithm();
            working.dec();
            ended.labels(algo, r.status().name()).inc();
            if (Double.isFinite(r.shortfallBps())) {
                shortfall.labels(algo).observe(r.shortfallBps() / 10_000.0);
            }
            if (Double.isFinite(r.vsTwapBps())) {
                vsTwap.labels(algo).observe(r.vsTwapBps() / 10_000.0);
            }
            if (Double.isFinite(r.participation())) {
                participation.labels(algo).set(r.participation());
            }
        } catch (RuntimeException e) {
            LOG.warn("metrics could not record the end of parent {}; skipped", r.parent().parentId(), e);
        }
    }
}
