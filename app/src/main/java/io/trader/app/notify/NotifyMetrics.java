package io.trader.app.notify;

import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.CounterMetricFamily;
import io.prometheus.client.GaugeMetricFamily;
import io.trader.notify.channel.ChannelCounters;
import io.trader.notify.core.Outcome;
import io.trader.notify.core.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The notifications' Prometheus metrics on the session's registry (its {@code /metrics}), read at scrape time:
 * {@code trader_notify_alerts_total{outcome}} (every outcome from 0), {@code trader_notify_delivered_total},
 * {@code trader_notify_attempts_failed_total}, {@code trader_notify_given_up_total},
 * {@code trader_notify_queue_dropped_total} and {@code trader_notify_queued} per {@code channel},
 * {@code trader_notify_summaries_total} (group summaries sent), {@code trader_notify_rate_limited_total}
 * (notifications a channel did not get because of a rate limit), {@code trader_notify_unacked{severity}} (alerts in the
 * history not acknowledged) and {@code trader_notify_store_write_errors_total}.
 */
final class NotifyMetrics extends Collector {

    private final NotificationService service;

    private NotifyMetrics(NotificationService service) {
        this.service = service;
    }

    static void register(CollectorRegistry registry, NotificationService service) {
        registry.register(new NotifyMetrics(service));
    }

    @Override
    public List<MetricFamilySamples> collect() {
        List<MetricFamilySamples> out = new ArrayList<>();
        CounterMetricFamily alerts = new CounterMetricFamily("trader_notify_alerts_total",
                "alerts the alert manager took, by what it did with them", List.of("outcome"));
        Map<Outcome.Kind, Long> counts = service.outcomeCounts();
        for (Outcome.Kind k : Outcome.Kind.values()) {
            alerts.addMetric(List.of(k.name().toLowerCase(Locale.ROOT)), counts.getOrDefault(k, 0L));
        }
        out.add(alerts);
        List<String> channel = List.of("channel");
        CounterMetricFamily delivered = new CounterMetricFamily("trader_notify_delivered_total",
                "notifications the channel's endpoint accepted", channel);
        CounterMetricFamily failed = new CounterMetricFamily("trader_notify_attempts_failed_total",
                "delivery attempts that failed (each failed retry counts)", channel);
        CounterMetricFamily givenUp = new CounterMetricFamily("trader_notify_given_up_total",
                "notifications dropped after their last retry or on a failure a retry would not fix", channel);
        CounterMetricFamily dropped = new CounterMetricFamily("trader_notify_queue_dropped_total",
                "notifications dropped because the channel's queue was full", channel);
        GaugeMetricFamily queued = new GaugeMetricFamily("trader_notify_queued",
                "notifications waiting for the channel", channel);
        for (Map.Entry<String, ChannelCounters> e : service.channelCounters().entrySet()) {
            List<String> l = List.of(e.getKey());
            ChannelCounters c = e.getValue();
            delivered.addMetric(l, c.delivered());
            failed.addMetric(l, c.attemptsFailed());
            givenUp.addMetric(l, c.givenUp());
            dropped.addMetric(l, c.queueDropped());
            queued.addMetric(l, c.queued());
        }
        out.addAll(List.of(delivered, failed, givenUp, dropped, queued));
        long[] m = service.managerCounts();
        out.add(new CounterMetricFamily("trader_notify_summaries_total", "group summaries sent", m[0]));
        out.add(new CounterMetricFamily("trader_notify_rate_limited_total",
                "notifications a channel did not get because of a rate limit", m[1]));
        GaugeMetricFamily unacked = new GaugeMetricFamily("trader_notify_unacked",
                "alerts in the history not acknowledged", List.of("severity"));
        for (Severity s : Severity.values()) {
            unacked.addMetric(List.of(s.name().toLowerCase(Locale.ROOT)), service.history(
                    r -> !r.acked() && r.alert().severity() == s, Integer.MAX_VALUE).size());
        }
        out.add(unacked);
        out.add(new CounterMetricFamily("trader_notify_store_write_errors_total",
                "alert history writes that failed", service.storeWriteErrors()));
        return out;
    }
}
