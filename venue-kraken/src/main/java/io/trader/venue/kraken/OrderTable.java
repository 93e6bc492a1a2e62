package io.trader.venue.kraken;

import io.trader.core.domain.Fill;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.event.OrderEvent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The adapter's orders: platform state plus Kraken's ids, indexed by client id, txid and {@code cl_ord_id}; the
 * trade ids already turned into fills. Every change returns the events it causes. Guarded by the caller's lock
 * (all access goes through {@link KrakenSession#apply}).
 */
final class OrderTable {

    /** Prefix of client ids the adapter gives orders it adopts from the venue. */
    static final String ADOPTED_PREFIX = "kr-";
    private static final int MAX_SEEN = 200_000;

    static final class Tracked {
        OrderState state;
        String txid;
        final String clOrdId;
        final KrakenInstruments.Entry entry;
        long sentAt;
        int attempts;
        String pendingCancel;
        boolean cancelSent;

        Tracked(OrderState state, KrakenInstruments.Entry entry) {
            this.state = state;
            this.entry = entry;
            this.clOrdId = clOrdId(state.clientId());
        }
    }

    private final Map<String, Tracked> byClient = new LinkedHashMap<>();
    private final Map<String, String> byTxid = new HashMap<>();
    private final Map<String, String> byClOrdId = new HashMap<>();
    private final LinkedHashSet<String> seenTrades = new LinkedHashSet<>();
    private final Map<String, List<KrakenDto.Trade>> orphans = new LinkedHashMap<>();

    /** The {@code cl_ord_id} of a client id: a name-based UUID, the same after every restart. */
    static String clOrdId(String clientId) {
        return UUID.nameUUIDFromBytes(("trader:" + clientId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    boolean isKnown(String clientId) {
        return byClient.containsKey(clientId);
    }

    Tracked register(OrderRequest request, KrakenInstruments.Entry entry) {
        Tracked t = new Tracked(OrderState.created(request), entry);
        byClient.put(request.clientId(), t);
        byClOrdId.put(t.clOrdId, request.clientId());
        return t;
    }

    Optional<Tracked> get(String clientId) {
        return Optional.ofNullable(byClient.get(clientId));
    }

    Optional<Tracked> byTxid(String txid) {
        String id = byTxid.get(txid);
        return id == null ? Optional.empty() : get(id);
    }

    Optional<Tracked> byClOrdId(String clOrdId) {
        String id = clOrdId == null ? null : byClOrdId.get(clOrdId);
        return id == null ? Optional.empty() : get(id);
    }

    /** Orders open or of unknown fate, in submission order. */
    List<Tracked> live() {
        List<Tracked> out = new ArrayList<>();
        byClient.values().forEach(t -> {
            if (t.state.status().isOpen() || t.state.status() == OrderStatus.UNKNOWN) {
                out.add(t);
            }
        });
        return out;
    }

    List<OrderState> openStates() {
        return live().stream().map(t -> t.state).toList();
    }

    List<OrderEvent> accepted(Tracked t, String txid, long now) {
        List<OrderEvent> out = new ArrayList<>();
        setTxid(t, txid);
        OrderStatus st = t.state.filledLots() > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.ACCEPTED;
        t.state = t.state.withVenueId(txid, now).withStatus(st, now);
        out.add(new OrderEvent.Accepted(t.state, now));
        List<KrakenDto.Trade> waiting = orphans.remove(txid);
        if (waiting != null) {
            waiting.forEach(tr -> out.addAll(fill(t, tr, now)));
        }
        return out;
    }

    void setTxid(Tracked t, String txid) {
        t.txid = txid;
        byTxid.put(txid, t.state.clientId());
    }

    List<OrderEvent> unknown(Tracked t, String reason, long now) {
        t.state = t.state.withStatus(OrderStatus.UNKNOWN, now);
        return List.of(new OrderEvent.Unknown(t.state, reason, now));
    }

    List<OrderEvent> rejected(Tracked t, String reason, long now) {
        t.state = t.state.withStatus(OrderStatus.REJECTED, now);
        forget(t);
        return List.of(new OrderEvent.Rejected(t.state, reason, now));
    }

    List<OrderEvent> cancelled(Tracked t, String reason, long now) {
        t.state = t.state.withStatus(OrderStatus.CANCELLED, now);
        forget(t);
        return List.of(new OrderEvent.Cancelled(t.state, reason, now));
    }

    /** A trade of the venue: a fill of a tracked order (once per trade id), or kept until its order is known. */
    List<OrderEvent> onTrade(KrakenDto.Trade trade, long now) {
        if (seenTrades.contains(trade.tradeId())) {
            return List.of();
        }
        Optional<Tracked> t = byTxid(trade.orderTxid());
        if (t.isEmpty()) {
            if (orphans.size() < 10_000) {
                List<KrakenDto.Trade> list = orphans.computeIfAbsent(trade.orderTxid(), k -> new ArrayList<>());
                if (list.stream().noneMatch(x -> x.tradeId().equals(trade.tradeId()))) {
                    list.add(trade);
                }
            }
            return List.of();
        }
        return fill(t.get(), trade, now);
    }

    private List<OrderEvent> fill(Tracked t, KrakenDto.Trade trade, long now) {
        if (!markSeen(trade.tradeId())) {
            return List.of();
        }
        Fill f = KrakenMapping.fill(trade, t.state.clientId(), t.entry.spec());
        long lots = Math.min(f.qtyLots(), t.state.remainingLots());
        if (lots <= 0) {
            return List.of();
        }
        t.state = t.state.withFill(lots, f.priceTicks(), now);
        if (t.state.status() == OrderStatus.FILLED) {
            forget(t);
        }
        return List.of(new OrderEvent.Filled(f, t.state, now));
    }

    boolean markSeen(String tradeId) {
        if (!seenTrades.add(tradeId)) {
            return false;
        }
        if (seenTrades.size() > MAX_SEEN) {
            var it = seenTrades.iterator();
            it.next();
            it.remove();
        }
        return true;
    }

    boolean seen(String tradeId) {
        return seenTrades.contains(tradeId);
    }

    /** Trades kept for orders not (yet) known, by order txid. */
    Map<String, List<KrakenDto.Trade>> orphans() {
        return orphans;
    }

    /** Puts an order back (restart, or adopted from the venue) without events. */
    void restore(OrderState state, KrakenInstruments.Entry entry) {
        Tracked t = new Tracked(state, entry);
        byClient.put(state.clientId(), t);
        byClOrdId.put(t.clOrdId, state.clientId());
        if (state.venueOrderId() != null) {
            setTxid(t, state.venueOrderId());
        }
    }

    /** Replaces a tracked order's state (reconciliation truth). */
    void correct(Tracked t, OrderState state) {
        t.state = state;
        if (state.venueOrderId() != null && t.txid == null) {
            setTxid(t, state.venueOrderId());
        }
        if (state.status().isTerminal()) {
            forget(t);
        }
    }

    Collection<String> clientIds() {
        return List.copyOf(byClient.keySet());
    }

    private void forget(Tracked t) {
        // closed orders stay known (a retried submit of the same client id is still ignored) but leave the indexes
        byClOrdId.remove(t.clOrdId);
    }
}
