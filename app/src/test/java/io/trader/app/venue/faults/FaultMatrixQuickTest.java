package io.trader.app.venue.faults;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * The fast part of the fault matrix, in the default build: a live session on the fake venue under the most
 * common faults, each audited against the venue (see {@link VenueAudit}). The whole matrix: {@code -Pfaults}.
 */
@Tag("fault-matrix")
class FaultMatrixQuickTest {

    @TempDir
    static Path dir;

    private static FaultRig.Options market() {
        return FaultRig.Options.defaults();
    }

    @Test
    void noFaultsMarketOrders() throws Exception {
        FaultMatrix.run("no faults, market orders", dir, market(), rig -> rig.stepUntilOrders(6, 60), null);
    }

    @Test
    void lost5xxAfterApply() throws Exception {
        FaultMatrix.run("lost 500 after apply", dir, market(), rig -> {
            rig.stepUntilOrders(1, 30);
            for (int i = 0; i < 3; i++) {
                rig.sim.failAfterApply(1, 500);
                rig.stepUntilOrders(1, 30);
            }
        }, null);
    }

    @Test
    void rateLimited429BeforeApply() throws Exception {
        FaultMatrix.run("429 before apply", dir, market(), rig -> {
            rig.stepUntilOrders(1, 30);
            for (int i = 0; i < 3; i++) {
                rig.fake.failNextRequests(1, 429);
                rig.stepUntilOrders(1, 30);
            }
        }, null);
    }

    @Test
    void rejectStorm() throws Exception {
        FaultMatrix.run("reject storm", dir, market(), rig -> {
            rig.stepUntilOrders(1, 30);
            rig.sim.rejectNextOrders(6, "Insufficient margin to place order. asset=0");
            rig.stepUntilOrders(8, 80);
        }, null);
    }

    @Test
    void partialFills() throws Exception {
        FaultMatrix.run("partial fills", dir, market(), rig -> {
            rig.stepUntilOrders(1, 30);
            rig.sim.fillPartially(4, new BigDecimal("0.4"));
            rig.stepUntilOrders(6, 60);
        }, null);
    }

    @Test
    void streamDropOnAccept() throws Exception {
        FaultMatrix.run("stream drop on accept", dir, market(), rig -> {
            rig.stepUntilPosition(30);
            for (int i = 0; i < 2; i++) {
                rig.sim.dropStreamsOnNextAccept();
                rig.stepUntilOrders(1, 30);
                rig.steps(5);
            }
        }, null);
    }
}
