package io.trader.smartmoney.data;

import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClearinghouseDecoderTest {

    static final String USER = "0x" + "ab".repeat(20);
    private final ClearinghouseDecoder decoder = new ClearinghouseDecoder();

    static String jkorf() throws IOException {
        return Files.readString(SharedData.sharedFile(
                "hyperliquid/recorded-smart-money/jkorf-hyperliquid-net/clearinghouseState.response.json"));
    }

    @Test
    void isolatedHypeLongOfTheRecordedJkorfSample() throws IOException {
        WalletState s = decoder.decode(USER, jkorf(), 42L);
        assertEquals(1754467216357L, s.time(), "the venue's time wins over the read time");
        assertEquals(new BigDecimal("83.307638"), s.accountValue());
        assertEquals(List.of("HYPE"), s.coins());
        WalletPosition p = s.position("HYPE");
        assertEquals(new BigDecimal("2.0"), p.size());
        assertEquals(new BigDecimal("37.829"), p.entryPrice());
        assertEquals(new BigDecimal("75.652"), p.positionValue());
        assertEquals(new BigDecimal("-0.006"), p.unrealizedPnl());
        assertEquals(10, p.leverage());
        assertTrue(p.isolated());
        assertEquals(new BigDecimal("35.8559189474"), p.liquidationPrice());
        // the README's checks: mark = positionValue / szi; uPnL = szi x (mark - entry)
        BigDecimal mark = p.positionValue().divide(p.size());
        assertEquals(0, mark.compareTo(new BigDecimal("37.826")));
        assertEquals(0, p.size().multiply(mark.subtract(p.entryPrice())).compareTo(p.unrealizedPnl()));
    }

    @Test
    void crossBtcOfTheCryptoosSample() throws IOException {
        String json = Files.readString(SharedData.sharedFile(
                "hyperliquid/recorded-smart-money/cryptoos-docs/clearinghouseState.doc-sample.json"));
        WalletState s = decoder.decode(USER, json, 1_700_000_000_000L);
        assertEquals(1_700_000_000_000L, s.time(), "no time in the sample: the read time");
        assertEquals(new BigDecimal("1513034.031499"), s.accountValue());
        WalletPosition p = s.position("BTC");
        assertEquals(new BigDecimal("0.96468"), p.size());
        assertEquals(20, p.leverage());
        assertFalse(p.isolated());
        assertNull(p.liquidationPrice());
        assertEquals(1, p.direction());
    }

    @SuppressWarnings("unchecked")
    static String cassetteResponse(String file) throws IOException {
        try (Reader r = Files.newBufferedReader(SharedData.sharedFile("hyperliquid/recorded/" + file))) {
            Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            Map<String, Object> first = (Map<String, Object>) ((List<Object>) doc.get("interactions")).get(0);
            Map<String, Object> response = (Map<String, Object>) first.get("response");
            return (String) ((Map<String, Object>) response.get("body")).get("string");
        }
    }

    @Test
    void twelvePositionsOfThe2023Cassette() throws IOException {
        String json = cassetteResponse("test_get_user_state.yaml");
        WalletState s = decoder.decode("0x5e9ee1089755c3435139848e47e6635505d5a13a", json, 5L);
        assertEquals(12, s.positions().size());
        assertEquals(5L, s.time());
        WalletPosition btc = s.position("BTC");
        assertEquals(new BigDecimal("-0.00785"), btc.size());
        assertEquals(-1, btc.direction());
        assertEquals(new BigDecimal("26951.0"), btc.entryPrice());
        assertEquals(new BigDecimal("-211.64542"), btc.signedNotional());
        assertNull(s.position("ETH").liquidationPrice());
        int longs = 0;
        for (WalletPosition p : s.positions().values()) {
            longs += p.direction() > 0 ? 1 : 0;
        }
        System.out.println("2023 cassette: 12 positions, " + longs + " long, account " + s.accountValue());
    }

    @Test
    void flatRowsAreDroppedAndBrokenStatesFail() {
        String flat = "{\"marginSummary\":{\"accountValue\":\"10\"},\"assetPositions\":[{\"type\":\"oneWay\",\"position\":"
                + "{\"coin\":\"ETH\",\"szi\":\"0\",\"leverage\":{\"type\":\"cross\",\"value\":5},\"entryPx\":null,"
                + "\"positionValue\":\"0\",\"unrealizedPnl\":\"0\"}}],\"time\":7}";
        WalletState s = decoder.decode(USER, flat, 1);
        assertTrue(s.positions().isEmpty());
        assertEquals(7, s.time());
        assertThrows(MalformedDataException.class, () -> decoder.decode(USER, "{\"assetPositions\":[]}", 1));
        assertThrows(MalformedDataException.class,
                () -> decoder.decode(USER, flat.replace("\"10\"", "\"ten\""), 1));
        assertThrows(MalformedDataException.class,
                () -> decoder.decode(USER, flat.replace("\"0\",\"leverage\"", "\"1\",\"leverage\""), 1),
                "an open position without entryPx");
        assertThrows(MalformedDataException.class, () -> decoder.decode(USER, "not json", 1));
        assertThrows(MalformedDataException.class, () -> decoder.decode("0xnope", flat, 1));
    }

    @Test
    void webSocketChannels() throws IOException {
        String state = jkorf();
        var ch = decoder.decodeWs("{\"channel\":\"clearinghouseState\",\"data\":{\"dex\":\"\",\"user\":\"" + USER
                + "\",\"clearinghouseState\":" + state + "}}", 9);
        WalletState s = assertInstanceOf(UserChannelMessage.State.class, ch).state();
        assertEquals(USER, s.address());
        assertEquals(new BigDecimal("83.307638"), s.accountValue());
        var wd = decoder.decodeWs("{\"channel\":\"webData2\",\"data\":{\"clearinghouseState\":" + state
                + ",\"openOrders\":[],\"serverTime\":1,\"user\":\"" + USER.toUpperCase().replace("0X", "0x") + "\"}}", 9);
        assertEquals(s, assertInstanceOf(UserChannelMessage.State.class, wd).state());
        assertEquals(new UserChannelMessage.VenueError("Cannot track more than 10 total users."),
                decoder.decodeWs("{\"channel\":\"error\",\"data\":\"Cannot track more than 10 total users.\"}", 1));
        assertEquals(new UserChannelMessage.Subscribed(USER, "clearinghouseState"), decoder.decodeWs(
                "{\"channel\":\"subscriptionResponse\",\"data\":{\"method\":\"subscribe\",\"subscription\":"
                        + "{\"type\":\"clearinghouseState\",\"user\":\"" + USER + "\"}}}", 1));
        assertEquals(new UserChannelMessage.Pong(), decoder.decodeWs("{\"channel\":\"pong\"}", 1));
        assertEquals(new UserChannelMessage.Other(null), decoder.decodeWs("Websocket connection established.", 1));
        assertEquals(new UserChannelMessage.Other("l2Book"), decoder.decodeWs("{\"channel\":\"l2Book\",\"data\":{}}", 1));
        assertThrows(MalformedDataException.class,
                () -> decoder.decodeWs("{\"channel\":\"webData2\",\"data\":{\"user\":\"" + USER + "\"}}", 1));
    }
}
