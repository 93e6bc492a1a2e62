package io.trader.venue.xchange;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.Side;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.dto.Order;
import org.knowm.xchange.dto.trade.LimitOrder;
import org.knowm.xchange.dto.trade.MarketOrder;
import org.knowm.xchange.instrument.Instrument;
import org.knowm.xchange.exceptions.NotAvailableFromExchangeException;
import org.knowm.xchange.service.trade.TradeService;
import org.knowm.xchange.service.trade.params.orders.DefaultQueryOrderParamInstrument;
import org.knowm.xchange.service.trade.params.TradeHistoryParamCurrencyPair;
import org.knowm.xchange.service.trade.params.TradeHistoryParamInstrument;
import org.knowm.xchange.service.trade.params.TradeHistoryParamLimit;
import org.knowm.xchange.service.trade.params.TradeHistoryParamTransactionId;
import org.knowm.xchange.service.trade.params.TradeHistoryParams;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Pure builders of XChange request objects from our orders, and of the generic trade-history query (instrument,
 * optionally one order, at most {@link #FILL_PAGE} trades) every module reads as far as it supports it.
 */
final class XChangeCalls {

    static final int FILL_PAGE = 100;

    private XChangeCalls() {
    }

    /**
     * The XChange order of a request: limit price and amount as exact decimals of the request's scales, our client
     * order id as {@code userReference}, the module's time-in-force flags.
     */
    static Order order(OrderRequest r, Instrument instrument, String clientOid, Set<Order.IOrderFlags> flags) {
        Order.OrderType type = r.side() == Side.BUY ? Order.OrderType.BID : Order.OrderType.ASK;
        BigDecimal amount = r.instrument().qtyDecimal(r.quantityLots());
        if (r.type() == OrderType.MARKET) {
            return new MarketOrder.Builder(type, instrument).originalAmount(amount).userReference(clientOid).build();
        }
        LimitOrder.Builder b = new LimitOrder.Builder(type, instrument).originalAmount(amount)
                .limitPrice(r.instrument().priceDecimal(r.limitTicks())).userReference(clientOid);
        flags.forEach(b::flag);
        return b.build();
    }

    /** Null when the order fits the venue's grid and minimum, else why not. */
    static String offGrid(OrderRequest r, XChangeInstruments.Entry venue) {
        BigDecimal amount = r.instrument().qtyDecimal(r.quantityLots());
        if (amount.stripTrailingZeros().scale() > venue.spec().qtyScale()) {
            return "quantity " + amount.toPlainString() + " is finer than the venue's " + venue.spec().qtyScale()
                    + " decimals";
        }
        if (amount.compareTo(venue.minAmount()) < 0) {
            return "quantity " + amount.toPlainString() + " is below the venue's minimum "
                    + venue.minAmount().toPlainString();
        }
        if (r.type() == OrderType.LIMIT) {
            BigDecimal price = r.instrument().priceDecimal(r.limitTicks());
            if (price.stripTrailingZeros().scale() > venue.spec().priceScale()) {
                return "price " + price.toPlainString() + " is finer than the venue's " + venue.spec().priceScale()
                        + " decimals";
            }
        }
        return null;
    }

    /**
     * One order by venue id, null when the venue has none. Asks with the instrument (xchange-okex needs it); a module
     * that only implements the id-only {@code getOrder(String...)} (xchange-bybit) is asked that way.
     */
    static Order getOrder(TradeService trade, Instrument instrument, String venueOrderId) throws IOException {
        java.util.Collection<Order> found;
        try {
            found = trade.getOrder(new DefaultQueryOrderParamInstrument(instrument, venueOrderId));
        } catch (NotAvailableFromExchangeException e) {
            found = trade.getOrder(venueOrderId);
        }
        return found == null ? null : found.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The trade-history query of an instrument, narrowed to one order when {@code venueOrderId} is not null. */
    static TradeHistoryParams fills(TradeService trade, Instrument instrument, String venueOrderId) {
        TradeHistoryParams p = trade.createTradeHistoryParams();
        if (p instanceof TradeHistoryParamCurrencyPair cp && instrument instanceof CurrencyPair pair) {
            cp.setCurrencyPair(pair);
        }
        if (p instanceof TradeHistoryParamInstrument ip) {
            ip.setInstrument(instrument);
        }
        if (p instanceof TradeHistoryParamLimit lp) {
            lp.setLimit(FILL_PAGE);
        }
        if (venueOrderId != null && p instanceof TradeHistoryParamTransactionId tp) {
            tp.setTransactionId(venueOrderId);
        }
        return p;
    }
}
