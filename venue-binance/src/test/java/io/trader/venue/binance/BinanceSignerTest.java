package io.trader.venue.binance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BinanceSignerTest {

    /** Binance Spot API docs, "SIGNED endpoint examples for POST /api/v3/order - HMAC Keys". */
    private static final String DOC_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private static final String DOC_QUERY = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"
            + "&recvWindow=5000&timestamp=1499827319559";

    @Test
    void signsTheDocsExample() {
        BinanceSigner s = new BinanceSigner("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
                DOC_SECRET.toCharArray());
        assertEquals("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", s.sign(DOC_QUERY));
    }

    @Test
    void signedQueryEndsWithTheSignatureOfEverythingBefore() {
        BinanceSigner s = new BinanceSigner("k", DOC_SECRET.toCharArray());
        String q = SignedQuery.sign(s, "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1", 5000,
                1499827319559L);
        assertEquals(DOC_QUERY + "&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", q);
    }

    @Test
    void neverShowsTheSecret() {
        BinanceSigner s = new BinanceSigner("abcdefgh", DOC_SECRET.toCharArray());
        assertFalse(s.toString().contains(DOC_SECRET.substring(0, 8)));
        assertFalse(s.toString().contains("abcdefgh"));
        assertFalse(BinanceConfig.testnet().toString().contains(DOC_SECRET));
    }

    @Test
    void testnetByDefaultMainnetOnlyByFlag() {
        assertEquals("https://testnet.binance.vision", BinanceConfig.of(false).baseUrl());
        assertEquals("https://api.binance.com", BinanceConfig.of(true).baseUrl());
        assertEquals(5000, BinanceConfig.testnet().recvWindowMillis());
        assertThrows(IllegalArgumentException.class, () -> new BinanceConfig("https://api.binance.com",
                BinanceConfig.MAINNET_WS_API, BinanceConfig.MAINNET_STREAM, false, 5000, 1000, 1, 2));
    }

    @Test
    void keysFromEnvironment() {
        var loader = new BinanceKeyLoader(Map.of("BINANCE_API_KEY", "key1234", "BINANCE_API_SECRET",
                DOC_SECRET)::get);
        assertTrue(loader.available());
        assertEquals("key1234", loader.load(null).apiKey());
        var none = new BinanceKeyLoader(name -> null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> none.load(null));
        assertTrue(e.getMessage().contains("BINANCE_API_KEY"));
    }

    @Test
    void refusesAKeyFileInsideARepository(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve(".git"));
        Path file = dir.resolve("binance.key");
        Files.writeString(file, "key1234\n" + DOC_SECRET + "\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new BinanceKeyLoader(n -> null).load(file));
        assertTrue(e.getMessage().contains("inside the repository"), e.getMessage());
        assertFalse(e.getMessage().contains(DOC_SECRET));
    }

    @Test
    void readsAKeyFileOutsideRepositories(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("binance.key");
        Files.writeString(file, "key1234\n" + DOC_SECRET + "\n");
        assertEquals("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71",
                new BinanceKeyLoader(n -> null).load(file).sign(DOC_QUERY));
    }

    @Test
    void clientIdsFitBinancesPatternAndReverse() {
        for (String id : new String[]{"ord-1", "parent/child:3", "ünïcode id with spaces",
                "a-very-long-client-id-that-is-way-beyond-thirty-six-characters-long", "b.looks-encoded"}) {
            String v = BinanceClientIds.toVenue(id);
            assertTrue(BinanceClientIds.PATTERN.matcher(v).matches(), v);
            assertEquals(v, BinanceClientIds.toVenue(id));
            if (!v.startsWith("h.")) {
                assertEquals(id, BinanceClientIds.fromVenue(v));
            }
        }
        assertEquals("ord-1", BinanceClientIds.toVenue("ord-1"));
    }
}
