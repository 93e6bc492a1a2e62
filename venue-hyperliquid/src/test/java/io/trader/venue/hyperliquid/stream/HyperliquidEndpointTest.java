package io.trader.venue.hyperliquid.stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HyperliquidEndpointTest {

    @Test
    void mainnetTestnetAndLocalUrls() {
        assertEquals("https://api.hyperliquid.xyz/info", HyperliquidEndpoint.MAINNET.infoUrl());
        assertEquals("wss://api.hyperliquid.xyz/ws", HyperliquidEndpoint.MAINNET.wsUrl());
        assertEquals(443, HyperliquidEndpoint.MAINNET.port());
        assertEquals("https://api.hyperliquid-testnet.xyz/exchange", HyperliquidEndpoint.TESTNET.exchangeUrl());
        assertEquals("wss://api.hyperliquid-testnet.xyz/ws", HyperliquidEndpoint.TESTNET.wsUrl());

        HyperliquidEndpoint local = HyperliquidEndpoint.of("http://127.0.0.1:40123/");
        assertEquals("ws://127.0.0.1:40123/ws", local.wsUrl());
        assertEquals("127.0.0.1", local.host());
        assertEquals(40123, local.port());
        assertEquals(false, local.ssl());
        assertThrows(IllegalArgumentException.class, () -> HyperliquidEndpoint.of("ftp://x"));
    }
}
