package io.trader.app.venue.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trader as its own process ({@code Main live} in a child JVM on the fake venue): SIGKILL at the worst moments,
 * then a restart on the same data directory; audited over its HTTP API and its store like the in-process scenarios.
 */
@Tag("faults")
class FaultMatrixRestartTest {

    private static final String SESSION = "fmchild";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    @Test
    void sigkillWithAnOrderInFlightThenRestart(@TempDir Path dir) throws Exception {
        run("SIGKILL with an order in flight, restart", dir, (rig, data) -> {
            ChildTrader first = ChildTrader.start(data, rig.fake.baseUrl(), SESSION, logName(scenario(rig), 1));
            // a watcher kills the trader the moment the venue has applied its first order: the answer and the
            // fill messages are on their way, the trader has not seen them
            int before = orderActions(rig);
            int venueOrders = rig.sim.orders().size();
            Thread watcher = new Thread(() -> {
                while (rig.sim.orders().size() == venueOrders && first.process.isAlive()) {
                    java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                }
                first.process.destroyForcibly();
            });
            watcher.start();
            for (int i = 0; i < 120 && orderActions(rig) == before; i++) {
                rig.step();
            }
            watcher.join(5000);
            first.kill9();
            boolean inFlight = orderActions(rig) > before;
            rig.fake.delayResponses(Duration.ZERO);
            rig.steps(3);
            ChildTrader second = ChildTrader.start(data, rig.fake.baseUrl(), SESSION, logName(scenario(rig), 2));
            rig.stepUntilOrders(3, 40);
            return new Child(second, inFlight ? "killed with an order in flight" : "no order was sent in 60 bars");
        });
    }

    @Test
    void sigkillHoldingAPositionThenRestart(@TempDir Path dir) throws Exception {
        run("SIGKILL holding a position, restart", dir, (rig, data) -> {
            ChildTrader first = ChildTrader.start(data, rig.fake.baseUrl(), SESSION, logName(scenario(rig), 1));
            boolean held = rig.stepUntilPosition(60);
            rig.steps(1);
            first.kill9();
            rig.steps(3); // the market moves on while the trader is down
            ChildTrader second = ChildTrader.start(data, rig.fake.baseUrl(), SESSION, logName(scenario(rig), 2));
            rig.stepUntilOrders(3, 40);
            return new Child(second, held ? "killed holding " + rig.sim.position(FaultRig.COIN) : "no position");
        });
    }

    private static String scenario(FaultRig rig) {
        return rig.name;
    }

    private static String logName(String scenario, int run) {
        return scenario.replaceAll("[^A-Za-z0-9]+", "-") + "-run" + run + ".log";
    }

    private record Child(ChildTrader trader, String note) {
    }

    private interface Plan {
        Child run(FaultRig rig, Path dataDir) throws Exception;
    }

    private static int orderActions(FaultRig rig) {
        return (int) rig.sim.requests().stream().filter(FaultMatrixRestartTest::isOrder).count();
    }

    private static boolean isOrder(String body) {
        try {
            return "order".equals(JSON.readTree(body).path("action").path("type").asText());
        } catch (Exception e) {
            return false;
        }
    }

    private static void run(String scenario, Path dir, Plan plan) throws Exception {
        MatrixRow row;
        try (FaultRig rig = new FaultRig(scenario, dir.resolve("unused"), null, null, FaultRig.Options.defaults())) {
            Child child = plan.run(rig, dir.resolve("data"));
            try (ChildTrader trader = child.trader()) {
                row = finish(scenario, rig, trader, child.note());
            }
        }
        row.write();
        assertTrue(row.passed(), scenario + ": " + String.join("; ", row.failures()));
    }

    private static MatrixRow finish(String scenario, FaultRig rig, ChildTrader trader, String note) throws Exception {
        FaultMatrix.clearFaults(rig);
        rig.steps(5);
        FaultMatrix.quiesce(rig);
        Thread.sleep(600); // the API's snapshot is published every 200 ms
        List<String> halts = new ArrayList<>();
        JsonNode ks = trader.get("/api/v1/status").path("killSwitch");
        if (ks.path("engaged").asBoolean()) {
            halts.add("session halted itself: " + ks.path("reason").asText());
        }
        LocalView before = view(trader);
        FaultMatrix.markVenueAt(rig, before);
        MatrixRow pre = VenueAudit.audit(scenario, rig.sim, before, -1, "");
        long flatten = FaultMatrix.flatten(rig, () -> trader.post("/api/v1/kill-switch",
                "{\"reason\":\"fault matrix: flatten\",\"flatten\":true}"));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline && position(trader).signum() != 0) {
            Thread.sleep(50);
        }
        FaultMatrix.quiesce(rig);
        Thread.sleep(600);
        LocalView after = view(trader);
        FaultMatrix.markVenueAt(rig, after);
        MatrixRow post = VenueAudit.audit(scenario, rig.sim, after, flatten, "");
        return FaultMatrix.combine(scenario, halts, pre, post, flatten, note + ", venue order statuses "
                + FaultMatrix.venueStatuses(rig) + ", trader log " + trader.log);
    }

    private static BigDecimal position(ChildTrader trader) throws Exception {
        for (JsonNode p : trader.get("/api/v1/positions")) {
            if (FaultRig.COIN.equals(p.path("instrument").asText())) {
                return new BigDecimal(p.path("quantity").asText());
            }
        }
        return BigDecimal.ZERO;
    }

    private static LocalView view(ChildTrader trader) throws Exception {
        BigDecimal position = BigDecimal.ZERO;
        BigDecimal mark = BigDecimal.ZERO;
        for (JsonNode p : trader.get("/api/v1/positions")) {
            if (FaultRig.COIN.equals(p.path("instrument").asText())) {
                position = new BigDecimal(p.path("quantity").asText());
                mark = p.path("lastPrice").isNull() ? BigDecimal.ZERO : new BigDecimal(p.path("lastPrice").asText());
            }
        }
        BigDecimal equity = new BigDecimal(trader.get("/api/v1/status").path("equity").asText());
        List<LocalView.Order> orders = new ArrayList<>();
        for (JsonNode o : trader.get("/api/v1/orders?status=all&limit=1000")) {
            orders.add(new LocalView.Order(o.path("clientId").asText(), o.path("status").asText(),
                    o.path("reason").asText("")));
        }
        DataSource store = trader.store();
        return new LocalView(orders, LocalView.storedFills(store, SESSION), LocalView.storedStatuses(store, SESSION),
                position, equity, mark, LocalView.storedDetail(store, SESSION));
    }
}
