package io.trader.app.venue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.trader.app.venue.LiveOnFake.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The full pipeline trading live against the local fake Hyperliquid: signed orders that the fake accepts
 * only from the configured key, fills back over the user streams, the session's position equal to the
 * venue's, and the kill switch flattening the position at the venue.
 */
class LiveSessionOnFakeHyperliquidTest {

    @Test
    void liveSessionTradesOnTheFakeVenueAndTheKillSwitchFlattensThere(@TempDir Path dir) throws Exception {
        try (LiveOnFake f = new LiveOnFake(dir, "live", null)) {
            f.start();
            f.tradeUntilPosition();
            assertTrue(f.sim.orders().size() >= 1, "the order reached the venue");
            assertTrue(f.sim.signers().stream().allMatch(LiveOnFake.ACCOUNT::equalsIgnoreCase),
                    "every action recovers to the configured account: " + f.sim.signers());
            waitFor(() -> f.venueLots() == f.live.parts().portfolio.positionLots(f.btc),
                    "the session's position equals the venue's");

            f.live.engageKillSwitch("test halt", true);
            waitFor(() -> f.sim.position("BTC").signum() == 0, "the kill switch flattened the venue position");
            waitFor(() -> f.live.parts().portfolio.positionLots(f.btc) == 0, "and the session knows it");
            int orders = f.sim.orders().size();
            f.fake.advanceCandles("BTC", "1m", 20);
            Thread.sleep(500);
            assertEquals(orders, f.sim.orders().size(), "no order after the kill switch");
        }
    }
}
