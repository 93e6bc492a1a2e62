package io.trader.app.venue.faults;

import io.trader.fake.hyperliquid.SimulatedOrderView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The rest of the fault matrix (in-process sessions): run with {@code ./mvnw -pl app -am verify -Pfaults}.
 * Each scenario ends with the audit and a kill switch with flatten ({@link FaultMatrix#finish}).
 */
@Tag("faults")
class FaultMatrixFullTest {

    @TempDir
    static Path dir;

    private static FaultRig.Options market() {
        return FaultRig.Options.defaults();
    }

    private static FaultRig.Options limit() {
        return FaultRig.Options.defaults().with("trader.engine.order-type", "limit");
    }

    @Test
    void noFaultsLimitOrders() throws Exception {
        FaultMatrix.run("no faults, limit orders", dir, limit(), rig -> rig.stepUntilOrders(6, 60), null);
    }

    @Test
    void limitOrdersOffTheTickGrid() throws Exception {
        // 7 bps below ~30,090 is ~30,068.9: six significant figures unless the limit price is rounded as the
        // venue requires (5 significant figures)
        FaultMatrix.run("limit orders, 7 bps offset (venue price rounding)", dir,
                limit().with("trader.engine.limit-offset-bps", "7"), rig -> rig.stepUntilOrders(6, 60), null);
    }

    @Test
    void timeoutAfterApply() throws Exception {
        FaultMatrix.run("timeout after apply", dir, market().config(c -> c.withTimeouts(300, 150)), rig -> {
            rig.stepUntilOrders(1, 30);
            for (int i = 0; i < 2; i++) {
                rig.fake.delayResponses(Duration.ofMillis(1500));
                rig.stepUntilOrders(1, 30);
                Thread.sleep(1600);
                rig.fake.delayResponses(Duration.ZERO);
                rig.steps(3);
            }
        }, null);
    }

    @Test
    void serviceUnavailable503BeforeApply() throws Exception {
        FaultMatrix.run("503 before apply", dir, market(), rig -> {
            rig.stepUntilOrders(1, 30);
            for (int i = 0; i < 3; i++) {
                rig.fake.failNextRequests(1, 503);
                rig.stepUntilOrders(1, 30);
            }
        }, null);
    }

    @Test
    void rateLimitStorm() throws Exception {
        FaultMatrix.run("429 storm", dir, market(), rig -> {
            rig.stepUntilOrders(1, 30);
            for (int i = 0; i < 3; i++) {
                rig.fake.failNextRequests(10, 429);
                rig.stepUntilOrders(1, 30);
            }
        }, null);
    }

    @Test
    void serviceUnavailableStorm() throws Exception {
        FaultMatrix.run("503 storm", dir, market(), rig -> {
            rig.stepUntilOrders(1, 30);
            for (int i = 0; i < 3; i++) {
                rig.fake.failNextRequests(10, 503);
                rig.stepUntilOrders(1, 30);
            }
        }, null);
    }

    @Test
    void lostAnswersAfterApplyStorm() throws Exception {
        FaultMatrix.run("502/504 after apply storm", dir, market(), rig -> {
            rig.stepUntilOrders(1, 30);
            rig.sim.failAfterApply(3, 502);
            rig.stepUntilOrders(3, 40);
            rig.sim.failAfterApply(3, 504);
            rig.stepUntilOrders(3, 40);
        }, null);
    }

    @Test
    void partialFillsOfLimitOrders() throws Exception {
        FaultMatrix.run("partial fills, limit orders", dir, limit(), rig -> {
            rig.stepUntilOrders(1, 30);
            rig.sim.fillPartially(4, new BigDecimal("0.3"));
            rig.stepUntilOrders(6, 60);
        }, null);
    }

    @Test
    void streamDropMidOrder() throws Exception {
        FaultMatrix.run("stream drop mid-order", dir, limit(), rig -> {
            for (int i = 0; i < 2; i++) {
                stepUntilOpenOrder(rig, 40);
                rig.fake.rejectConnections(4);
                rig.fake.dropConnections();
                rig.steps(6); // resting orders fill while the streams are down
                rig.steps(6);
            }
        }, null);
    }

    @Test
    void randomStreamDrops() throws Exception {
        FaultMatrix.run("random stream drops", dir, market(), rig -> {
            java.util.SplittableRandom r = new java.util.SplittableRandom(8);
            for (int i = 0; i < 5; i++) {
                rig.fake.dropConnectionsAfter(3 + r.nextInt(10));
                rig.stepUntilOrders(1, 20);
                rig.steps(2);
            }
        }, null);
    }

    @Test
    void venueClockAhead() throws Exception {
        FaultMatrix.run("venue clock 2 h ahead", dir, market().clockOffset(Duration.ofHours(2).toMillis()),
                rig -> rig.stepUntilOrders(6, 60), null);
    }

    @Test
    void venueClockBehind() throws Exception {
        FaultMatrix.run("venue clock 6 h behind", dir, limit().clockOffset(-Duration.ofHours(6).toMillis()),
                rig -> rig.stepUntilOrders(6, 60), null);
    }

    @Test
    void staleFeed() throws Exception {
        FaultMatrix.run("stale feed (10 s silent, pings unanswered)", dir, market(), rig -> {
            rig.stepUntilPosition(30);
            rig.fake.answerPings(false);
            Thread.sleep(10_000); // no candle, no book, no pong
            rig.fake.answerPings(true);
            rig.stepUntilOrders(4, 40);
        }, null);
    }

    @Test
    void databaseUnavailableForAWhile() throws Exception {
        FaultMatrix.run("database paused 8 s", dir, market(), rig -> {
            rig.stepUntilOrders(2, 30);
            PostgresPause pause = PostgresPause.stop(rig.pgDir);
            try {
                long end = System.nanoTime() + Duration.ofSeconds(8).toNanos();
                while (System.nanoTime() < end) {
                    rig.step();
                }
            } finally {
                pause.resume();
            }
            rig.stepUntilOrders(4, 40);
        }, null);
    }

    @Test
    void restartWithOpenOrdersAndPosition() throws Exception {
        FaultMatrix.run("restart with open orders and a position", dir, limit(), rig -> {
            stepUntilPositionAndOpenOrder(rig, 80);
            rig.stopSession();
            rig.steps(3); // the venue moves on (and may fill the resting order) while the trader is down
            rig.startSession();
            rig.stepUntilOrders(4, 40);
        }, null);
    }

    @Test
    void flattenWithPartialFills() throws Exception {
        FaultMatrix.run("kill switch flatten, partial fills", dir, market(), rig -> rig.stepUntilPosition(30),
                rig -> rig.sim.fillPartially(3, new BigDecimal("0.3")));
    }

    @Test
    void flattenWith429BurstsWhileARestingOrderFills() throws Exception {
        FaultMatrix.run("kill switch flatten, 429 bursts, resting order fills", dir, limit(),
                rig -> stepUntilPositionAndOpenOrder(rig, 80), rig -> {
                    List<SimulatedOrderView> open = rig.sim.openOrders();
                    rig.fake.failNextRequests(6, 429);
                    Thread filler = new Thread(() -> {
                        try {
                            Thread.sleep(30);
                            for (SimulatedOrderView o : open) {
                                rig.sim.fillResting(o.cloid(), o.size());
                            }
                        } catch (InterruptedException | IllegalArgumentException e) {
                            // already cancelled or filled: nothing to fill
                        }
                    });
                    filler.start();
                });
    }

    @Test
    void flattenWith503Bursts() throws Exception {
        FaultMatrix.run("kill switch flatten, 503 bursts", dir, market(), rig -> rig.stepUntilPosition(30),
                rig -> rig.fake.failNextRequests(8, 503));
    }

    @Test
    void flattenWithLostAnswers() throws Exception {
        FaultMatrix.run("kill switch flatten, lost 500 after apply", dir, market(),
                rig -> rig.stepUntilPosition(30), rig -> rig.sim.failAfterApply(2, 500));
    }

    private static void stepUntilOpenOrder(FaultRig rig, int maxBars) throws InterruptedException {
        for (int i = 0; i < maxBars && rig.sim.openOrders().isEmpty(); i++) {
            rig.step();
        }
    }

    private static void stepUntilPositionAndOpenOrder(FaultRig rig, int maxBars) throws InterruptedException {
        for (int i = 0; i < maxBars && (rig.sim.openOrders().isEmpty()
                || rig.sim.position(FaultRig.COIN).signum() == 0); i++) {
            rig.step();
        }
    }
}
