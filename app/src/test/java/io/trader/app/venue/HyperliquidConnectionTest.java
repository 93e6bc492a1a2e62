package io.trader.app.venue;

import io.trader.app.config.TraderSettings;
import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.trader.venue.hyperliquid.exec.Network;
import io.trader.venue.hyperliquid.exec.NonceSource;
import io.trader.venue.hyperliquid.HyperliquidConfig;
import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import io.trader.venue.hyperliquid.data.HlMeta;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoRaw;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyperliquidConnectionTest {

    @Test
    void theBudgetComesFromTheOneSetting() {
        TraderSettings settings = TraderSettings.defaults().with("trader.venue.weight-per-minute", "600")
                .with("trader.venue.reserve-for-orders", "50");
        HyperliquidConnection c = HyperliquidConnection.of("http://127.0.0.1:9/", settings);
        assertEquals("http://127.0.0.1:9", c.baseUrl());
        assertEquals(600, c.budget().capacity());
        assertEquals(60_000, c.budget().periodMillis());
        assertEquals(50, c.budget().reserveForOrders());
        assertTrue(c.serves("HTTP://127.0.0.1:9"));
        assertFalse(c.serves("http://127.0.0.1:10"));
        assertEquals(100, HyperliquidConnection.defaults("http://x").budget().reserveForOrders());
    }

    @Test
    void theAdapterRefusesAConnectionToAnotherUrl() {
        Vertx vertx = Vertx.vertx();
        try {
            HyperliquidSigner signer = HyperliquidSigner.fromHex(LiveOnFake.KEY.toCharArray(), Network.TESTNET, null,
                    new NonceSource(System::currentTimeMillis, 0));
            HyperliquidConfig config = HyperliquidConfig.DEFAULT.withBaseUrl("http://127.0.0.1:9");
            String m = assertThrows(IllegalArgumentException.class, () -> new HyperliquidVenue(vertx,
                    HyperliquidConnection.defaults("http://127.0.0.1:10"), config, signer, List.of())).getMessage();
            assertTrue(m.contains("one connection (one weight budget) per base URL"), m);
        } finally {
            vertx.close();
        }
    }

    @Test
    void oneTransportAndOneMetaReadPerConnection() throws Exception {
        Vertx vertx = Vertx.vertx();
        Vertx other = Vertx.vertx();
        try (FakeHyperliquid fake = FakeHyperliquid.start(FakeConfig.defaults())) {
            HyperliquidConnection c = HyperliquidConnection.defaults(fake.baseUrl());
            assertThrows(IllegalStateException.class, c::meta, "not open yet");
            HyperliquidInfoRaw raw = c.open(vertx);
            assertSame(raw, c.open(vertx), "opening again returns the one transport");
            assertSame(raw, c.info().raw());
            assertSame(c.budget(), raw.budget());
            assertThrows(IllegalStateException.class, () -> c.open(other), "a second Vert.x, a second transport");

            fake.failNextRequests(1, 400); // not retried: the first read fails
            assertThrows(ExecutionException.class, () -> await(c.meta()));
            HlMeta meta = await(c.meta());
            assertSame(meta, await(c.meta()), "the read is shared, not repeated");
            assertEquals(2, fake.weighedRequests().stream().filter(w -> w.type().equals("meta")).count(),
                    "a failed read is asked again, a good one is kept");

            c.close();
            assertThrows(IllegalStateException.class, () -> c.open(vertx), "closed for good");
            assertThrows(IllegalStateException.class, c::meta);
        } finally {
            other.close();
            vertx.close();
        }
    }

    private static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
