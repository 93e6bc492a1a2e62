package io.trader.venue.binance.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fixtures written from the Binance spot API docs: "WebSocket Streams / Kline/Candlestick Streams" (the event
 * sample, values as the docs give them) and "Market Data endpoints / Kline/Candlestick data" (the row layout).
 */
class KlineParserTest {

    private static final String DOCS_EVENT = "{\"e\":\"kline\",\"E\":1672515782136,\"s\":\"BNBBTC\",\"k\":{"
            + "\"t\":1672515780000,\"T\":1672515839999,\"s\":\"BNBBTC\",\"i\":\"1m\",\"f\":100,\"L\":200,"
            + "\"o\":\"0.0010\",\"c\":\"0.0020\",\"h\":\"0.0025\",\"l\":\"0.0015\",\"v\":\"1000\",\"n\":100,"
            + "\"x\":false,\"q\":\"1.0000\",\"V\":\"500\",\"Q\":\"0.500\",\"B\":\"123456\"}}";

    private static KlineMessage parse(String s) {
        return KlineParser.parseEvent(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void docsEventParsesExactly() {
        Kline k = assertInstanceOf(KlineMessage.Update.class, parse(DOCS_EVENT)).kline();
        assertEquals("BNBBTC", k.symbol());
        assertEquals("1m", k.interval());
        assertEquals(1672515780000L, k.openTime());
        assertEquals(1672515839999L, k.closeTime());
        assertEquals(new BigDecimal("0.0010"), k.open());
        assertEquals(new BigDecimal("0.0025"), k.high());
        assertEquals(new BigDecimal("0.0015"), k.low());
        assertEquals(new BigDecimal("0.0020"), k.close());
        assertEquals(new BigDecimal("1000"), k.volume());
        assertEquals(100, k.trades());
        assertFalse(k.closed());
    }

    @Test
    void combinedStreamEnvelopeAndClosedFlag() {
        String combined = "{\"stream\":\"bnbbtc@kline_1m\",\"data\":" + DOCS_EVENT.replace("\"x\":false", "\"x\":true")
                + "}";
        Kline k = assertInstanceOf(KlineMessage.Update.class, parse(combined)).kline();
        assertTrue(k.closed());
        assertEquals(new BigDecimal("0.0020"), k.close());
    }

    @Test
    void subscriptionAnswerIsIgnoredNotMalformed() {
        assertInstanceOf(KlineMessage.Ignored.class, parse("{\"result\":null,\"id\":1}"));
    }

    @Test
    void malformedMessagesAreRejectedWithTheirReason() {
        assertEquals(KlineReject.NOT_JSON, rejected("{not json"));
        assertEquals(KlineReject.NOT_JSON, rejected("[1,2]"));
        assertEquals(KlineReject.MISSING_FIELD, rejected("{\"e\":\"kline\",\"s\":\"BNBBTC\"}"));
        assertEquals(KlineReject.OTHER_EVENT, rejected("{\"e\":\"trade\",\"s\":\"BNBBTC\"}"));
        assertEquals(KlineReject.MISSING_FIELD, rejected(DOCS_EVENT.replace("\"x\":false,", "")));
        assertEquals(KlineReject.BAD_NUMBER, rejected(DOCS_EVENT.replace("\"o\":\"0.0010\"", "\"o\":0.0010")));
        assertEquals(KlineReject.BAD_NUMBER, rejected(DOCS_EVENT.replace("\"h\":\"0.0025\"", "\"h\":\"1e-x\"")));
        assertEquals(KlineReject.BAD_NUMBER, rejected(DOCS_EVENT.replace("\"t\":1672515780000", "\"t\":\"soon\"")));
    }

    private static KlineReject rejected(String s) {
        return assertInstanceOf(KlineMessage.Rejected.class, parse(s)).reason();
    }

    @Test
    void restRowsAreFinalOnlyWhenClosedAtTheRequestTime() throws Exception {
        JsonNode body = new ObjectMapper().readTree("[[1499040000000,\"0.01634790\",\"0.80000000\",\"0.01575800\","
                + "\"0.01577100\",\"148976.11427815\",1499644799999,\"2434.19055334\",308,\"1756.87402397\","
                + "\"28.46694368\",\"0\"],[1499644800000,\"0.01577100\",\"0.01577100\",\"0.01577100\",\"0.01577100\","
                + "\"0\",1500249599999,\"0\",0,\"0\",\"0\",\"0\"],[1499644800000,\"x\"],[1,\"a\",\"1\",\"1\",\"1\","
                + "\"1\",2,\"0\",1,\"0\",\"0\",\"0\"]]");
        List<KlineMessage.Rejected> rejects = new ArrayList<>();
        List<Kline> rows = KlineParser.parseRest(body, "ETHBTC", "1w", 1_500_000_000_000L, rejects::add);
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).closed(), "closed before the request");
        assertFalse(rows.get(1).closed(), "still open at the request");
        assertEquals(new BigDecimal("148976.11427815"), rows.get(0).volume());
        assertEquals(List.of(KlineReject.MISSING_FIELD, KlineReject.BAD_NUMBER),
                rejects.stream().map(KlineMessage.Rejected::reason).toList());
    }
}
