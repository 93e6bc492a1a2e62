package io.trader.app.venue;

import io.trader.app.paper.FlattenReport;
import io.trader.app.run.SessionParts;
import io.trader.core.domain.OrderState;
import io.trader.core.port.ExchangePort;
import io.trader.core.venue.ReconciliationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The kill switch's flatten on a live venue (or on every venue of a multi-venue session, through its router), as a loop that finishes: each round cancels every open order, re-reads
 * the venue through a reconciliation (so fills that happened meanwhile, e.g. a resting order that filled while its
 * cancel was being retried, are in the books), stops when the venue reports no position in the traded instruments
 * and no open order, and otherwise sends reduce-only IOC orders for what the venue holds, within a slippage cap that
 * widens every round ({@link #CAPS_BPS}). A flat venue is read once more after {@link #CONFIRM_MS} before the flatten
 * ends (its latency is the time to the first flat read). When the deadline passes first, the report says exactly
 * what is left.
 * Runs on its own thread; every session change happens on the engine thread.
 */
final class LiveFlatten {

    private static final Logger LOG = LoggerFactory.getLogger(LiveFlatten.class);
    /** Slippage cap of each round's orders, bps from the last price; the last one repeats. */
    static final double[] CAPS_BPS = {50, 100, 200, 400, 800, 1500};
    private static final long SETTLE_MS = 2_000;
    /** Pause before a flat venue is read again to confirm it. */
    static final long CONFIRM_MS = 1_000;

    private final SessionParts parts;
    private final Supplier<? extends ExchangePort> exchange;
    private final Function<Consumer<String>, ReconciliationResult> reconcile;
    private final Function<Runnable, CompletableFuture<Void>> onEngine;
    private final Consumer<String> halt;
    private final long deadlineMs;

    LiveFlatten(SessionParts parts, Supplier<? extends ExchangePort> exchange,
                Function<Consumer<String>, ReconciliationResult> reconcile,
                Function<Runnable, CompletableFuture<Void>> onEngine, Consumer<String> halt, long deadlineMs) {
        this.parts = parts;
        this.exchange = exchange;
        this.reconcile = reconcile;
        this.onEngine = onEngine;
        this.halt = halt;
        this.deadlineMs = deadlineMs;
    }

    CompletableFuture<FlattenReport> start(String reason) {
        CompletableFuture<FlattenReport> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                done.complete(run(reason, done));
            } catch (Throwable e) {
                if (!done.isDone()) { // not stopped with its session
                    LOG.error("kill-switch flatten failed", e);
                    done.completeExceptionally(e);
                }
            }
        }, "flatten");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** Runs until flat, the deadline, or {@code done} is completed or cancelled from outside (session stopped). */
    private FlattenReport run(String reason, CompletableFuture<FlattenReport> done) throws Exception {
        long t0 = System.nanoTime();
        List<String> left = List.of("nothing read from the venue yet");
        long flatAt = -1;
        int sendRounds = 0;
        for (int round = 0; ; round++) {
            if (done.isDone()) {
                return null;
            }
            ExchangePort ex = exchange.get();
            ex.cancelAll("kill switch flatten: " + reason);
            waitFor(() -> ex.openOrders().isEmpty(), SETTLE_MS);
            ReconciliationResult[] r = new ReconciliationResult[1];
            onEngine.apply(() -> r[0] = reconcile.apply(halt)).get(90, TimeUnit.SECONDS);
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            if (r[0] != null) {
                left = left(r[0]);
                if (left.isEmpty() && flatAt >= 0) {
                    LOG.info("kill-switch flatten: the venue is flat with no open order after {} ms ({} round(s) of"
                            + " orders), confirmed {} ms later", flatAt, sendRounds, elapsed - flatAt);
                    return new FlattenReport(true, round + 1, flatAt, List.of());
                }
                if (left.isEmpty()) {
                    // flat: confirm once after a pause, so an order still on its way cannot land unseen
                    flatAt = elapsed;
                    Thread.sleep(CONFIRM_MS);
                    continue;
                }
                flatAt = -1;
            }
            if (elapsed >= deadlineMs) {
                return new FlattenReport(false, round + 1, elapsed, left);
            }
            double cap = CAPS_BPS[Math.min(sendRounds, CAPS_BPS.length - 1)];
            sendRounds++;
            LOG.warn("kill-switch flatten round {}: {} left; sending reduce-only orders within {} bps", sendRounds,
                    left, cap);
            Map<String, Long> marks = r[0] == null || r[0].margin() == null ? Map.of() : r[0].margin().markTicks();
            onEngine.apply(() -> {
                priceUnpriced(marks);
                parts.engine.flattenAt(cap, Math.max(parts.clock.millis(), 0));
            }).get(30, TimeUnit.SECONDS);
            Thread.sleep(50);
            waitFor(() -> ex.openOrders().isEmpty(), SETTLE_MS);
        }
    }

    /**
     * Marks a position the session has no price for yet (no bar processed since the start, e.g. a kill switch right
     * after start-up) at the venue's mark from the reconciliation just read, so its flatten is a limit order within
     * the cap rather than a market order (which some venues, OKX through XChange, cannot send). Engine thread.
     */
    private void priceUnpriced(Map<String, Long> marks) {
        for (var p : parts.portfolio.positions()) {
            Long mark = marks.get(p.instrument().symbol());
            if (p.lots() != 0 && parts.portfolio.lastPriceTicks(p.instrument()) <= 0 && mark != null && mark > 0) {
                parts.portfolio.mark(p.instrument(), mark);
            }
        }
    }

    private static List<String> left(ReconciliationResult r) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Long> p : new java.util.TreeMap<>(r.positions()).entrySet()) {
            if (p.getValue() != 0) {
                out.add("position " + p.getKey() + " " + p.getValue() + " lots");
            }
        }
        for (OrderState o : r.openOrders()) {
            out.add("open order " + o.clientId() + " (" + o.request().side() + " " + o.remainingLots() + " lots of "
                    + o.request().instrument().symbol() + ", venue id " + o.venueOrderId() + ")");
        }
        return out;
    }

    private static void waitFor(BooleanSupplier condition, long ms) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }
}
