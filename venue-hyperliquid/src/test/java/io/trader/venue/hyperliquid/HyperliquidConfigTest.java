package io.trader.venue.hyperliquid;

import io.trader.venue.hyperliquid.exec.Network;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HyperliquidConfigTest {

    @Test
    void theDefaultIsTestnet() {
        HyperliquidConfig c = HyperliquidConfig.DEFAULT;
        assertEquals(Network.TESTNET, c.network());
        assertEquals("https://api.hyperliquid-testnet.xyz/exchange", c.exchangeUrl());
        assertEquals("https://api.hyperliquid-testnet.xyz/info", c.infoUrl());
        assertNull(c.vaultAddress());
        assertEquals(30, c.deadManSeconds());
        assertEquals(10, c.deadManRefreshSeconds());
    }

    @Test
    void mainnetNeedsTheExplicitFlag() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HyperliquidConfig.mainnet(false));
        assertEquals("mainnet trading needs an explicit confirmation (--mainnet)", e.getMessage());
        assertEquals("https://api.hyperliquid.xyz", HyperliquidConfig.mainnet(true).baseUrl());
        assertThrows(IllegalArgumentException.class,
                () -> HyperliquidConfig.DEFAULT.withBaseUrl("https://api.hyperliquid.xyz/"));
    }

    @Test
    void anyUrlSuchAsALocalFakeWorksAndValuesAreValidated() {
        HyperliquidConfig c = HyperliquidConfig.DEFAULT.withBaseUrl("http://127.0.0.1:1234/")
                .withAccount("0xCB331197E84f135AB9Ed6FB51Cd9757c0bd29d0D", null);
        assertEquals("http://127.0.0.1:1234/exchange", c.exchangeUrl());
        assertEquals("0xcb331197e84f135ab9ed6fb51cd9757c0bd29d0d", c.accountAddress());
        assertThrows(IllegalArgumentException.class, () -> c.withSlippageCapBps(0));
        assertThrows(IllegalArgumentException.class, () -> c.withDeadMan(4, 1), "the venue wants 5 s at least");
        assertThrows(IllegalArgumentException.class, () -> c.withDeadMan(10, 10));
        assertEquals(0, c.withDeadMan(0, 0).deadManSeconds(), "0 turns it off");
        assertThrows(IllegalArgumentException.class, () -> c.withAccount("0x1234", null));
        assertThrows(IllegalArgumentException.class, () -> c.withBaseUrl("ftp://x"));
    }
}
