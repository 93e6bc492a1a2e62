package io.trader.venue.kraken;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Error translation, the call counter, the live-venue rule, key loading and the AddOrder fields. */
class KrakenRulesTest {

    @Test
    void errorsTranslate() {
        assertEquals(KrakenErrorCode.INSUFFICIENT_FUNDS, KrakenErrors.classify("EOrder:Insufficient funds"));
        assertEquals(KrakenErrorCode.INVALID_NONCE, KrakenErrors.classify("EAPI:Invalid nonce"));
        assertEquals(KrakenErrorCode.INVALID_KEY, KrakenErrors.classify("EAPI:Invalid key"));
        assertEquals(KrakenErrorCode.INVALID_KEY, KrakenErrors.classify("EAPI:Invalid signature"));
        assertEquals(KrakenErrorCode.PERMISSION_DENIED, KrakenErrors.classify("EGeneral:Temporary lockout"));
        assertEquals(KrakenErrorCode.RATE_LIMITED, KrakenErrors.classify("EAPI:Rate limit exceeded"));
        assertEquals(KrakenErrorCode.ORDER_RATE_LIMITED, KrakenErrors.classify("EOrder:Rate limit exceeded"));
        assertEquals(KrakenErrorCode.SERVICE_UNAVAILABLE, KrakenErrors.classify("EService:Unavailable"));
        assertEquals(KrakenErrorCode.INVALID_ARGUMENTS, KrakenErrors.classify("EGeneral:Invalid arguments"));
        assertEquals(KrakenErrorCode.UNKNOWN_ORDER, KrakenErrors.classify("EOrder:Unknown order"));
        assertEquals(KrakenErrorCode.THROTTLED, KrakenErrors.classify("EService: Throttled: 1700000000"));
        assertEquals(KrakenErrorCode.UNKNOWN, KrakenErrors.classify("EWhatever:New"));
        assertTrue(KrakenErrorCode.INVALID_KEY.fatal());
        assertTrue(KrakenErrorCode.SERVICE_UNAVAILABLE.fateUnknown());
        assertTrue(KrakenErrorCode.INSUFFICIENT_FUNDS.notApplied());
        assertEquals(KrakenErrorCode.INVALID_KEY, KrakenErrors.classify(List.of("EOrder:Insufficient funds",
                "EAPI:Invalid key")));
        assertNull(KrakenErrors.classify(List.of("WGeneral:Something")));
    }

    @Test
    void counterNeverPassesItsMaximum() {
        DecayingCounter c = new DecayingCounter(13, 0.297);
        long now = 0;
        double maxAtSend = 0;
        for (int i = 0; i < 200; i++) {
            int cost = i % 3 == 0 ? 2 : 1;
            long wait = c.reserve(cost, now);
            long sendAt = now + wait;
            maxAtSend = Math.max(maxAtSend, c.level(sendAt));
            now = sendAt;
        }
        assertTrue(maxAtSend <= 13 + 1e-9, "level " + maxAtSend);
        assertTrue(now > 200 * 1.33 / 0.297 * 1000 * 0.9, "a storm is paced by the decay");
        assertEquals(0, new DecayingCounter(15, 1).reserve(15, 0));
        assertEquals(1000, new DecayingCounter(15, 1).reserve(16, 0));
    }

    @Test
    void liveKrakenNeedsMainnet() {
        assertThrows(IllegalArgumentException.class, () -> KrakenConfig.mainnet(false, "USDT"));
        assertThrows(IllegalArgumentException.class, () -> KrakenConfig.local("https://api.kraken.com", "USDT"));
        assertEquals("https://api.kraken.com", KrakenConfig.mainnet(true, "USDT").baseUrl());
        assertEquals("http://127.0.0.1:1234", KrakenConfig.local("http://127.0.0.1:1234/", "USDT").baseUrl());
    }

    @Test
    void keysFromEnvOrAFileOutsideTheRepo(@TempDir Path dir) throws Exception {
        String secret = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
        KrakenKeyLoader env = new KrakenKeyLoader(Map.of(KrakenKeyLoader.KEY_ENV, "pub",
                KrakenKeyLoader.SECRET_ENV, secret)::get);
        assertEquals("pub", env.load(null).apiKey());
        Path file = dir.resolve("kraken.key");
        Files.writeString(file, "pub2\n" + secret + "\n");
        assertEquals("pub2", new KrakenKeyLoader(k -> null).load(file).apiKey());
        Files.createDirectory(dir.resolve(".git"));
        IllegalStateException inRepo = assertThrows(IllegalStateException.class,
                () -> new KrakenKeyLoader(k -> null).load(file));
        assertTrue(inRepo.getMessage().contains("inside the repository"));
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> new KrakenKeyLoader(k -> null).load(null));
        assertTrue(none.getMessage().contains(KrakenKeyLoader.KEY_ENV));
        IllegalStateException badSecret = assertThrows(IllegalStateException.class, () -> new KrakenKeyLoader(
                Map.of(KrakenKeyLoader.KEY_ENV, "pub", KrakenKeyLoader.SECRET_ENV, "%%%")::get).load(null));
        assertTrue(!badSecret.getMessage().contains("%%%"));
    }

    @Test
    void addOrderFieldsAndGridRules() {
        InstrumentSpec btc = new InstrumentSpec("BTCUSDT", 2, 8);
        var pair = new KrakenDto.Pair("XBTUSDT", "XBTUSDT", "XBT/USDT", "XXBT", "USDT", 1, 8, 5,
                new BigDecimal("0.00005"), new BigDecimal("0.5"), new BigDecimal("0.1"), "online");
        var e = new KrakenInstruments.Entry(btc, pair);
        var post = OrderRequest.limit("c1", btc, Side.BUY, 10_000, 10_000_050, TimeInForce.POST_ONLY, false, 0, "");
        assertEquals(Map.of("ordertype", "limit", "type", "buy", "volume", "0.0001", "pair", "XBTUSDT",
                "price", "100000.5", "oflags", "post", "cl_ord_id", "x"), KrakenMapping.addOrder(post, e, "x"));
        var ioc = OrderRequest.limit("c2", btc, Side.SELL, 10_000, 10_000_000, TimeInForce.IOC, false, 0, "");
        assertEquals("IOC", KrakenMapping.addOrder(ioc, e, "x").get("timeinforce"));
        var market = OrderRequest.market("c3", btc, Side.SELL, 10_000, false, 0, "");
        assertEquals("market", KrakenMapping.addOrder(market, e, "x").get("ordertype"));
        assertNull(KrakenMapping.addOrder(market, e, "x").get("price"));
        assertNull(KrakenInstruments.refusal(e, post));
        var offTick = OrderRequest.limit("c4", btc, Side.BUY, 10_000, 10_000_055, TimeInForce.GTC, false, 0, "");
        assertTrue(KrakenInstruments.refusal(e, offTick).contains("tick_size"));
        var tiny = OrderRequest.limit("c5", btc, Side.BUY, 4_000, 10_000_000, TimeInForce.GTC, false, 0, "");
        assertTrue(KrakenInstruments.refusal(e, tiny).contains("ordermin"));
        assertEquals(OrderTable.clOrdId("abc"), OrderTable.clOrdId("abc"));
        assertEquals(36, OrderTable.clOrdId("abc").length());
    }
}
