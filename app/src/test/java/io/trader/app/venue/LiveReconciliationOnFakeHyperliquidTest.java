package io.trader.app.venue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.app.paper.FlattenReport;
import io.trader.app.paper.PaperSession;
import io.trader.app.store.OrderRow;
import io.trader.fake.hyperliquid.SimulatedExchange;
import io.trader.venue.hyperliquid.data.FeedState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static io.trader.app.venue.LiveOnFake.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A live session on the fake Hyperliquid holding a position: reconciliations after user-stream reconnects find
 * the session equal to the venue and do not halt; a kill-switch flatten whose fill is lost in a stream drop still
 * ends flat, with the sale credited exactly once (the session's equity moved exactly as the venue's account value),
 * every order closed in the session and the store.
 */
class LiveReconciliationOnFakeHyperliquidTest {

    @Test
    void reconnectsConvergeAndAFillLostInADropIsCreditedOnce(@TempDir Path dir) throws Exception {
        try (LiveOnFake f = new LiveOnFake(dir, "live", dir.resolve("data"))) {
            PaperSession live = f.live;
            SimulatedExchange sim = f.sim;
            BigDecimal venueStart = accountValue(sim);
            int[] reconnectReconciles = new int[1];
            long historyEnd = f.md.start(live.parts().risk, 100, f.hl.user(), f.hl.userListener(), status -> {
                if (status.state() == FeedState.LIVE && (status.stream().startsWith("orderUpdates")
                        || status.stream().startsWith("userFills"))) {
                    live.runOnEngine(() -> {
                        live.reconcileWithVenue();
                        reconnectReconciles[0]++;
                    });
                }
            });
            live.warmUpUntil(historyEnd);
            live.start();
            f.tradeUntilPosition();
            waitFor(() -> f.venueLots() == live.parts().portfolio.positionLots(f.btc),
                    "the session's position equals the venue's");

            // a reconnect with a position held: the reconciliation finds the two equal and does not halt
            int before = reconnectReconciles[0];
            f.fake.dropConnections();
            waitFor(() -> reconnectReconciles[0] > before, "a reconciliation after the reconnect");
            assertFalse(live.parts().killSwitch.state().engaged(),
                    "no halt for a position the venue and the session agree on: " + live.parts().killSwitch
                            .state().reason());
            waitFor(() -> f.venueLots() == live.parts().portfolio.positionLots(f.btc),
                    "still equal after the reconnect (the strategy may have traded meanwhile)");

            // the kill switch's flatten fills while the user streams are down: the fill is recovered, once
            sim.dropStreamsOnNextAccept();
            live.engageKillSwitch("test halt", true);
            waitFor(() -> live.venueFlatten() != null, "the venue flatten started");
            FlattenReport report = live.venueFlatten().get(60, TimeUnit.SECONDS);
            assertTrue(report.flat(), "flat: " + report);
            assertEquals(0, sim.position("BTC").signum(), "the venue is flat");
            assertTrue(sim.openOrders().isEmpty(), "no order open at the venue");
            waitFor(() -> live.parts().portfolio.positionLots(f.btc) == 0, "the session is flat");
            BigDecimal movedVenue = accountValue(sim).subtract(venueStart);
            BigDecimal movedLocal = BigDecimal.valueOf(live.parts().portfolio.equityCash(), 8)
                    .subtract(new BigDecimal("1000"));
            assertTrue(movedLocal.subtract(movedVenue).abs().compareTo(new BigDecimal("0.01")) <= 0,
                    "the session's equity moved " + movedLocal + ", the venue's account value " + movedVenue);
            assertTrue(movedVenue.signum() != 0, "fees were paid at the venue");
            assertTrue(live.parts().exchange.openOrders().isEmpty(), "no order open in the session");
            assertEquals(0, live.parts().portfolio.openOrderLots(f.btc));
            f.store.flush();
            for (OrderRow o : f.store.recentOrders(100)) {
                assertTrue(o.status().isTerminal(), "stored order " + o.clientId() + " is " + o.status());
            }
        }
    }

    static BigDecimal accountValue(SimulatedExchange sim) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String state = sim.answerInfo(json.readTree("{\"type\":\"clearinghouseState\",\"user\":\""
                + LiveOnFake.ACCOUNT + "\"}")).orElseThrow();
        return new BigDecimal(json.readTree(state).path("marginSummary").path("accountValue").asText());
    }
}
