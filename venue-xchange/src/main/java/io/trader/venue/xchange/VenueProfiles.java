package io.trader.venue.xchange;

import io.trader.core.domain.TimeInForce;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.bybit.BybitExchange;
import org.knowm.xchange.coinbasepro.CoinbaseProExchange;
import org.knowm.xchange.coinbasepro.dto.trade.CoinbaseProOrderFlags;
import org.knowm.xchange.dto.Order;
import org.knowm.xchange.dto.trade.LimitOrder;
import org.knowm.xchange.instrument.Instrument;
import org.knowm.xchange.service.trade.TradeService;
import org.knowm.xchange.bybit.dto.BybitCategory;
import org.knowm.xchange.bybit.service.BybitTradeService;
import org.knowm.xchange.okex.OkexExchange;
import org.knowm.xchange.okex.dto.trade.OkexOrderFlags;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The venues declared for the XChange route. Rate limits are the venues' documented private REST limits:
 * Coinbase Exchange 15 requests/s with bursts to 30 (Exchange REST "Rate limits", private endpoints; Advanced Trade
 * would be 30/s); Bybit v5 10 orders/s per UID on spot create/cancel (v5 "Rate limit"); OKX 60 per 2 s on
 * place-order per instrument and 20 per 2 s on most other private endpoints, so 10/s with a burst of 20. Client
 * order ids: Coinbase and Bybit take a UUID (name-based on our client id, so a resend carries the same one), OKX
 * up to 32 alphanumerics (the same UUID without dashes). Time-in-force flags as each module reads them:
 * xchange-coinbasepro knows POST_ONLY and IMMEDIATE_OR_CANCEL; xchange-okex POST_ONLY only (its OPTIMAL_LIMIT_IOC
 * is a market-like order, not an IOC limit); xchange-bybit 5.2.1 no flag (GTC only). Bybit and OKX read fills from
 * the order's cumulative execution: xchange-bybit 5.2.1 has no trade history or open-orders call, and xchange-okex
 * 5.2.1's trade history is the fully filled orders (one "trade" per order; partial fills, and fills of an order
 * cancelled after a partial fill, never show) with no {@code createTradeHistoryParams}. Their market orders are rejected unsent: neither module says the size is in the base
 * currency, and both venues read a spot market buy's size as quote currency. xchange-bybit's getOrder asks each of
 * the four categories, so it costs four tokens.
 */
public final class VenueProfiles {

    private VenueProfiles() {
    }

    private static final VenueProfile COINBASE = new VenueProfile("coinbase", CoinbaseProExchange.class, "COINBASE",
            true, spec -> {
                spec.setExchangeSpecificParametersItem(Exchange.USE_SANDBOX, true);
                spec.setExchangeSpecificParametersItem(CoinbaseProExchange.Parameters.PARAM_USE_PRIME, true);
            }, 15, 30,
            Map.of(TimeInForce.GTC, Set.of(),
                    TimeInForce.IOC, Set.<Order.IOrderFlags>of(CoinbaseProOrderFlags.IMMEDIATE_OR_CANCEL),
                    TimeInForce.POST_ONLY, Set.<Order.IOrderFlags>of(CoinbaseProOrderFlags.POST_ONLY)),
            VenueProfiles::uuid, oid -> "client:" + oid, false, true, null, 1);

    private static final VenueProfile BYBIT = new VenueProfile("bybit", BybitExchange.class, "BYBIT", false,
            spec -> spec.setExchangeSpecificParametersItem(Exchange.USE_SANDBOX, true), 10, 10,
            Map.of(TimeInForce.GTC, Set.of()), VenueProfiles::uuid, null, true, false, VenueProfiles::bybitCancel,
            BybitCategory.values().length);

    private static final VenueProfile OKX = new VenueProfile("okx", OkexExchange.class, "OKX", true,
            spec -> spec.setExchangeSpecificParametersItem(OkexExchange.PARAM_SIMULATED, "1"), 10, 20,
            Map.of(TimeInForce.GTC, Set.of(),
                    TimeInForce.POST_ONLY, Set.<Order.IOrderFlags>of(OkexOrderFlags.POST_ONLY)),
            id -> uuid(id).replace("-", ""), null, true, false, null, 1);

    private static final List<VenueProfile> ALL = List.of(COINBASE, BYBIT, OKX);

    /** The profile of a venue name (case-insensitive; {@code okex} is {@code okx}). */
    public static Optional<VenueProfile> of(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
        String key = n.equals("okex") ? "okx" : n.equals("coinbasepro") ? "coinbase" : n;
        return ALL.stream().filter(p -> p.name().equals(key)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(VenueProfile::name).toList();
    }

    /** xchange-bybit 5.2.1 has no generic cancel; its own {@code cancelOrder(Order)} posts /v5/order/cancel. */
    private static boolean bybitCancel(TradeService trade, Instrument instrument, String venueOrderId)
            throws IOException {
        Order order = new LimitOrder.Builder(Order.OrderType.BID, instrument).id(venueOrderId).build();
        return venueOrderId.equals(((BybitTradeService) trade).cancelOrder(order));
    }

    /** A stable UUID for a client id: the same id always gives the same venue client order id. */
    static String uuid(String clientId) {
        return UUID.nameUUIDFromBytes(clientId.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
