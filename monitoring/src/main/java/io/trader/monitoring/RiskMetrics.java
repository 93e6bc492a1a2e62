package io.trader.monitoring;

import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskEvent;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Risk events by kind, the gate's rejections by reason, the kill switch, the breakers and each asset's
 * feed-divergence halt. Events arrive on the engine thread; the restored-state setters may run before it starts.
 */
final class RiskMetrics {

    private final MetricFamilies m;
    private final VenueFamilies v;
    private final EnsembleMetrics ensemble;
    private final Map<String, Gauge.Child> breakers = new ConcurrentHashMap<>();
    private final Map<String, Gauge.Child> assets = new ConcurrentHashMap<>();
    private final Counter.Child[] rejectionsByCode = new Counter.Child[RiskCode.values().length];

    RiskMetrics(MetricFamilies m, VenueFamilies v, EnsembleMetrics ensemble, List<String> kinds,
                List<String> breakerNames) {
        this.m = m;
        this.v = v;
        this.ensemble = ensemble;
        for (RiskCode code : RiskCode.values()) {
            rejectionsByCode[code.ordinal()] = m.riskRejections.labels(code.label());
        }
        kinds.forEach(m.riskEvents::labels);
        m.killSwitch.set(0);
        breakerNames.forEach(b -> breaker(b, false));
    }

    void event(RiskEvent event) {
        m.riskEvents.labels(event.kind()).inc();
        if (event instanceof RiskEvent.OrderBlocked blocked) {
            rejectionsByCode[blocked.code().ordinal()].inc();
        } else if (event instanceof RiskEvent.KillSwitchEngaged) {
            killSwitch(true);
        } else if (event instanceof RiskEvent.KillSwitchReset) {
            killSwitch(false);
        } else if (event instanceof RiskEvent.BreakerTripped tripped) {
            breaker(tripped.breaker(), true);
        } else if (event instanceof RiskEvent.BreakerCleared cleared) {
            breaker(cleared.breaker(), false);
        } else if (event instanceof RiskEvent.ModelDrift drift) {
            ensemble.driftEvent(drift.symbol(), drift.subject(), drift.action());
        } else if (event instanceof RiskEvent.FeedDivergenceHalted halted) {
            asset(halted.asset()).set(1);
        } else if (event instanceof RiskEvent.FeedDivergenceResumed resumed) {
            asset(resumed.asset()).set(0);
        }
    }

    void killSwitch(boolean engaged) {
        m.killSwitch.set(engaged ? 1 : 0);
    }

    void breaker(String breaker, boolean tripped) {
        if (breaker == null || breaker.isBlank()) {
            throw new IllegalArgumentException("breaker must not be blank");
        }
        breakers.computeIfAbsent(breaker, m.breakerTripped::labels).set(tripped ? 1 : 0);
    }

    /** The halt gauge of {@code asset}, at 0 when first asked for. */
    Gauge.Child asset(String asset) {
        return assets.computeIfAbsent(asset, v.divergenceHalted::labels);
    }
}
