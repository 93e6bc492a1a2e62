package io.trader.venue.xchange;

import io.trader.fake.spot.FakeSpotMarket;
import org.junit.jupiter.api.Test;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.dto.Order;
import org.knowm.xchange.dto.trade.MarketOrder;
import org.knowm.xchange.exceptions.NotYetImplementedForExchangeException;
import org.knowm.xchange.service.trade.params.DefaultCancelOrderByInstrumentAndIdParams;
import org.knowm.xchange.service.trade.params.TradeHistoryParamsAll;
import org.knowm.xchange.service.trade.params.orders.DefaultQueryOrderParamInstrument;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What xchange-bybit 5.2.1 and xchange-okex 5.2.1 cannot do, shown on the fakes through the bare modules. Each test
 * documents a limitation listed in the module README (and why the adapter rejects or works around nothing).
 */
class XChangeModuleLimitsTest {

    private static final CurrencyPair BTC_USDT = new CurrencyPair("BTC", "USDT");

    @Test
    void bybitHasNoTradeHistoryNoOpenOrdersAndNoGenericCancel() throws Exception {
        try (BybitFakeSession s = new BybitFakeSession()) {
            var trade = s.module().getTradeService();
            assertThrows(NotYetImplementedForExchangeException.class,
                    () -> trade.getTradeHistory(trade.createTradeHistoryParams()));
            assertThrows(NotYetImplementedForExchangeException.class, trade::getOpenOrders);
            assertThrows(NotYetImplementedForExchangeException.class,
                    () -> trade.cancelOrder(new DefaultCancelOrderByInstrumentAndIdParams(BTC_USDT, "1")));
        }
    }

    @Test
    void bybitOrderQueriesCarryNeitherTheClientIdNorTheFee() throws Exception {
        try (BybitFakeSession s = new BybitFakeSession()) {
            s.market.place("link-1", "BTCUSDT", "buy", "limit", new BigDecimal("50100"), new BigDecimal("0.01"),
                    "GTC", false, false);
            String id = s.market.allOrders().get(0).id();
            Order o = s.module().getTradeService().getOrder(id).iterator().next();
            assertEquals(Order.OrderStatus.FILLED, o.getStatus());
            assertNull(o.getUserReference(), "orderLinkId is dropped");
            assertNull(o.getFee(), "cumExecFee is dropped");
            assertEquals(4, s.fake.hits("GET /v5/order/realtime"), "one query per category: spot, linear, inverse, option");
        }
    }

    @Test
    void bybitMarketBuySizeIsReadAsQuoteCurrency() throws Exception {
        try (BybitFakeSession s = new BybitFakeSession()) {
            s.module().getTradeService().placeMarketOrder(new MarketOrder.Builder(Order.OrderType.BID, BTC_USDT)
                    .originalAmount(new BigDecimal("0.01")).build());
            FakeSpotMarket.Order o = s.market.allOrders().get(0);
            assertTrue(o.quoteSized(), "no marketUnit sent: 0.01 means 0.01 USDT");
            assertEquals(0, o.filled().signum(), "0.01 USDT buys less than one step of BTC");
        }
    }

    /** xchange-okex has no createTradeHistoryParams; its getTradeHistory takes any instrument param. */
    private static TradeHistoryParamsAll history() {
        TradeHistoryParamsAll p = new TradeHistoryParamsAll();
        p.setInstrument(BTC_USDT);
        return p;
    }

    @Test
    void okxTradeHistoryIsTheFilledOrdersOnly() throws Exception {
        try (OkxFakeSession s = new OkxFakeSession()) {
            var trade = s.module().getTradeService();
            assertThrows(NotYetImplementedForExchangeException.class, trade::createTradeHistoryParams);
            var partial = (FakeSpotMarket.Order) s.market.place("p", "BTC-USDT", "sell", "limit",
                    new BigDecimal("51000.0"), new BigDecimal("0.05"), "GTC", false, false);
            s.market.trade("BTC-USDT", new BigDecimal("51000"), new BigDecimal("0.02"));
            assertTrue(trade.getTradeHistory(history()).getUserTrades().isEmpty(),
                    "0.02 executed on a live order: not reported");
            s.market.cancel(partial.id());
            assertTrue(trade.getTradeHistory(history()).getUserTrades().isEmpty(),
                    "orders-history is asked with state=filled: a partly filled, cancelled order never shows");
            var full = (FakeSpotMarket.Order) s.market.place("f", "BTC-USDT", "buy", "limit",
                    new BigDecimal("50100.0"), new BigDecimal("0.01"), "GTC", false, false);
            var trades = trade.getTradeHistory(history()).getUserTrades();
            assertEquals(1, trades.size());
            assertEquals(full.id(), trades.get(0).getId(), "one 'trade' per filled order, its id the order id");
        }
    }

    @Test
    void okxCannotReadAMarketOrderBackNorQueryByClientId() throws Exception {
        try (OkxFakeSession s = new OkxFakeSession()) {
            var trade = s.module().getTradeService();
            String id = trade.placeMarketOrder(new MarketOrder.Builder(Order.OrderType.ASK, BTC_USDT)
                    .originalAmount(new BigDecimal("0.01")).userReference("clientabc").build());
            assertThrows(NumberFormatException.class,
                    () -> trade.getOrder(new DefaultQueryOrderParamInstrument(BTC_USDT, id)), "px \"\" of a market order");
            assertTrue(trade.getOrder(new DefaultQueryOrderParamInstrument(BTC_USDT, "clientabc")).isEmpty(),
                    "the client id is sent as ordId: nothing found");
        }
    }

    @Test
    void okxMarketBuySizeIsReadAsQuoteCurrency() throws Exception {
        try (OkxFakeSession s = new OkxFakeSession()) {
            s.module().getTradeService().placeMarketOrder(new MarketOrder.Builder(Order.OrderType.BID, BTC_USDT)
                    .originalAmount(new BigDecimal("0.01")).build());
            FakeSpotMarket.Order o = s.market.allOrders().get(0);
            assertTrue(o.quoteSized(), "no tgtCcy sent: 0.01 means 0.01 USDT");
            assertEquals(0, new BigDecimal("0.0000002").compareTo(o.filled()), "0.01 USDT worth of BTC at 50000");
        }
    }
}
