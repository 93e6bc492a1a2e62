package io.trader.app.signals;

import io.trader.notify.core.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * POSTs each signed signal to the configured URLs: body the signed JSON, headers {@code X-Signal-Key-Id},
 * {@code X-Signal-Signature} and {@code X-Signal-Id}; a non-2xx answer or a network error is retried after 0.5 s,
 * 1 s, 2 s, ... up to the configured retries, each counted. Logs name the webhook by its position, never its URL
 * (it may carry a token).
 */
final class Webhooks {

    static final String KEY_ID_HEADER = "X-Signal-Key-Id";
    static final String SIGNATURE_HEADER = "X-Signal-Signature";
    static final String ID_HEADER = "X-Signal-Id";
    private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);
    private static final long FIRST_BACKOFF_MS = 500;

    private final List<URI> urls;
    private final Backoff backoff;
    private final ScheduledExecutorService scheduler;
    private final SignalMetrics metrics;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Webhooks(List<URI> urls, int retries, ScheduledExecutorService scheduler, SignalMetrics metrics) {
        this.urls = List.copyOf(urls);
        // the notifications' retry schedule: 0.5 s doubling, never capped within the settings' 10 retries
        this.backoff = new Backoff(FIRST_BACKOFF_MS, FIRST_BACKOFF_MS << 10, retries, 0);
        this.scheduler = scheduler;
        this.metrics = metrics;
    }

    void deliver(SignedSignal s) {
        for (int i = 0; i < urls.size(); i++) {
            HttpRequest request = HttpRequest.newBuilder(urls.get(i)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header(KEY_ID_HEADER, s.keyId()).header(SIGNATURE_HEADER, s.signature())
                    .header(ID_HEADER, s.signal().signalId())
                    .POST(HttpRequest.BodyPublishers.ofString(s.json())).build();
            send(request, i + 1, s.signal().signalId(), 0);
        }
    }

    private void send(HttpRequest request, int webhook, String id, int attempt) {
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                metrics.webhookDeliveries.labels("ok").inc();
                return;
            }
            String why = error != null ? error.getClass().getSimpleName() : "HTTP " + response.statusCode();
            long delay = backoff.delayAfter(attempt + 1, -1);
            if (delay == Backoff.GIVE_UP || scheduler.isShutdown()) {
                metrics.webhookDeliveries.labels("failed").inc();
                LOG.warn("signal {}: webhook {} failed after {} attempts ({})", id, webhook, attempt + 1, why);
                return;
            }
            metrics.webhookRetries.inc();
            try {
                scheduler.schedule(() -> send(request, webhook, id, attempt + 1), delay, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                metrics.webhookDeliveries.labels("failed").inc();
            }
        });
    }
}
