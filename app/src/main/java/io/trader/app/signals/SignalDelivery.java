package io.trader.app.signals;

import io.trader.signals.core.PerformanceView;
import io.trader.signals.core.Resolution;
import io.trader.signals.core.SignalPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The signals' delivery thread: each emitted signal is signed, then goes to the store, then as one line to the append-only JSONL
 * file, then to the webhooks and the listeners; each resolution to the store and the listeners, with the
 * performance alert when it starts or stops holding. A failing sink is logged and counted and does not stop the
 * others.
 */
final class SignalDelivery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SignalDelivery.class);

    private final SignalStore store;
    private final Path file;
    private final SignalMetrics metrics;
    private final List<SignalListener> listeners;
    private final ScheduledExecutorService thread;
    private final Webhooks webhooks;
    private boolean alerting;

    SignalDelivery(SignalSettings settings, SignalStore store, SignalMetrics metrics, List<SignalListener> listeners) {
        this.store = store;
        this.file = settings.file();
        this.metrics = metrics;
        this.listeners = listeners;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "signals-delivery");
            t.setDaemon(true);
            return t;
        });
        this.webhooks = new Webhooks(settings.webhooks(), settings.webhookRetries(), thread, metrics);
    }

    /**
     * At start, on the caller's thread: the latest signal per pair, the pairs' cooldowns and the signals still open
     * (followed again from the next bar) from the store.
     */
    void restore(Map<String, String> latest, SignalPolicy policy, io.trader.signals.core.SignalPerformance open) {
        try {
            store.latest().forEach((pair, row) -> {
                latest.put(pair, row.payload());
                Object time = ((Map<?, ?>) JsonTrees.parse(row.payload())).get("timestamp");
                policy.rememberEmitted(pair, java.time.Instant.parse((String) time).toEpochMilli());
            });
            for (String text : store.open()) {
                io.trader.signals.core.Signal s = io.trader.signals.core.Signal.restore((Map<?, ?>) JsonTrees.parse(text));
                open.track(s, new io.trader.core.domain.InstrumentSpec(s.pair(), s.entry().scale(), 0));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("signals: the stored signals cannot be read ({}); cooldowns and open signals start afresh", e.toString());
        }
    }

    /** Signs {@code signal}, makes it the pair's latest, then delivers it, all on the delivery thread. */
    void emitted(io.trader.signals.core.Signal signal, io.trader.signals.core.SignalSigner signer,
                 java.util.function.Consumer<SignedSignal> latest) {
        submit(() -> {
            SignedSignal s = SignedSignal.sign(signal, signer);
            latest.accept(s);
            try {
                store.insert(s);
            } catch (SQLException | RuntimeException e) {
                metrics.deliveryErrors.labels("store").inc();
                LOG.warn("signal {} not stored: {}", s.signal().signalId(), e.getMessage());
            }
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(file, s.json() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            } catch (IOException | RuntimeException e) {
                metrics.deliveryErrors.labels("file").inc();
                LOG.warn("signal {} not appended to {}: {}", s.signal().signalId(), file, e.toString());
            }
            webhooks.deliver(s);
            tell(l -> l.onSignal(s));
            LOG.info("signal {} {} {} at {} (confidence {})", s.signal().signalId(), s.signal().side().wire(),
                    s.signal().pair(), s.signal().entry(), String.format(java.util.Locale.ROOT, "%.4f",
                            s.signal().confidence()));
        });
    }

    void resolved(List<Resolution> done, PerformanceView view) {
        submit(() -> {
            for (Resolution r : done) {
                metrics.resolved.labels(r.exits().get(r.exits().size() - 1).reason().name()
                        .toLowerCase(java.util.Locale.ROOT)).inc();
                try {
                    store.resolve(r);
                } catch (SQLException | RuntimeException e) {
                    metrics.deliveryErrors.labels("store").inc();
                    LOG.warn("signal {} outcome not stored: {}", r.signalId(), e.getMessage());
                }
                tell(l -> l.onResolved(r));
            }
            if (view.alert() != alerting) {
                alerting = view.alert();
                if (alerting) {
                    LOG.warn("signal performance alert: {}", view.alertReason());
                    tell(l -> l.onPerformanceAlert(view));
                } else {
                    tell(l -> l.onPerformanceRecovered(view));
                }
            }
        });
    }

    private void tell(java.util.function.Consumer<SignalListener> call) {
        for (SignalListener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                metrics.deliveryErrors.labels("listener").inc();
                LOG.warn("a signal listener failed: {}", e.toString());
            }
        }
    }

    private void submit(Runnable task) {
        try {
            thread.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            metrics.deliveryErrors.labels("stopped").inc();
        }
    }

    boolean drain(long ms) {
        try {
            thread.submit(() -> { }).get(ms, TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
