package io.trader.app.notify;

import io.prometheus.client.CollectorRegistry;
import io.trader.app.config.TraderSettings;
import io.trader.app.http.UserText;
import io.trader.core.event.RiskEvent;
import io.trader.core.port.TradingListener;
import io.trader.notify.channel.ChannelCounters;
import io.trader.notify.channel.ChannelWorker;
import io.trader.notify.core.Ack;
import io.trader.notify.core.Alert;
import io.trader.notify.core.AlertManager;
import io.trader.notify.core.AlertRecord;
import io.trader.notify.core.Outcome;
import io.trader.notify.core.Severity;
import io.trader.notify.core.Source;
import io.trader.smartmoney.core.WhaleAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A session's notifications: owns the {@link AlertManager} (its rules on the wall clock) and one delivery worker per
 * configured channel, and turns what the session sees into alerts: risk events (kill switch engage and reset, breaker
 * trips and clears, blocked orders, model drift, venue differences, price divergence), stale feeds (polled from the
 * risk engine: stale for {@link #STALE_HOLD_MS} before it is told), whale alerts ({@link #onWhaleAlert}) and signals
 * ({@link #signal}, {@link #signalPerformance}). Every alert goes to the history and the store; a ticker ends group
 * windows. Thread-safe; callers never wait on a channel.
 */
public final class NotificationService implements TradingListener, AutoCloseable {

    /** How long a feed stays stale before its alert (a feed starting up is briefly stale). */
    public static final long STALE_HOLD_MS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);
    private static final long TICK_MS = 250;

    private final AlertManager manager;
    private final Map<String, ChannelWorker> workers = new LinkedHashMap<>();
    private final AlertStore store;
    private final Clock clock;
    private final Supplier<Set<String>> staleFeeds;
    private final Map<String, Long> staleSince = new HashMap<>();
    private final Set<String> toldStale = new java.util.HashSet<>();
    private volatile long staleHoldMs = STALE_HOLD_MS;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "notify-tick");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param store      the alert store, or null to keep the history in memory only
     * @param staleFeeds the feeds the risk engine sees stale now (symbols, or {@code *} for all)
     */
    public NotificationService(NotifyConfig config, AlertStore store, Clock clock, Supplier<Set<String>> staleFeeds,
                               CollectorRegistry registry) {
        this.manager = new AlertManager(config.rules(), config.channels().stream()
                .map(r -> new AlertManager.Route(r.channel().name(), r.minSeverity())).toList());
        this.store = store;
        this.clock = clock;
        this.staleFeeds = staleFeeds;
        for (NotifyConfig.Route r : config.channels()) {
            workers.put(r.channel().name(), new ChannelWorker(r.channel(), config.backoff(), config.queueCapacity(),
                    null));
        }
        if (store != null) {
            store.recent(config.rules().historyCapacity()).forEach(manager::restore);
        }
        if (registry != null) {
            NotifyMetrics.register(registry, this);
        }
        ticker.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        LOG.info("notifications: {}", workers.isEmpty() ? "no channel configured (alerts kept in the history only)"
                : String.join(", ", config.channels().stream().map(r -> r.channel().describe() + " >= "
                + r.minSeverity()).toList()));
    }

    /** The session's service from its settings and the environment's secrets; {@code dataSource} may be null. */
    public static NotificationService open(TraderSettings settings, String session, DataSource dataSource,
                                           CollectorRegistry registry, Clock clock, Supplier<Set<String>> staleFeeds) {
        return new NotificationService(NotifyConfig.from(settings, System.getenv()),
                dataSource == null ? null : new AlertStore(dataSource, session), clock, staleFeeds, registry);
    }

    /** How long a feed must stay stale before its alert (tests shorten it). */
    void staleHold(long ms) {
        this.staleHoldMs = ms;
    }

    /** Takes one alert: decides, records, and queues its notifications. */
    public Outcome raise(Alert alert) {
        Outcome o;
        AlertRecord r;
        synchronized (this) {
            o = manager.submit(alert, clock.millis());
            r = o.kind() == Outcome.Kind.DUPLICATE_ID || o.kind() == Outcome.Kind.DEDUPLICATED ? null
                    : manager.record(alert.id());
        }
        if (r != null && store != null) {
            store.record(r);
        }
        send(o.dispatches());
        if (o.kind() == Outcome.Kind.NOTIFIED || LOG.isDebugEnabled()) {
            LOG.info("alert {} {} {}: {}", alert.severity(), alert.source(), o.kind(),
                    UserText.forLog(alert.title()));
        }
        return o;
    }

    @Override
    public void onRiskEvent(RiskEvent event) {
        Alert a = AlertFactory.of(event);
        if (a != null) {
            raise(a);
        }
    }

    /** A whale alert of smart money (any thread). */
    public void onWhaleAlert(WhaleAlert alert) {
        raise(AlertFactory.whale(alert));
    }

    /**
     * A trading signal was emitted (for the signals product to call).
     *
     * @param signalId the signal's id (one alert per signal)
     * @param fields   e.g. side, entry, stop, confidence; money as exact decimal strings
     */
    public Outcome signal(String signalId, String pair, Severity severity, String title, String text,
                          Map<String, String> fields, long time) {
        return raise(new Alert(AlertFactory.newId(), time, Source.SIGNAL, severity, "signal:" + signalId,
                "signal:" + pair, title, text, fields));
    }

    /**
     * The signals' live performance fell behind their backtest (for the signals product to call).
     *
     * @param key what fell behind, e.g. {@code hit-rate:BTC}; the same key is sent once per dedup window
     */
    public Outcome signalPerformance(String key, Severity severity, String title, String text,
                                     Map<String, String> fields, long time) {
        return raise(new Alert(AlertFactory.newId(), time, Source.SIGNAL_PERFORMANCE, severity,
                "signal-performance:" + key, "signal-performance", title, text, fields));
    }

    /** Acknowledges an alert by id (stored too). */
    public Ack acknowledge(String id) {
        Ack a;
        synchronized (this) {
            a = manager.acknowledge(id, clock.millis());
        }
        if (a.kind() == Ack.Kind.ACKNOWLEDGED && store != null) {
            store.ack(id, a.record().ackedAt());
        }
        return a;
    }

    /** The history, newest first, that {@code filter} keeps, at most {@code limit}. */
    public synchronized List<AlertRecord> history(Predicate<AlertRecord> filter, int limit) {
        return manager.history().stream().filter(filter).limit(limit).toList();
    }

    public synchronized Map<Outcome.Kind, Long> outcomeCounts() {
        return manager.counts();
    }

    synchronized long[] managerCounts() {
        return new long[]{manager.summaries(), manager.rateLimitedDispatches()};
    }

    /** Each channel's delivery counters, by channel name. */
    public Map<String, ChannelCounters> channelCounters() {
        Map<String, ChannelCounters> out = new LinkedHashMap<>();
        workers.forEach((name, w) -> out.put(name, w.counters()));
        return out;
    }

    long storeWriteErrors() {
        return store == null ? 0 : store.writeErrors();
    }

    private void send(List<Outcome.Dispatch> dispatches) {
        for (Outcome.Dispatch d : dispatches) {
            ChannelWorker w = workers.get(d.channel());
            if (w != null) {
                w.offer(d.notification());
            }
        }
    }

    private void tick() {
        try {
            long now = clock.millis();
            List<Outcome.Dispatch> due;
            synchronized (this) {
                due = manager.tick(now);
            }
            send(due);
            checkFeeds(now);
        } catch (RuntimeException e) {
            LOG.warn("notification tick failed: {}", e.toString());
        }
    }

    private void checkFeeds(long now) {
        Set<String> stale = staleFeeds == null ? Set.of() : Set.copyOf(staleFeeds.get());
        for (String f : stale) {
            long since = staleSince.computeIfAbsent(f, k -> now);
            if (now - since >= staleHoldMs && toldStale.add(f)) {
                raise(AlertFactory.feed(f, true, now));
            }
        }
        staleSince.keySet().removeIf(f -> !stale.contains(f));
        for (String f : List.copyOf(toldStale)) {
            if (!stale.contains(f)) {
                toldStale.remove(f);
                raise(AlertFactory.feed(f, false, now));
            }
        }
    }

    /** Stops the ticker, lets each channel deliver what is queued (bounded), and flushes the store. */
    @Override
    public void close() {
        ticker.shutdownNow();
        workers.values().forEach(w -> w.close(5_000));
        if (store != null) {
            store.close();
        }
    }
}
