package io.trader.venue.hyperliquid.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.core.domain.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fixtures in the venue's documented shapes (and rows of the SDK's recorded replies). */
class HyperliquidAdaptersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void orderStatusesOfEachKind() throws Exception {
        List<ActionStatus> st = HyperliquidAdapters.statuses(json("""
                {"status":"ok","response":{"type":"order","data":{"statuses":[
                  {"resting":{"oid":77738308}},
                  {"filled":{"totalSz":"0.02","avgPx":"1891.4","oid":77747314}},
                  {"error":"Order must have minimum value of $10."},
                  "waitingForTrigger"]}}}"""), 4);
        assertEquals(new ActionStatus.Resting(77738308), st.get(0));
        assertEquals(new ActionStatus.Filled(77747314, new BigDecimal("0.02"), new BigDecimal("1891.4")), st.get(1));
        assertEquals(HyperliquidErrorCode.INVALID_SIZE, ((ActionStatus.Error) st.get(2)).code());
        assertEquals(new ActionStatus.Waiting("waitingForTrigger"), st.get(3));
    }

    @Test
    void wholeRequestRefusalAppliesToEveryEntryAndDefaultMeansSuccess() throws Exception {
        List<ActionStatus> st = HyperliquidAdapters.statuses(json(
                "{\"status\":\"err\",\"response\":\"User or API Wallet 0xabc does not exist.\"}"), 2);
        assertEquals(2, st.size());
        assertEquals(HyperliquidErrorCode.AUTHENTICATION, ((ActionStatus.Error) st.get(1)).code());
        assertInstanceOf(ActionStatus.Success.class, HyperliquidAdapters.statuses(json(
                "{\"status\":\"ok\",\"response\":{\"type\":\"default\"}}"), 1).get(0));
        List<ActionStatus> cancels = HyperliquidAdapters.statuses(json("""
                {"status":"ok","response":{"type":"cancel","data":{"statuses":["success",
                {"error":"Order was never placed, already canceled, or filled. asset=0"}]}}}"""), 3);
        assertInstanceOf(ActionStatus.Success.class, cancels.get(0));
        assertEquals(HyperliquidErrorCode.UNKNOWN_ORDER, ((ActionStatus.Error) cancels.get(1)).code());
        assertEquals(HyperliquidErrorCode.REJECTED, ((ActionStatus.Error) cancels.get(2)).code(), "missing entry");
        assertThrows(IllegalArgumentException.class, () -> HyperliquidAdapters.statuses(json("[]"), 1));
    }

    @Test
    void fillsFromTheRecordedReplyAndTheStream() throws Exception {
        List<HyperliquidFill> info = HyperliquidAdapters.fills(json("""
                [{"closedPnl":"-0.25686","coin":"SUI","crossed":true,"dir":"Close Long","fee":"0.0",
                  "hash":"0x3d4770d0527317ef77c404017559cb0103000b34010cc95e97b437cbc3b6087a","oid":189324432,
                  "px":"1.3189","side":"A","startPosition":"4623.5","sz":"142.7","time":1683245884863}]"""));
        HyperliquidFill f = info.get(0);
        assertEquals(Side.SELL, f.side());
        assertEquals(0, f.tid(), "2023 rows have no tid");
        assertTrue(f.dedupeKey().startsWith("hash:0x3d4770d0"));
        JsonNode ws = json("""
                {"user":"0xabc","isSnapshot":true,"fills":[{"coin":"BTC","px":"30000.5","sz":"0.001","side":"B",
                "time":5,"startPosition":"0","dir":"Open Long","closedPnl":"0","hash":"0x01","oid":9,"crossed":false,
                "fee":"-0.0003","tid":123,"cloid":"0x0123456789abcdef0123456789abcdef","feeToken":"USDC"}]}""");
        assertTrue(HyperliquidAdapters.isSnapshot(ws));
        HyperliquidFill s = HyperliquidAdapters.userFillsMessage(ws).get(0);
        assertEquals("tid:123", s.dedupeKey());
        assertEquals("hl-123", s.fillId());
        assertEquals(new BigDecimal("-0.0003"), s.fee());
        assertFalse(s.crossed());
    }

    @Test
    void orderUpdatesAndOpenOrders() throws Exception {
        HyperliquidOrderUpdate u = HyperliquidAdapters.orderUpdates(json("""
                [{"order":{"coin":"BTC","side":"B","limitPx":"30000","sz":"0.6","oid":9,"timestamp":1,"origSz":"1",
                "cloid":"0x0123456789abcdef0123456789abcdef"},"status":"canceled","statusTimestamp":2}]""")).get(0);
        assertEquals(new BigDecimal("0.4"), u.filledSize());
        assertEquals(VenueOrderStatus.CANCELLED, u.kind());
        HyperliquidOpenOrder o = HyperliquidAdapters.openOrders(json("""
                [{"children":[],"coin":"INJ","isPositionTpsl":false,"isTrigger":true,"limitPx":"9.2037","oid":3184595907,
                "orderType":"Take Profit Market","origSz":"12.5","reduceOnly":true,"side":"A","sz":"12.5","tif":null,
                "timestamp":1700126022555,"triggerCondition":"Price above 10.004","triggerPx":"10.004"}]""")).get(0);
        assertTrue(o.isTrigger() && o.reduceOnly());
        assertNull(o.tif());
        assertNull(o.cloid());
        assertEquals(new BigDecimal("10.004"), o.triggerPx());
        assertEquals(VenueOrderStatus.CANCELLED, VenueOrderStatus.of("scheduledCancel"));
        assertEquals(VenueOrderStatus.CANCELLED, VenueOrderStatus.of("selfTradeCanceled"));
        assertEquals(VenueOrderStatus.REJECTED, VenueOrderStatus.of("perpMarginRejected"));
    }

    @Test
    void orderStatusAndAccount() throws Exception {
        assertInstanceOf(HyperliquidOrderStatus.Missing.class,
                HyperliquidAdapters.orderStatus(json("{\"status\":\"unknownOid\"}")));
        var found = (HyperliquidOrderStatus.Found) HyperliquidAdapters.orderStatus(json("""
                {"status":"order","order":{"order":{"coin":"ETH","side":"A","limitPx":"2000","sz":"0.0","oid":5,
                "timestamp":1,"origSz":"0.5","tif":"Gtc","reduceOnly":false,"isTrigger":false},"status":"filled",
                "statusTimestamp":3}}"""));
        assertEquals(VenueOrderStatus.FILLED, found.kind());
        assertEquals(new BigDecimal("0.5"), found.order().filledSize());
        HyperliquidAccount a = HyperliquidAdapters.account(json("""
                {"assetPositions":[{"position":{"coin":"BTC","entryPx":"26951.0","leverage":{"type":"cross","value":20},
                "liquidationPx":"173198.69592357","marginUsed":"10.582271","positionValue":"211.64542",
                "returnOnEquity":"-0.00756643","szi":"-0.00785","unrealizedPnl":"-0.08007"},"type":"oneWay"},
                {"position":{"coin":"ETH","szi":"0.0","leverage":{"type":"isolated","value":3}},"type":"oneWay"}],
                "marginSummary":{"accountValue":"1182.312496","totalMarginUsed":"25.04","totalNtlPos":"0",
                "totalRawUsd":"0"},"withdrawable":"1157.3"}"""));
        assertEquals(1, a.positions().size(), "flat positions are dropped");
        assertEquals(new BigDecimal("-0.00785"), a.positions().get(0).szi());
        assertEquals(20, a.positions().get(0).leverage());
        assertEquals(new BigDecimal("1182.312496"), a.accountValue());
        assertEquals(new BigDecimal("30135.0"), HyperliquidAdapters.mids(json("{\"BTC\":\"30135.0\"}")).get("BTC"));
    }
}
