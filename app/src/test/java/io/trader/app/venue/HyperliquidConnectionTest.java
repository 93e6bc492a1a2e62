package io.trader.app.venue;

import io.trader.app.config.TraderSettings;
import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.trader.venue.hyperliquid.exec.Network;
import io.trader.venue.hyperliquid.exec.NonceSource;
import io.trader.venue.hyperliquid.HyperliquidConfig;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
