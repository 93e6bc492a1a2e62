package io.trader.app.signals;

import com.sun.net.httpserver.HttpServer;
import io.prometheus.client.CollectorRegistry;
import io.trader.core.domain.InstrumentSpec;
import io.trader.signals.core.BacktestStats;
import io.trader.signals.core.KeyRing;
import io.trader.signals.core.Outcome;
import io.trader.signals.core.SignalConfig;
import io.trader.signals.core.SignalInputs;
import io.trader.signals.core.SignalPolicy;
import io.trader.signals.core.SignalSigner;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A webhook that keeps failing is retried the configured number of times, then counted as failed. */
class WebhooksTest {

    @Test
    void retriesThenGivesUpAndCountsIt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", x -> {
            calls.incrementAndGet();
            x.getRequestBody().readAllBytes();
            x.sendResponseHeaders(500, -1);
            x.close();
        });
        server.start();
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();
        CollectorRegistry registry = new CollectorRegistry();
        SignalMetrics metrics = new SignalMetrics(registry);
        try {
            Webhooks hooks = new Webhooks(List.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                    + "/h")), 2, thread, metrics);
            SignalInputs in = new SignalInputs(new InstrumentSpec("BTCUSDT", 2, 5), 1_764_835_200_000L, 3_600_000L,
                    6_000_000, 500, 0.01, 0.9, 0, List.of(), List.of(), List.of("a"), "e", BacktestStats.none("x"));
            Outcome.Emitted e = (Outcome.Emitted) new SignalPolicy(SignalConfig.defaults()).decide(in, List.of());
            SignalSigner signer = new SignalSigner(KeyRing.parse("k=" + Base64.getEncoder().encodeToString(
                    "0123456789abcdef0123456789abcdef".getBytes())));
            hooks.deliver(SignedSignal.sign(e.signal(), signer));
            long until = System.nanoTime() + 10_000_000_000L;
            while (registry.getSampleValue("trader_signals_webhook_deliveries_total", new String[]{"outcome"},
                    new String[]{"failed"}) == null && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertEquals(3, calls.get(), "the first POST and two retries (after 0.5 s and 1 s)");
            assertEquals(2.0, registry.getSampleValue("trader_signals_webhook_retries_total"));
            assertEquals(1.0, registry.getSampleValue("trader_signals_webhook_deliveries_total",
                    new String[]{"outcome"}, new String[]{"failed"}));
        } finally {
            thread.shutdownNow();
            server.stop(0);
        }
    }
}
