package io.trader.venue.xchange;

import io.trader.core.domain.TimeInForce;
import org.knowm.xchange.BaseExchange;
import org.knowm.xchange.ExchangeSpecification;
import org.knowm.xchange.dto.Order;
import org.knowm.xchange.instrument.Instrument;
import org.knowm.xchange.service.trade.TradeService;

import java.io.IOException;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What the generic adapter needs to know about one XChange venue module.
 *
 * @param name             our venue name ({@code coinbase}, {@code bybit}, {@code okx})
 * @param exchangeClass    the XChange {@code Exchange} implementation
 * @param envPrefix        prefix of the key variables ({@code COINBASE} → {@code COINBASE_API_KEY}, ...)
 * @param needsPassphrase  the venue signs with a passphrase too
 * @param sandbox          sets the spec to the venue's sandbox / testnet ({@code null}: the venue has none, only
 *                         mainnet with the explicit flag)
 * @param privatePerSecond declared private REST limit (requests per second) from the venue's docs
 * @param privateBurst     declared burst
 * @param tifFlags         the module's {@link Order.IOrderFlags} per time in force; a missing entry means the module
 *                         cannot send it (such orders are rejected unsent)
 * @param clientOid        our client id → the venue's client order id format (XChange {@code userReference})
 * @param queryByClientOid the order id to ask {@code getOrder} for an order known only by client oid, or null when
 *                         the module cannot query by client id (then only open orders are searched)
 * @param fillsFromOrders  fills are read from each live order's cumulative execution ({@code getOrder}) instead of
 *                         the module's trade history (which the module lacks or cannot parse)
 * @param marketOrders     the module sends market orders with the quantity we mean (false: rejected unsent)
 * @param canceller        the module's own cancel call, or null for the generic
 *                         {@code cancelOrder(CancelOrderByInstrumentAndIdParams)}
 * @param orderQueryCalls  HTTP requests one {@code getOrder} of the module makes (tokens it takes from the budget)
 */
public record VenueProfile(String name, Class<? extends BaseExchange> exchangeClass, String envPrefix,
                           boolean needsPassphrase, Consumer<ExchangeSpecification> sandbox, double privatePerSecond,
                           int privateBurst, Map<TimeInForce, Set<Order.IOrderFlags>> tifFlags,
                           UnaryOperator<String> clientOid, UnaryOperator<String> queryByClientOid,
                           boolean fillsFromOrders, boolean marketOrders, Canceller canceller,
                           int orderQueryCalls) {

    /** A module-specific cancel of one order. */
    @FunctionalInterface
    public interface Canceller {
        /** Cancels {@code venueOrderId}; false when the venue says it could not. */
        boolean cancel(TradeService trade, Instrument instrument, String venueOrderId) throws IOException;
    }

    public VenueProfile {
        if (name == null || exchangeClass == null || envPrefix == null || tifFlags == null || clientOid == null) {
            throw new IllegalArgumentException("name, exchangeClass, envPrefix, tifFlags and clientOid are required");
        }
        if (!(privatePerSecond > 0) || privateBurst < 1 || orderQueryCalls < 1) {
            throw new IllegalArgumentException("a positive rate limit is required");
        }
        tifFlags = Map.copyOf(tifFlags);
    }

    /** True when the venue has a sandbox / testnet the adapter uses by default. */
    public boolean hasSandbox() {
        return sandbox != null;
    }
}
