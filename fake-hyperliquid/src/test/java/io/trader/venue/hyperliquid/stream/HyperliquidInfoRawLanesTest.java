package io.trader.venue.hyperliquid.stream;

import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import io.trader.venue.hyperliquid.HyperliquidConfig;
import io.trader.venue.hyperliquid.HyperliquidRaw;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.trader.venue.hyperliquid.stream.FakeVenue.await;
import static io.trader.venue.hyperliquid.stream.FakeVenue.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One {@link HyperliquidInfoRaw} serves market data and the adapter's reads of a connection: each lane keeps its own
 * retry settings and counters, and an adapter on the shared transport leaves it open when it stops.
 */
class HyperliquidInfoRawLanesTest {

    private Vertx vertx;
    private FakeHyperliquid fake;
    private HyperliquidInfoRaw raw;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        fake = FakeVenue.start(vertx, FakeConfig.defaults().withBundledCassettes());
        raw = new HyperliquidInfoRaw(vertx, FakeVenue.infoConfig(fake), System::currentTimeMillis, () -> 0.5);
    }

    @AfterEach
    void stop() throws Exception {
        raw.close();
        fake.close();
        await(vertx.close());
    }

    @Test
    void eachLaneRetriesWithItsOwnSettingsAndCountsApart() throws Exception {
        raw.configure(HyperliquidInfoRaw.Lane.ORDERS, FakeVenue.infoConfig(fake).withRetry(1, FakeVenue.FAST));
        String mids = new JsonObject().put("type", "allMids").encode();

        fake.failNextRequests(10, 503);
        HyperliquidException orders = (HyperliquidException) failure(raw.post(mids, 2, HyperliquidInfoRaw.Lane.ORDERS));
        assertEquals(1, orders.attempts(), "the order lane makes one attempt");
        fake.failNextRequests(0, 503);

        fake.failNextRequests(2, 503);
        assertTrue(await(raw.post(mids, 2, HyperliquidInfoRaw.Lane.DATA)).contains("BTC"), "data retried twice");

        assertEquals(1, raw.requests(HyperliquidInfoRaw.Lane.ORDERS));
        assertEquals(0, raw.retries(HyperliquidInfoRaw.Lane.ORDERS));
        assertEquals(3, raw.requests(HyperliquidInfoRaw.Lane.DATA));
        assertEquals(2, raw.retries(HyperliquidInfoRaw.Lane.DATA));
        assertEquals(4, raw.requests());
        assertEquals(4, fake.requestCounts().info());
        assertEquals(4, raw.config(HyperliquidInfoRaw.Lane.DATA).maxAttempts(), "data kept its settings");
    }

    @Test
    void aLaneCannotPostElsewhere() {
        InfoClientConfig other = InfoClientConfig.defaults(HyperliquidEndpoint.of("http://127.0.0.1:9"));
        String m = assertThrows(IllegalArgumentException.class,
                () -> raw.configure(HyperliquidInfoRaw.Lane.ORDERS, other)).getMessage();
        assertTrue(m.contains("127.0.0.1:9"), m);
    }

    @Test
    void anAdapterOnTheSharedTransportSetsItsLaneAndLeavesTheTransportOpen() throws Exception {
        HyperliquidConfig config = HyperliquidConfig.DEFAULT.withBaseUrl(fake.baseUrl());
        HyperliquidRaw adapter = new HyperliquidRaw(vertx, config, raw, System::currentTimeMillis, () -> 0.5);
        assertSame(raw, adapter.infoTransport());
        assertSame(raw.budget(), adapter.budget(), "one weight budget");
        assertEquals(config.rateLimit().maxRetries() + 1, raw.config(HyperliquidInfoRaw.Lane.ORDERS).maxAttempts());
        assertEquals(config.requestTimeoutMillis(),
                raw.config(HyperliquidInfoRaw.Lane.ORDERS).requestTimeout().toMillis());

        await(adapter.info(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("type", "allMids")));
        await(raw.post(new JsonObject().put("type", "allMids").encode(), 2));
        assertEquals(1, adapter.requests(), "the adapter counts its own lane only");
        assertEquals(2, raw.requests());

        adapter.close();
        assertTrue(await(raw.post(new JsonObject().put("type", "allMids").encode(), 2)).contains("BTC"),
                "market data carries on after the adapter stopped");
        assertThrows(IllegalArgumentException.class, () -> new HyperliquidRaw(vertx,
                HyperliquidConfig.DEFAULT.withBaseUrl("http://127.0.0.1:9"), raw, System::currentTimeMillis, () -> 0.5),
                "an adapter for another base URL is refused");
    }
}
