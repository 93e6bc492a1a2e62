package io.trader.venue.binance;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pure mapping and tracking from recorded and docs-shaped Binance messages. */
class BinanceAdaptersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 5);
    private static final BinanceInstrument BTC_INST = new BinanceInstrument(BTC, "BTC", "USDT",
            new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.00001"), new BigDecimal("0.00001"),
            new BigDecimal("5"));

    /**
     * An executionReport TRADE as the Binance "User Data Streams" docs (Order Update) show it, values ours.
     */
    private static String report(String x, String status, String l, String z, long t) {
        return "{\"e\":\"executionReport\",\"E\":1499405658658,\"s\":\"BTCUSDT\",\"c\":\"ord-1\",\"S\":\"BUY\","
                + "\"o\":\"LIMIT\",\"f\":\"GTC\",\"q\":\"0.00200000\",\"p\":\"59000.00000000\",\"P\":\"0.00000000\","
                + "\"F\":\"0.00000000\",\"g\":-1,\"C\":\"\",\"x\":\"" + x + "\",\"X\":\"" + status + "\","
                + "\"r\":\"NONE\",\"i\":4293153,\"l\":\"" + l + "\",\"z\":\"" + z + "\",\"L\":\"59000.00000000\","
                + "\"n\":\"0.05900000\",\"N\":\"USDT\",\"T\":1499405658657,\"t\":" + t + ",\"I\":8641984,"
                + "\"w\":true,\"m\":true,\"M\":false,\"O\":1499405658657,\"Z\":\"0.00000000\",\"Y\":\"0.00000000\","
                + "\"Q\":\"0.00000000\",\"W\":1499405658657,\"V\":\"NONE\"}";
    }

    @Test
    void readsTheRecordedOrders() throws Exception {
        var open = JSON.readTree(Files.readString(SharedData.sharedFile("xchange/binance/rest/open-orders.json")));
        BinanceWire.Order o = BinanceAdapters.order(open.get(0));
        assertEquals("myOrder1", o.clientOrderId());
        assertEquals(new BigDecimal("0.1"), o.price());
        assertEquals("NEW", o.status());
        var filled = JSON.readTree(Files.readString(SharedData.sharedFile(
                "xchange/binance/rest/filled-market-order.json")));
        BinanceWire.Order f = BinanceAdapters.order(filled);
        assertEquals(new BigDecimal("0.10700000"), f.executedQty());
        assertEquals(new BigDecimal("0.00198847"), f.cummulativeQuoteQty());
        assertEquals(1566249504234L, f.time());
    }

    @Test
    void errorCodesTranslate() throws Exception {
        var body = JSON.readTree(Files.readString(SharedData.sharedFile("xchange/binance/rest/withdraw-400.json")));
        assertEquals(BinanceErrorCode.OTHER, BinanceErrorAdapter.classify(400, body.path("code").asInt()));
        assertEquals(BinanceErrorCode.TIMESTAMP, BinanceErrorAdapter.classify(400, -1021));
        assertTrue(BinanceErrorAdapter.classify(400, -1022).fatal());
        assertTrue(BinanceErrorAdapter.classify(401, -2015).fatal());
        assertTrue(BinanceErrorAdapter.classify(400, -2014).fatal());
        assertEquals(BinanceErrorCode.REJECTED, BinanceErrorAdapter.classify(400, -2010));
        assertEquals(BinanceErrorCode.UNKNOWN_ORDER, BinanceErrorAdapter.classify(400, -2011));
        assertEquals(BinanceErrorCode.FILTER, BinanceErrorAdapter.classify(400, -1013));
        assertEquals(BinanceErrorCode.TOO_MANY_ORDERS, BinanceErrorAdapter.classify(429, -1015));
        assertEquals(BinanceErrorCode.RATE_LIMITED, BinanceErrorAdapter.classify(429, 0));
        assertEquals(BinanceErrorCode.BANNED, BinanceErrorAdapter.classify(418, 0));
        assertEquals(BinanceErrorCode.UNKNOWN_FATE, BinanceErrorAdapter.classify(503, 0));
        assertEquals(BinanceErrorCode.UNKNOWN_FATE, BinanceErrorAdapter.classify(400, -1007));
    }

    @Test
    void reportsBecomeEventsAndDuplicatesAreDropped() throws Exception {
        BinanceOrderTracker t = new BinanceOrderTracker();
        OrderRequest r = OrderRequest.limit("ord-1", BTC, Side.BUY, 200, 5_900_000, TimeInForce.GTC, false, 0, "t");
        assertTrue(t.register(r, BTC_INST));
        var newReport = BinanceAdapters.executionReport(JSON.readTree(report("NEW", "NEW", "0", "0", -1)));
        var trade1 = BinanceAdapters.executionReport(JSON.readTree(report("TRADE", "PARTIALLY_FILLED", "0.00100000",
                "0.00100000", 77)));
        var trade2 = BinanceAdapters.executionReport(JSON.readTree(report("TRADE", "FILLED", "0.00100000",
                "0.00200000", 78)));
        assertInstanceOf(OrderEvent.Accepted.class, t.onReport(newReport).get(0));
        List<OrderEvent> first = t.onReport(trade1);
        assertEquals(1, first.size());
        OrderEvent.Filled f = (OrderEvent.Filled) first.get(0);
        assertEquals(100, f.fill().qtyLots());
        assertEquals(5_900_000, f.fill().priceTicks());
        assertEquals(5_900_000L, f.fill().feeCash()); // 0.059 USDT
        assertEquals("binance-BTCUSDT-77", f.fill().fillId());
        assertEquals(List.of(), t.onReport(trade1));
        assertEquals(List.of(), t.onTrade(trade1.trade()));
        OrderEvent last = t.onReport(trade2).get(0);
        assertEquals(OrderStatus.FILLED, last.state().status());
        assertTrue(t.openOrders().isEmpty());
    }

    @Test
    void aCancelWaitsForTheFillsTheVenueReported() throws Exception {
        BinanceOrderTracker t = new BinanceOrderTracker();
        OrderRequest r = OrderRequest.limit("ord-1", BTC, Side.BUY, 200, 5_900_000, TimeInForce.GTC, false, 0, "t");
        t.register(r, BTC_INST);
        t.onReport(BinanceAdapters.executionReport(JSON.readTree(report("NEW", "NEW", "0", "0", -1))));
        var cancelled = BinanceAdapters.executionReport(JSON.readTree(report("CANCELED", "CANCELED", "0",
                "0.00100000", -1)));
        assertEquals(List.of(), t.onReport(cancelled));
        assertEquals(100, t.missingLots("ord-1"));
        var trade = BinanceAdapters.executionReport(JSON.readTree(report("TRADE", "PARTIALLY_FILLED", "0.00100000",
                "0.00100000", 90)));
        List<OrderEvent> out = t.onTrade(trade.trade());
        assertEquals(List.of("Filled", "Cancelled"), out.stream().map(e -> e.getClass().getSimpleName()).toList());
        assertEquals(100, out.get(1).state().filledLots());
    }

    @Test
    void malformedReportsAreRefused() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> BinanceAdapters.executionReport(JSON.readTree(
                "{\"e\":\"executionReport\",\"s\":\"BTCUSDT\"}")));
        assertThrows(IllegalArgumentException.class, () -> BinanceAdapters.executionReport(JSON.readTree(
                report("TRADE", "FILLED", "abc", "0", 1))));
    }

    @Test
    void budgetCountsWindowsHeadersAndBackOffs() {
        RequestBudget b = new RequestBudget(List.of(new BinanceRateLimit("REQUEST_WEIGHT", "MINUTE", 1, 100),
                new BinanceRateLimit("ORDERS", "SECOND", 10, 2)));
        long t0 = 1_000_000_000_020L - Math.floorMod(1_000_000_000_020L, 60_000L) + 1_000;
        assertEquals(0, b.tryAcquire(90, 0, t0));
        assertEquals(59_000, b.tryAcquire(20, 0, t0));
        assertEquals(59_000, b.heldMillis(), "the wait handed out");
        assertEquals(0, b.tryAcquire(10, 0, t0));
        assertEquals(0, b.tryAcquire(0, 1, t0 + 60_000));
        b.observe(h -> h.equals("X-MBX-USED-WEIGHT-1M") ? "95" : null, t0 + 60_000);
        assertEquals(95, b.used(0, t0 + 60_000));
        assertTrue(b.tryAcquire(10, 0, t0 + 60_000) > 0);
        b.blockAll(t0 + 200_000);
        assertEquals(200_000 - 130_000, b.tryAcquire(1, 0, t0 + 130_000));
        assertEquals("X-MBX-ORDER-COUNT-10S", b.limits().get(1).header());
        assertEquals(5, BinanceWeights.depth(100));
        assertEquals(250, BinanceWeights.depth(5000));
    }

    @Test
    void instrumentsFromExchangeInfoRefuseOffGridOrders() throws Exception {
        var info = JSON.readTree("{\"rateLimits\":[{\"rateLimitType\":\"REQUEST_WEIGHT\",\"interval\":\"MINUTE\","
                + "\"intervalNum\":1,\"limit\":6000}],\"symbols\":[{\"symbol\":\"BTCUSDT\",\"status\":\"TRADING\","
                + "\"baseAsset\":\"BTC\",\"quoteAsset\":\"USDT\",\"filters\":[{\"filterType\":\"PRICE_FILTER\","
                + "\"minPrice\":\"0.01000000\",\"maxPrice\":\"1000000.00000000\",\"tickSize\":\"0.01000000\"},"
                + "{\"filterType\":\"LOT_SIZE\",\"minQty\":\"0.00001000\",\"maxQty\":\"9000.00000000\","
                + "\"stepSize\":\"0.00001000\"},{\"filterType\":\"NOTIONAL\",\"minNotional\":\"5.00000000\"}]}]}");
        BinanceInstrument i = BinanceAdapters.instruments(info).get(0);
        assertEquals(BTC, i.spec());
        assertEquals(6000, BinanceAdapters.rateLimits(info).get(0).limit());
        InstrumentSpec fine = new InstrumentSpec("BTCUSDT", 3, 6);
        assertTrue(i.refusal(OrderRequest.limit("a", fine, Side.BUY, 1000, 59_000_005, TimeInForce.GTC, false, 0,
                ""), null).contains("tick size"));
        assertTrue(i.refusal(OrderRequest.limit("a", fine, Side.BUY, 1001, 59_000_000, TimeInForce.GTC, false, 0,
                ""), null).contains("step size"));
        assertEquals(null, i.refusal(OrderRequest.limit("a", fine, Side.BUY, 1000, 59_000_000, TimeInForce.GTC,
                false, 0, ""), null));
    }
}
