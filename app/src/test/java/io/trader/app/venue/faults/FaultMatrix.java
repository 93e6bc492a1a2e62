package io.trader.app.venue.faults;

import io.trader.app.http.Views;
import io.trader.app.paper.PaperSession;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.layer5.core.KillSwitchState;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs one in-process scenario: a live session trading on the fake venue (the 10/30 SMA cross over
 * {@link PricePath}: an order about every 3 bars, market or limit by setting), the scenario's fault plan, then the
 * same ending for all: faults off, a few quiet bars, an audit, the kill switch with flatten (with the scenario's
 * faults around it, if any), a second audit; one row of the matrix; the test fails when any invariant fails.
 */
final class FaultMatrix {

    /** What a scenario does to the venue while the session trades. */
    interface Plan {
        void run(FaultRig rig) throws Exception;
    }

    /** Faults to arm just before the kill switch is engaged (e.g. a 429 burst), may be {@code null}. */
    interface FlattenFaults {
        void arm(FaultRig rig) throws Exception;
    }

    /** Engages the kill switch with flatten. */
    interface Engage {
        void run() throws Exception;
    }

    static final Duration FLATTEN_DEADLINE = Duration.ofSeconds(30);

    private FaultMatrix() {
    }

    /** Runs a scenario on its own store (a fresh embedded PostgreSQL) and data directory. */
    static MatrixRow run(String scenario, Path dir, FaultRig.Options options, Plan plan,
                         FlattenFaults flattenFaults) throws Exception {
        MatrixRow row;
        Path home = dir.resolve("scenario-" + Integer.toHexString(scenario.hashCode()));
        try (Database db = Database.open(StoreConfig.embedded(home.resolve("pg")));
             FaultRig rig = new FaultRig(scenario, home.resolve("data"), home.resolve("pg"), db, options)) {
            rig.startSession();
            plan.run(rig);
            row = finish(scenario, rig, flattenFaults);
        }
        row.write();
        assertTrue(row.passed(), scenario + ": " + String.join("; ", row.failures()));
        return row;
    }

    /** The common ending of a scenario whose session is running. */
    static MatrixRow finish(String scenario, FaultRig rig, FlattenFaults flattenFaults) throws Exception {
        clearFaults(rig);
        rig.steps(5);
        quiesce(rig);
        converge(rig);
        List<String> notes = new ArrayList<>();
        KillSwitchState early = rig.live.parts().killSwitch.state();
        List<String> haltFailures = new ArrayList<>();
        if (early.engaged()) {
            haltFailures.add("session halted itself: " + early.reason());
        }
        LocalView before = localView(rig);
        markVenueAt(rig, before);
        MatrixRow pre = VenueAudit.audit(scenario, rig.sim, before, -1, "");
        if (flattenFaults != null) {
            flattenFaults.arm(rig);
        }
        long flatten = flatten(rig, () -> rig.live.engageKillSwitch("fault matrix: flatten", true));
        clearFaults(rig);
        awaitLocalFlat(rig);
        quiesce(rig);
        LocalView after = localView(rig);
        markVenueAt(rig, after);
        MatrixRow post = VenueAudit.audit(scenario, rig.sim, after, flatten, "");
        notes.add("venue requests " + rig.sim.requests().size());
        notes.add("venue order statuses " + venueStatuses(rig));
        return combine(scenario, haltFailures, pre, post, flatten, String.join(", ", notes));
    }

    /**
     * Waits (up to 20 s) until the session has caught up with the venue after the faults: no order of unknown fate
     * or still on its way, its position equals the venue's and it holds as many fills, i.e. the streams reconnected,
     * the reconciliation ran and every lost answer was settled. The audit then
     * checks that what it converged to is exact; a session that never converges fails it.
     */
    static void converge(FaultRig rig) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            long venue = rig.sim.position(FaultRig.COIN).movePointRight(rig.btc.qtyScale()).longValue();
            boolean settled = rig.live.parts().exchange.openOrders().stream().noneMatch(o ->
                    o.status() == io.trader.core.domain.OrderStatus.UNKNOWN
                            || o.status() == io.trader.core.domain.OrderStatus.NEW);
            if (settled && rig.live.parts().portfolio.positionLots(rig.btc) == venue
                    && rig.live.parts().engine.appliedFills().recent().size() >= rig.sim.fills().size()) {
                return;
            }
            Thread.sleep(50);
        }
    }

    /** One row from the audits before and after the flatten: counts and equity after, position before. */
    static MatrixRow combine(String scenario, List<String> haltFailures, MatrixRow pre, MatrixRow post, long flatten,
                             String notes) {
        List<String> failures = new ArrayList<>(haltFailures);
        pre.failures().forEach(f -> failures.add("before flatten: " + f));
        post.failures().forEach(f -> failures.add("after flatten: " + f));
        return new MatrixRow(scenario, post.venueOrders(), post.localOrders(), post.rejected(), post.venueFills(),
                post.localFills(), pre.localPosition(), pre.venuePosition(), post.localEquity(), post.venueEquity(),
                flatten, failures, notes);
    }

    static java.util.Map<String, Long> venueStatuses(FaultRig rig) {
        return rig.sim.orders().stream().collect(java.util.stream.Collectors.groupingBy(o -> o.status(),
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    /** The venue's mid at the session's last mark, so account value and equity value the position alike. */
    static void markVenueAt(FaultRig rig, LocalView local) {
        if (local.markPrice().signum() > 0) {
            rig.fake.market().setMid(FaultRig.COIN, local.markPrice());
        }
    }

    static void clearFaults(FaultRig rig) {
        rig.fake.delayResponses(Duration.ZERO);
        rig.fake.failNextRequests(0, 500);
        rig.fake.rejectConnections(0);
        rig.fake.dropConnectionsAfter(0);
        rig.fake.answerPings(true);
        rig.sim.failAfterApply(0, 500);
        rig.sim.fillPartially(0, BigDecimal.ONE);
    }

    /** Waits (up to 5 s) until the venue's order and fill counts stop moving for half a second. */
    static void quiesce(FaultRig rig) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int orders = -1;
        int fills = -1;
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int o = rig.sim.orders().size();
            int f = rig.sim.fills().size();
            if (o != orders || f != fills) {
                orders = o;
                fills = f;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince > Duration.ofMillis(500).toNanos()) {
                break;
            }
            Thread.sleep(20);
        }
        if (rig.store != null && rig.live != null) {
            rig.store.flush();
        }
    }

    /**
     * Engages the kill switch with flatten and polls until the venue is flat with no open orders, a candle every
     * 250 ms meanwhile; the latency from the engage call to the first flat observation, or {@code Long.MAX_VALUE}
     * after {@link #FLATTEN_DEADLINE}.
     */
    static long flatten(FaultRig rig, Engage engage) throws Exception {
        long t0 = System.nanoTime();
        engage.run();
        long lastCandle = System.nanoTime();
        while (System.nanoTime() - t0 < FLATTEN_DEADLINE.toNanos()) {
            if (rig.sim.position(FaultRig.COIN).signum() == 0 && rig.sim.openOrders().isEmpty()) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            }
            if (System.nanoTime() - lastCandle > Duration.ofMillis(250).toNanos()) {
                long saved = rig.stepMillis;
                rig.stepMillis = 0;
                rig.step();
                rig.stepMillis = saved;
                lastCandle = System.nanoTime();
            }
            Thread.sleep(5);
        }
        return Long.MAX_VALUE;
    }

    private static void awaitLocalFlat(FaultRig rig) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline && rig.live.parts().portfolio.positionLots(rig.btc) != 0) {
            Thread.sleep(20);
        }
    }

    /** The session's view, its portfolio read on the engine thread (directly if the engine does not answer). */
    static LocalView localView(FaultRig rig) {
        PaperSession live = rig.live;
        CompletableFuture<long[]> f = new CompletableFuture<>();
        live.runOnEngine(() -> f.complete(portfolio(rig)));
        long[] p;
        try {
            p = f.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            p = portfolio(rig);
        }
        List<LocalView.Order> orders = new ArrayList<>();
        try {
            for (Views.Order o : live.orders(false, 1000)) {
                orders.add(new LocalView.Order(o.clientId(), o.status(), o.reason()));
            }
        } catch (RuntimeException e) {
            orders.addAll(LocalView.storedOrders(rig.db.dataSource(), rig.sessionName()));
        }
        return new LocalView(orders, LocalView.storedFills(rig.db.dataSource(), rig.sessionName()),
                LocalView.storedStatuses(rig.db.dataSource(), rig.sessionName()),
                BigDecimal.valueOf(p[0], rig.btc.qtyScale()), BigDecimal.valueOf(p[1], 8),
                BigDecimal.valueOf(p[2], rig.btc.priceScale()),
                LocalView.storedDetail(rig.db.dataSource(), rig.sessionName()));
    }

    private static long[] portfolio(FaultRig rig) {
        var pf = rig.live.parts().portfolio;
        return new long[]{pf.positionLots(rig.btc), pf.equityCash(), pf.lastPriceTicks(rig.btc)};
    }
}
