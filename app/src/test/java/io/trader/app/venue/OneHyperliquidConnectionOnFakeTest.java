package io.trader.app.venue;

import io.trader.venue.hyperliquid.stream.HyperliquidInfoRaw;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.trader.app.venue.LiveOnFake.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A live session on the local fake Hyperliquid opens one connection: one {@code /info} transport that market data
 * and the adapter both post through (each on its lane, with its own retry settings), and one {@code meta} read, as
 * the fake's own request log shows, whose universe both instrument maps are built from.
 */
class OneHyperliquidConnectionOnFakeTest {

    @Test
    void aLiveSessionReadsMetaOnceThroughOneInfoTransport(@TempDir Path dir) throws Exception {
        try (LiveOnFake f = new LiveOnFake(dir, "oneconn", null)) {
            f.start();
            HyperliquidInfoRaw raw = f.md.connection().raw();
            waitFor(() -> raw.requests(HyperliquidInfoRaw.Lane.ORDERS) > 0, "the start-up reconciliation read the venue");

            assertEquals(1, metaRequests(f), "meta is read once per session");
            assertSame(f.md.connection(), f.hl.connection(), "one connection");
            assertSame(raw, f.md.info().raw(), "market data posts through the connection's transport");
            assertSame(raw, f.hl.exchange().infoTransport(), "and so does the adapter");
            assertSame(f.md.connection().budget(), raw.budget(), "one weight budget");
            assertTrue(raw.requests(HyperliquidInfoRaw.Lane.DATA) > 0, "market data used the data lane");
            waitFor(() -> f.fake.requestCounts().info() == raw.requests(), "every /info request the fake saw came"
                    + " through the one transport");
            assertEquals(5, raw.config(HyperliquidInfoRaw.Lane.DATA).maxAttempts(), "data keeps its retries");
            assertEquals(6, raw.config(HyperliquidInfoRaw.Lane.ORDERS).maxAttempts(),
                    "the adapter's reads keep the config's (5 retries after the first attempt)");

            long reads = raw.requests(HyperliquidInfoRaw.Lane.ORDERS);
            f.fake.advanceCandles("BTC", "1m", 3);
            f.live.runOnEngine(f.live::reconcileWithVenue);
            waitFor(() -> raw.requests(HyperliquidInfoRaw.Lane.ORDERS) > reads, "another reconciliation");
            assertEquals(1, metaRequests(f), "trading and reconciling read no meta again");
        }
    }

    private static long metaRequests(LiveOnFake f) {
        return f.fake.weighedRequests().stream()
                .filter(w -> w.path().equals("/info") && w.type().equals("meta")).count();
    }
}
