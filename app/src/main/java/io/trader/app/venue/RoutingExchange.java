package io.trader.app.venue;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.port.ExchangePort;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exchange port of a multi-venue session: each instrument belongs to one venue, and its orders go to that venue's
 * adapter. Positions, orders and fills stay keyed by the instrument, so BTC on two venues are two instruments (two
 * positions). Cancels go to the venue that holds the order; cancel-all and the open orders span every venue.
 */
public final class RoutingExchange implements ExchangePort {

    private final Map<String, ExchangePort> byVenue;
    private final Map<String, String> venueBySymbol;
    private final Map<String, ExchangePort> byClientId = new ConcurrentHashMap<>();

    /**
     * @param byVenue       each venue's adapter, by venue name
     * @param venueBySymbol the venue of each instrument the session trades
     */
    public RoutingExchange(Map<String, ExchangePort> byVenue, Map<String, String> venueBySymbol) {
        this.byVenue = new LinkedHashMap<>(byVenue);
        this.venueBySymbol = Map.copyOf(venueBySymbol);
        for (Map.Entry<String, String> e : venueBySymbol.entrySet()) {
            if (!byVenue.containsKey(e.getValue())) {
                throw new IllegalArgumentException(e.getKey() + " is routed to " + e.getValue()
                        + ", which is not one of the session's venues " + byVenue.keySet());
            }
        }
    }

    @Override
    public String name() {
        return String.join("+", byVenue.keySet());
    }

    /** The adapter of {@code venue}, or null. */
    public ExchangePort venue(String venue) {
        return byVenue.get(venue);
    }

    /** The venue of an instrument, or null when the session does not trade it. */
    public String venueOf(String symbol) {
        return venueBySymbol.get(symbol);
    }

    @Override
    public void submit(OrderRequest request) {
        ExchangePort port = portOf(request.instrument().symbol());
        byClientId.putIfAbsent(request.clientId(), port);
        port.submit(request);
    }

    @Override
    public void cancel(String clientId, String reason) {
        ExchangePort port = byClientId.get(clientId);
        if (port != null) {
            port.cancel(clientId, reason);
            return;
        }
        for (OrderState o : openOrders()) { // restored after a restart: find it by its instrument
            if (o.clientId().equals(clientId)) {
                portOf(o.request().instrument().symbol()).cancel(clientId, reason);
                return;
            }
        }
    }

    @Override
    public void cancelAll(String reason) {
        byVenue.values().forEach(p -> p.cancelAll(reason));
    }

    @Override
    public Collection<OrderState> openOrders() {
        List<OrderState> out = new ArrayList<>();
        byVenue.values().forEach(p -> out.addAll(p.openOrders()));
        return out;
    }

    private ExchangePort portOf(String symbol) {
        String venue = venueBySymbol.get(symbol);
        if (venue == null) {
            throw new IllegalStateException("no venue trades " + symbol + " in this session");
        }
        return byVenue.get(venue);
    }
}
