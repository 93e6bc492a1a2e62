package io.trader.app.signals;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;
import io.trader.signals.core.Outcome;
import io.trader.signals.core.PerformanceView;

/** The signals' metrics ({@code trader_signals_*}) on the session's registry. */
final class SignalMetrics {

    final Counter decisions;
    final Counter webhookDeliveries;
    final Counter webhookRetries;
    final Counter deliveryErrors;
    final Counter resolved;
    final Gauge open;
    final Gauge hitRate;
    final Gauge sharpe;
    final Gauge alert;

    SignalMetrics(CollectorRegistry registry) {
        decisions = Counter.build("trader_signals_decisions_total",
                "Signal policy outcomes per pair and bar (emitted, or why not)").labelNames("outcome")
                .register(registry);
        webhookDeliveries = Counter.build("trader_signals_webhook_deliveries_total",
                "Signal webhook deliveries by result (ok: a 2xx; failed: no 2xx after every retry)")
                .labelNames("outcome").register(registry);
        webhookRetries = Counter.build("trader_signals_webhook_retries_total",
                "Signal webhook POSTs sent again after a failure").register(registry);
        deliveryErrors = Counter.build("trader_signals_delivery_errors_total",
                "Signals that could not be written to a sink (store, file) or handed to a listener")
                .labelNames("kind").register(registry);
        resolved = Counter.build("trader_signals_resolved_total",
                "Followed signals that ended, by how the last share closed").labelNames("reason").register(registry);
        open = Gauge.build("trader_signals_open", "Signals open (not yet resolved)").register(registry);
        hitRate = Gauge.build("trader_signals_live_hit_rate",
                "Share of winning signals in the rolling window (NaN before one resolved)").register(registry);
        sharpe = Gauge.build("trader_signals_live_sharpe",
                "Per-trade Sharpe of the window's R multiples (NaN below two)").register(registry);
        alert = Gauge.build("trader_signals_performance_alert",
                "1 while live performance is the configured share below the backtest's").register(registry);
        for (Outcome.Kind k : Outcome.Kind.values()) {
            decisions.labels(label(k));
        }
        hitRate.set(Double.NaN);
        sharpe.set(Double.NaN);
    }

    static String label(Outcome.Kind k) {
        return k.name().toLowerCase(java.util.Locale.ROOT);
    }

    void performance(PerformanceView v) {
        open.set(v.open());
        hitRate.set(v.hitRate());
        sharpe.set(v.sharpe());
        alert.set(v.alert() ? 1 : 0);
    }
}
