package io.trader.fake.bybit;

import io.trader.fake.spot.FakeSpotMarket;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fake market's matching: scripted takes, prints through resting orders, venue-side refusals. */
class FakeBybitMarketTest {

    private final FakeSpotMarket m = new FakeSpotMarket(FakeBybit.defaultProducts());

    {
        m.setPrice("BTCUSDT", new BigDecimal("50000"));
        m.setBalance("USDT", new BigDecimal("10000"));
        m.setBalance("BTC", new BigDecimal("1"));
    }

    private Object place(String cl, String side, String type, String px, String qty, String tif, boolean quote) {
        return m.place(cl, "BTCUSDT", side, type, px == null ? null : new BigDecimal(px), new BigDecimal(qty), tif,
                quote, false);
    }

    @Test
    void restingOrdersFillOnPrintsAndPostOnlyThatWouldTakeIsCancelled() {
        var rest = (FakeSpotMarket.Order) place("a", "sell", "limit", "51000", "0.05", "GTC", false);
        assertEquals(1, m.trade("BTCUSDT", new BigDecimal("51000"), new BigDecimal("0.02")));
        assertEquals(FakeSpotMarket.Status.PARTIALLY_FILLED, rest.status());
        assertEquals(0, new BigDecimal("0.02").compareTo(rest.filled()));
        var po = (FakeSpotMarket.Order) place("b", "buy", "limit", "50500", "0.01", "POST_ONLY", false);
        assertEquals(FakeSpotMarket.Status.CANCELLED, po.status());
        assertEquals(1, m.executions("BTCUSDT", null).size());
    }

    @Test
    void marketBuysInQuoteIocRemaindersAndRefusals() {
        var mkt = (FakeSpotMarket.Order) place("c", "buy", "market", null, "1000", null, true);
        assertEquals(0, new BigDecimal("0.02").compareTo(mkt.filled()), "1000 USDT at 50000");
        var ioc = (FakeSpotMarket.Order) place("d", "buy", "limit", "49000", "0.01", "IOC", false);
        assertEquals(FakeSpotMarket.Status.CANCELLED, ioc.status());
        assertEquals(FakeSpotMarket.Refusal.DUPLICATE_CLIENT_ID, place("d", "buy", "limit", "49000", "0.01", "GTC",
                false));
        assertEquals(FakeSpotMarket.Refusal.INSUFFICIENT_FUNDS, place("e", "buy", "limit", "49000", "1", "GTC",
                false));
        assertEquals(FakeSpotMarket.Refusal.PRICE_OFF_GRID, place("f", "buy", "limit", "49000.001", "0.01", "GTC",
                false));
        assertEquals(FakeSpotMarket.Refusal.QTY_OFF_GRID, place("g", "buy", "limit", "49000", "0.0100001", "GTC",
                false));
    }
}
