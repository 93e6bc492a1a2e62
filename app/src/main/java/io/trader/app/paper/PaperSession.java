package io.trader.app.paper;

import io.prometheus.client.CollectorRegistry;
import io.trader.app.config.TraderSettings;
import io.trader.app.engine.CompositeListener;
import io.trader.app.http.KillSwitchResult;
import io.trader.app.http.SessionControl;
import io.trader.app.http.Views;
import io.trader.app.run.SessionParts;
import io.trader.app.store.Checkpoint;
import io.trader.app.store.TradingStore;
import io.trader.core.market.Bar;
import io.trader.layer5.core.KillSwitchState;
import io.trader.monitoring.TradingMetrics;
import io.trader.app.models.PromotedModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A paper-trading session: the engine on its own thread over a bar source, state in the store, metrics,
 * and the controls the HTTP API uses. Restarting a session restores positions, open orders, equity and
 * the kill switch from the store and resumes after the last completed step.
 */
public final class PaperSession implements SessionControl {

    private static final Logger LOG = LoggerFactory.getLogger(PaperSession.class);
    private static final long PUBLISH_EVERY_MS = 200;
    private static final long CHECKPOINT_EVERY_MS = 1000;

    private static final long POLL_MS = 50;
    /** Longest an API call waits for the store to confirm a kill-switch change (or for its flatten). */
    static final Duration KILL_SWITCH_BOUND = Duration.ofSeconds(5);

    private final VenueBinding venue;
    private final VenueFlattens flattens;
    private final String session;
    private final String source;
    private final BarFeed feed;
    private final List<String> instruments;
    private final TradingStore store;
    private final TradingMetrics metrics;
    private final SessionParts parts;
    private final OrderBook orderBook = new OrderBook();
    private final ParentBook parentBook = new ParentBook();
    private final DurableKillSwitch killSwitch;
    private final Clock wallClock;
    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final long startedAt;
    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private volatile String state = "starting";
    private volatile boolean stopRequested;
    private Thread thread;
    private long lastPublish;
    private long lastCheckpoint;
    private long checkpointedVersion = -1;
    private long resumeAfter = Long.MIN_VALUE;
    /** Bars closing at or before this only warm up (the engine does not show them to the venue). */
    private long warmUntil = Long.MIN_VALUE;
    private final SessionModels models;
    private final StepBarrier barrier;
    private final SessionProducts products;

    public PaperSession(TraderSettings settings, String strategy, String session, BarFeed feed, TradingStore store,
                        Clock wallClock) {
        this(settings, strategy, session, feed, store, wallClock, null);
    }

    /**
     * @param venue a live venue, or null for the paper exchange
     */
    public PaperSession(TraderSettings settings, String strategy, String session, BarFeed feed, TradingStore store,
                        Clock wallClock, VenueBinding venue) {
        this(settings, strategy, session, feed, store, wallClock, venue, java.util.Map.of());
    }

    /**
     * @param venue a live venue, or null for the paper exchange
     * @param aux   a live feed's auxiliary data per symbol, replacing the files' ({@code trader.aux.dir})
     */
    public PaperSession(TraderSettings settings, String strategy, String session, BarFeed feed, TradingStore store,
                        Clock wallClock, VenueBinding venue,
                        java.util.Map<String, io.trader.core.port.MarketContextSource> aux) {
        this.venue = venue;
        this.session = session;
        this.source = feed.source();
        this.feed = feed;
        this.instruments = feed.instruments();
        this.store = store;
        this.wallClock = wallClock;
        this.startedAt = wallClock.millis();
        CollectorRegistry registry = new CollectorRegistry();
        TradingMetrics.registerJvmMetrics(registry);
        this.metrics = SessionMetrics.create(registry, venue, instruments);
        this.products = new SessionProducts(settings, strategy, session, store.dataSource(), registry, wallClock,
                this::staleFeeds);
        List<io.trader.core.port.TradingListener> listeners = new java.util.ArrayList<>(List.of(store, metrics,
                orderBook, parentBook, new BreakerLog(session)));
        listeners.addAll(products.listeners());
        CompositeListener listener = new CompositeListener(listeners);
        this.parts = venue == null
                ? SessionParts.paper(settings, strategy, instruments.size(), session, listener, commands::add, aux)
                : SessionParts.venue(settings, strategy, instruments.size(), session, listener, commands::add,
                l -> venue.create(l, commands::add), aux);
        this.models = new SessionModels(parts, registry, store, settings);
        if (products.signals != null) {
            products.signals.bind(parts.portfolio::positionLots, models::promoted);
        }
        this.barrier = new StepBarrier(instruments, settings.integer("trader.engine.step-timeout-ms"));
        if (venue != null) {
            venue.attach(parts);
        }
        if (venue != null && venue.drivesFlatten()) {
            parts.engine.letVenueDriveFlatten();
        }
        this.killSwitch = new DurableKillSwitch(parts.killSwitch, store.killSwitch(),
                new KillSwitchJournal(Path.of(settings.raw("trader.data-dir"))), wallClock, KILL_SWITCH_BOUND,
                metrics::setKillSwitchEngaged);
        this.flattens = new VenueFlattens(venue, parts, this::onEngineAsync, killSwitch::engageNow);
        restore();
    }

    private void restore() {
        killSwitch.restore();
        store.loadCheckpoint().ifPresent(c -> {
            long step = SessionRestore.apply(c, parts, venue, orderBook, metrics, feed, session, source);
            resumeAfter = step;
            warmUntil = Math.max(warmUntil, step);
        });
        if (venue != null) {
            SessionRestore.rememberSent(venue, parts, store); // sent after the last checkpoint
            reconcileWithVenue();
        }
        publish(true);
    }

    /**
     * Compares the session with its live venue (at start-up, and on the engine thread after a user-stream
     * reconnect). A halt it decides goes through the durable kill switch, so it survives a restart.
     */
    public void reconcileWithVenue() {
        venue.reconcile(parts, killSwitch::engageNow, SessionMetrics.reconciliations(metrics, parts));
        KillSwitchState k = parts.killSwitch.state();
        if (k.engaged() && k.flatten() && thread != null
                && parts.portfolio.positions().stream().anyMatch(p -> p.lots() != 0)) {
            flattens.start(k.reason()); // a position the venue still holds (e.g. an order that landed late)
        }
    }

    /** Runs a task on the engine thread, after what is queued (e.g. a reconciliation after a reconnect). */
    public void runOnEngine(Runnable task) {
        commands.add(task);
    }

    /**
     * Bars with close time at or before {@code time} (e.g. a live feed's history) only warm the models up:
     * no orders are decided on them. Call before {@link #start()}.
     */
    public void warmUpUntil(long time) {
        if (time > resumeAfter) {
            parts.engine.resumeAfter(time);
        }
        warmUntil = Math.max(warmUntil, time);
    }

    /** Starts the engine thread (and a live venue's flatten when the restored kill switch asks for one). */
    public void start() {
        models.start(); // promoted versions are loaded before the first bar
        thread = new Thread(this::runLoop, "engine-" + session);
        thread.setDaemon(false);
        thread.start();
        KillSwitchState k = parts.killSwitch.state();
        if (k.engaged() && k.flatten()) {
            flattens.start(k.reason());
        }
    }

    /** How the last venue-driven flatten ended, or null. */
    public FlattenReport lastFlatten() {
        return flattens.last();
    }

    /** The venue-driven flatten running or last run, or null. */
    public CompletableFuture<FlattenReport> venueFlatten() {
        return flattens.current();
    }

    private void runLoop() {
        state = "running";
        try {
            while (!stopRequested) {
                drainCommands();
                Bar bar = feed.poll(POLL_MS);
                if (bar == null) {
                    if (feed.exhausted()) {
                        break;
                    }
                    if (feed.live() && barrier.timedOut(wallClock.millis())) {
                        completeStep("barrier timed out"); // the missing instruments are stale this step
                    }
                    afterStep(false);
                    continue;
                }
                parts.clock.advanceTo(Math.max(parts.clock.millis(), bar.closeTime()));
                long t0 = System.nanoTime();
                if (parts.paper != null && bar.closeTime() <= warmUntil) {
                    parts.paper.warmUp(bar); // its volume prices later fills as if the session had not stopped
                }
                parts.engine.onBar(bar);
                boolean all = barrier.arrived(bar.instrument().symbol(), bar.closeTime(), wallClock.millis());
                if (feed.peekTime() != bar.closeTime() && (all || !feed.live())) {
                    completeStep(null);
                    metrics.onPipelineLatency(System.nanoTime() - t0);
                    afterStep(false);
                } else {
                    metrics.onPipelineLatency(System.nanoTime() - t0);
                }
            }
            parts.engine.completeStep();
            afterStep(true);
            state = stopRequested ? "stopped" : "finished";
            LOG.info("session '{}' {}: {} bars processed", session, state, parts.engine.barsProcessed());
            finished.complete(null);
            while (!stopRequested) {
                Runnable r = commands.poll(200, TimeUnit.MILLISECONDS);
                if (r != null) {
                    r.run();
                    afterStep(true);
                }
            }
            drainCommands();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = "stopped";
            finished.complete(null);
        } catch (RuntimeException e) {
            state = "failed: " + e.getMessage();
            LOG.error("engine stopped on an error; no further orders", e);
            killSwitch.engageNow("engine failure: " + e.getClass().getSimpleName());
            // the engine thread runs no event any more: the switch's alert is raised here
            products.notifications.onRiskEvent(new io.trader.core.event.RiskEvent.KillSwitchEngaged(
                    "engine failure: " + e.getClass().getSimpleName(), false, wallClock.millis()));
            finished.completeExceptionally(e);
        }
    }

    private void drainCommands() {
        Runnable r;
        while ((r = commands.poll()) != null) {
            r.run();
        }
    }

    /** Sizes the open step; with {@code why}, says which instruments were late. */
    private void completeStep(String why) {
        parts.engine.completeStep();
        java.util.List<String> missing = barrier.close();
        if (why != null && !missing.isEmpty()) {
            LOG.info("step {}: {}; sized without the bars of {} (stale: no order for them this step)",
                    java.time.Instant.ofEpochMilli(parts.engine.stepTime()), why, missing);
        }
    }

    /** After a step: publish a snapshot for the API and checkpoint when orders changed or time passed. */
    private void afterStep(boolean force) {
        long now = wallClock.millis();
        long version = orderBook.version();
        if (force || version != checkpointedVersion || now - lastCheckpoint >= CHECKPOINT_EVERY_MS) {
            long step = parts.engine.stepTime();
            if (step != Long.MIN_VALUE && (force || step > resumeAfter)) {
                checkpoint();
            }
            checkpointedVersion = version;
            lastCheckpoint = now;
        }
        publish(force || now - lastPublish >= PUBLISH_EVERY_MS);
    }

    private void checkpoint() {
        long step = Math.max(parts.engine.stepTime(), resumeAfter);
        store.checkpoint(new Checkpoint(session, step, parts.portfolio.cashCash(), parts.portfolio.realizedPnlCash(),
                parts.portfolio.feesCash(), parts.portfolio.peakEquityCash(), source, SessionViews.positionRows(parts),
                List.copyOf(parts.exchange.openOrders()), StateJson.write(parts.risk.breakerMemory(), "breaker memory"),
                StateJson.write(parts.engine.memory(), "engine memory")));
    }

    private void publish(boolean now) {
        if (!now) {
            return;
        }
        lastPublish = wallClock.millis();
        long step = parts.engine.stepTime();
        snapshot = Snapshot.of(parts.portfolio, orderBook.newestFirst(), parts.engine.barsProcessed(),
                step == Long.MIN_VALUE ? Math.max(0, resumeAfter) : step, parentBook.views());
        SessionMetrics.syncPositions(metrics, parts);
        models.publish();
    }

    /** Runs a task on the engine thread and waits for it (or runs it here when the engine is gone). */
    private void onEngine(Runnable task) {
        try {
            onEngineAsync(task).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.error("engine did not complete a command in 10 s", e);
        }
    }

    /** Queues a task for the engine thread (or runs it here when the engine is gone); completes when it ran. */
    private CompletableFuture<Void> onEngineAsync(Runnable task) {
        if (thread == null || !thread.isAlive()) {
            synchronized (this) {
                task.run();
                publish(true);
            }
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        commands.add(() -> {
            try {
                task.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Stops the engine after the current bar, checkpoints and waits for it. */
    public void stop() {
        stopRequested = true;
        flattens.cancel(); // a flatten still working stops with its session (a restart resumes it)
        if (thread != null) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (thread == null || !thread.isAlive()) {
            if (parts.engine.stepTime() != Long.MIN_VALUE) {
                checkpoint();
            }
        }
        killSwitch.close();
        products.close();
        models.close();
        store.flush();
    }

    /** The registry versions the session follows ({@code trader.zoo.models=promoted}, once started), else null. */
    public PromotedModels promotedModels() {
        return models.promoted();
    }

    /** Completes when all bars were processed (the session keeps serving until stopped). */
    public CompletableFuture<Void> finished() {
        return finished;
    }

    // ---- SessionControl (HTTP threads) ----

    @Override
    public Views.Status status() {
        Snapshot s = snapshot;
        KillSwitchState k = parts.killSwitch.state();
        List<String> breakers = parts.risk.breakerStates().stream().filter(b -> b.tripped())
                .map(b -> b.name()).toList();
        return new Views.Status(venue == null ? "paper" : "live", session, state,
                venue == null ? "paper" : venue.name(), instruments, s.barsProcessed(),
                s.lastBarTime() > 0 ? Instant.ofEpochMilli(s.lastBarTime()).toString() : null, s.equity(),
                SessionViews.killSwitch(k), parts.risk.halted(), breakers, Instant.ofEpochMilli(startedAt).toString(), source);
    }

    @Override
    public List<Views.Position> positions() {
        return snapshot.positions().stream().map(p -> p.withVenue(venueOf(p.instrument()))).toList();
    }

    @Override
    public List<Views.ParentOrder> parentOrders() {
        return snapshot.parents();
    }

    /**
     * Runs on the HTTP thread and never waits for the engine: the live orders come from the published snapshot,
     * the history from the store on a connection of its own.
     */
    @Override
    public List<Views.Order> orders(boolean openOnly, int limit) {
        return SessionViews.orders(snapshot.orders(), store, session, openOnly, limit, this::venueOf);
    }

    /** The venue an instrument trades on in this session ({@code paper} for the paper exchange). */
    public String venueOf(String symbol) {
        return venue == null ? "paper" : venue.venueOf(symbol);
    }

    @Override
    public Views.Pnl pnl() {
        return snapshot.pnl();
    }

    @Override
    public Views.KillSwitch killSwitch() {
        return SessionViews.killSwitch(parts.killSwitch.state());
    }

    @Override
    public KillSwitchResult engageKillSwitch(String reason, boolean flatten) {
        DurableKillSwitch.Outcome o = killSwitch.engage(reason, flatten, () -> onEngineAsync(
                () -> parts.engine.onKillSwitchEngaged(flatten, Math.max(parts.clock.millis(), 0))));
        if (flatten) {
            flattens.start(reason);
        }
        return new KillSwitchResult(SessionViews.killSwitch(o.state()), o.notDurable());
    }

    @Override
    public KillSwitchResult resetKillSwitch(String reason) {
        DurableKillSwitch.Outcome o = killSwitch.reset(reason);
        return new KillSwitchResult(SessionViews.killSwitch(o.state()), o.notDurable());
    }

    @Override
    public Views.Breakers breakers() {
        return SessionViews.breakers(parts.risk);
    }

    @Override
    public Views.Breakers resetBreakers(String reason) {
        onEngine(() -> parts.risk.resetBreakers(reason, wallClock.millis()));
        return breakers();
    }

    @Override
    public io.trader.app.http.PanelViews.Trading tradingState() {
        return SessionViews.trading(parts.risk.paused());
    }

    @Override
    public io.trader.app.http.PanelViews.Trading pause(String reason) {
        return SessionViews.trading(parts.risk.pause(reason, wallClock.millis()));
    }

    @Override
    public io.trader.app.http.PanelViews.Trading resume(String reason) {
        parts.risk.resume();
        return tradingState();
    }

    @Override
    public io.trader.app.http.PanelViews.Alphas alphas() {
        return products.panel.alphas();
    }

    @Override
    public List<io.trader.app.http.PanelViews.EquityPoint> equityHistory() {
        return products.panel.history();
    }

    @Override
    public String metrics() {
        return metrics.scrape();
    }

    @Override
    public Views.Health health() {
        String engine = state;
        boolean up = !engine.startsWith("failed");
        return new Views.Health(up ? "UP" : "DOWN", java.util.Map.of("engine", engine,
                "store_write_errors", Long.toString(store.writeErrors()),
                "kill_switch_store", killSwitch.unconfirmed() ? "unconfirmed" : "confirmed"));
    }

    /** The signal correlation matrix of this session's bars (and of trader.correlation.data-dir's files). */
    public io.trader.app.correlation.CorrelationService correlation() {
        return products.correlation;
    }

    /** The beans the HTTP API serves the session's products from (the correlation matrix, signals when on). */
    public List<Object> apiBeans() {
        return products.beans();
    }

    private java.util.Set<String> staleFeeds() {
        return parts == null ? java.util.Set.of() : parts.risk.staleFeeds();
    }

    @Override
    public io.trader.app.notify.NotificationService notifications() {
        return products.notifications;
    }

    /** The session's signals product, or null when {@code trader.signals.enabled} is false. */
    public io.trader.app.signals.SessionSignals signals() {
        return products.signals;
    }

    public SessionParts parts() {
        return parts;
    }

    /** The session's metrics, for the shell to report what happens outside the engine (feeds, file rejects). */
    public TradingMetrics tradingMetrics() {
        return metrics;
    }
}
