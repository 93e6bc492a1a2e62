package io.trader.venue.kraken;

import io.trader.core.domain.Fill;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.event.RiskEvent;
import io.trader.core.venue.ReconciliationResult;
import io.vertx.core.Future;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares the adapter and the platform with Kraken and builds the venue-independent {@link ReconciliationResult}.
 *
 * <p>Reads: {@code OpenOrders}, {@code QueryOrders} (tracked orders no longer open), {@code ClosedOrders} (orders
 * of unknown fate, by {@code cl_ord_id}), {@code TradesHistory} since {@code fillsSince}, {@code BalanceEx},
 * {@code TradeBalance} and the public {@code Ticker} (marks).
 *
 * <p>Spot semantics: Kraken spot keeps balances, not positions. The position of an instrument is its base asset's
 * balance minus the <i>starting balance</i> (read at {@link KrakenExchange#start()} or given by the app), in lots;
 * the entry cost is absent (spot has no entry price). Margin figures come from {@code TradeBalance} in the quote
 * asset: account value {@code eb} (all balances valued in the quote), margin used {@code m}, withdrawable {@code mf}.
 * A position that the platform's position plus the missed fills does not explain is a difference that halts.
 */
final class KrakenReconciler {

    private final KrakenSession s;
    private final FillPoller poller;

    KrakenReconciler(KrakenSession session, FillPoller poller) {
        this.s = session;
        this.poller = poller;
    }

    private record VenueView(List<KrakenDto.Order> open, List<KrakenDto.Order> queried, List<KrakenDto.Order> closed,
                             List<KrakenDto.Trade> trades, Map<String, KrakenDto.BalanceEntry> balances,
                             KrakenDto.TradeBalance tradeBalance, Map<String, BigDecimal> marks) {
    }

    Future<ReconciliationResult> run(Map<String, Long> localPositions, Collection<Fill> recentFills, long fillsSince) {
        List<OrderTable.Tracked> live = s.read(OrderTable::live);
        List<String> txids = live.stream().filter(t -> t.txid != null).map(t -> t.txid).toList();
        Future<List<KrakenDto.Order>> open = call("OpenOrders", Map.of())
                .map(r -> KrakenWire.orders(r.path("open"), s.malformed));
        return open.compose(o -> (txids.isEmpty() ? Future.succeededFuture(List.<KrakenDto.Order>of())
                        : poller.queryOrders(txids))
                .compose(q -> call("ClosedOrders", Map.of("start", Long.toString(Math.max(0, fillsSince / 1000 - 60))))
                        .map(r -> KrakenWire.orders(r.path("closed"), s.malformed))
                        .compose(c -> poller.trades(fillsSince)
                                .compose(tr -> call("BalanceEx", Map.of())
                                        .map(r -> KrakenWire.balanceEx(r, s.malformed))
                                        .compose(b -> call("TradeBalance", Map.of("asset", s.config.quoteAsset()))
                                                .map(KrakenWire::tradeBalance)
                                                .compose(tb -> marks().map(m ->
                                                        new VenueView(o, q, c, tr, b, tb, m))))))))
                .map(v -> build(v, live, localPositions, recentFills));
    }

    private Future<com.fasterxml.jackson.databind.JsonNode> call(String method, Map<String, String> params) {
        return s.rest.privateCall(method, params, KrakenRest.Cost.of(method), false).compose(o -> {
            if (o instanceof KrakenOutcome.Ok ok) {
                return Future.succeededFuture(ok.result());
            }
            if (o instanceof KrakenOutcome.Refused f && f.code().fatal()) {
                s.halt("Kraken refused the credentials: " + f.reason());
            }
            return Future.failedFuture(method + " failed: " + (o instanceof KrakenOutcome.Refused f ? f.reason()
                    : ((KrakenOutcome.Unknown) o).reason()));
        });
    }

    private Future<Map<String, BigDecimal>> marks() {
        String pairs = s.instruments.entries().stream().map(e -> e.pair().altname()).collect(Collectors.joining(","));
        if (pairs.isEmpty()) {
            return Future.succeededFuture(Map.of());
        }
        return s.rest.publicGet("Ticker", Map.of("pair", pairs)).map(r -> {
            Map<String, BigDecimal> out = new HashMap<>();
            r.fields().forEachRemaining(e -> {
                try {
                    out.put(e.getKey(), new BigDecimal(e.getValue().path("c").path(0).asText()));
                } catch (RuntimeException ex) {
                    s.malformed.drop("ticker: bad last price");
                }
            });
            return out;
        }).otherwise(Map.of());
    }

    private ReconciliationResult build(VenueView v, List<OrderTable.Tracked> live, Map<String, Long> localPositions,
                                       Collection<Fill> recentFills) {
        long now = s.now();
        List<RiskEvent.ReconciliationDifference> diffs = new ArrayList<>();
        List<String> halts = new ArrayList<>();
        List<OrderState> openStates = new ArrayList<>();
        List<OrderState> closedStates = new ArrayList<>();
        Map<String, String> clientByTxid = new HashMap<>();
        Set<String> matched = new HashSet<>();
        for (KrakenDto.Order o : v.open()) {
            Optional<KrakenInstruments.Entry> e = s.instruments.byPair(o.pair());
            if (e.isEmpty()) {
                diffs.add(diff(o.pair(), "open order " + o.txid() + " on a pair the platform does not trade", now));
                continue;
            }
            Optional<OrderTable.Tracked> t = s.read(tab -> tab.byTxid(o.txid()).or(() -> tab.byClOrdId(o.clOrdId())));
            String clientId = t.map(x -> x.state.clientId()).orElse(OrderTable.ADOPTED_PREFIX + o.txid());
            OrderState venue = KrakenMapping.state(o, clientId, e.get().spec(), now);
            if (t.isPresent()) {
                OrderState local = t.get().state;
                venue = new OrderState(local.request(), KrakenMapping.status(o, venue.filledLots(),
                        local.request().quantityLots()), venue.filledLots(), venue.filledNotional(), o.txid(), now);
                matched.add(clientId);
                if (local.filledLots() != venue.filledLots() || !o.txid().equals(local.venueOrderId())) {
                    diffs.add(diff(e.get().spec().symbol(), "order " + clientId + " corrected: filled "
                            + local.filledLots() + " -> " + venue.filledLots() + " lots", now));
                }
            } else {
                diffs.add(diff(e.get().spec().symbol(), "open order " + o.txid() + " adopted as " + clientId, now));
            }
            clientByTxid.put(o.txid(), clientId);
            openStates.add(venue);
        }
        Map<String, KrakenDto.Order> known = new HashMap<>();
        v.closed().forEach(o -> known.put(o.txid(), o));
        v.queried().forEach(o -> known.put(o.txid(), o));
        for (OrderTable.Tracked t : live) {
            String id = t.state.clientId();
            if (matched.contains(id)) {
                continue;
            }
            KrakenDto.Order o = t.txid != null ? known.get(t.txid) : v.closed().stream()
                    .filter(c -> t.clOrdId.equals(c.clOrdId())).findFirst().orElse(null);
            OrderState fin;
            if (o == null || o.isOpen()) {
                fin = t.state.withStatus(OrderStatus.REJECTED, now);
            } else {
                OrderState st = KrakenMapping.state(o, id, t.entry.spec(), now);
                fin = new OrderState(t.state.request(), KrakenMapping.status(o, st.filledLots(),
                        t.state.request().quantityLots()), Math.min(st.filledLots(), t.state.request().quantityLots()),
                        st.filledNotional(), o.txid(), now);
                clientByTxid.put(o.txid(), id);
            }
            closedStates.add(fin);
            diffs.add(diff(t.entry.spec().symbol(), "order " + id + " no longer open at Kraken: " + fin.status(), now));
        }
        Set<String> localFillIds = recentFills.stream().map(Fill::fillId).collect(Collectors.toSet());
        List<Fill> missed = new ArrayList<>();
        Set<String> fillKeys = new HashSet<>();
        long latest = 0;
        Map<String, Long> missedLots = new HashMap<>();
        for (KrakenDto.Trade tr : v.trades()) {
            latest = Math.max(latest, tr.time());
            fillKeys.add(tr.tradeId());
            Optional<KrakenInstruments.Entry> e = s.instruments.byPair(tr.pair());
            // missed unless the platform applied it: a trade the poll already reported may still be on its way to
            // the engine (the reconciliation runs on the engine thread ahead of it); the engine applies a fill once
            if (e.isEmpty() || localFillIds.contains(tr.tradeId())) {
                continue;
            }
            String clientId = clientByTxid.getOrDefault(tr.orderTxid(), s.read(tab -> tab.byTxid(tr.orderTxid())
                    .map(x -> x.state.clientId()).orElse(OrderTable.ADOPTED_PREFIX + tr.orderTxid())));
            Fill f = KrakenMapping.fill(tr, clientId, e.get().spec());
            missed.add(f);
            missedLots.merge(e.get().spec().symbol(), f.signedLots(), Long::sum);
        }
        Map<String, Long> positions = new HashMap<>();
        Map<String, Long> markTicks = new HashMap<>();
        for (KrakenInstruments.Entry e : s.instruments.entries()) {
            String sym = e.spec().symbol();
            BigDecimal bal = Optional.ofNullable(v.balances().get(e.pair().base()))
                    .map(KrakenDto.BalanceEntry::balance).orElse(BigDecimal.ZERO);
            long pos = KrakenInstruments.lots(e.spec(), bal.subtract(s.startBalances.getOrDefault(e.pair().base(),
                    BigDecimal.ZERO)));
            positions.put(sym, pos);
            long expected = localPositions.getOrDefault(sym, 0L) + missedLots.getOrDefault(sym, 0L);
            if (expected != pos) {
                String d = "position " + pos + " lots at Kraken (" + e.pair().base() + " balance " + bal.toPlainString()
                        + " minus start), platform " + expected + " lots with the missed fills";
                diffs.add(diff(sym, d, now));
                halts.add(sym + ": " + d);
            }
            BigDecimal mark = v.marks().get(e.pair().name());
            if (mark == null) {
                mark = v.marks().get(e.pair().altname());
            }
            if (mark != null) {
                markTicks.put(sym, KrakenInstruments.ticks(e.spec(), mark));
            }
        }
        if (s.haltReason() != null) {
            halts.add(s.haltReason());
        }
        KrakenDto.TradeBalance tb = v.tradeBalance();
        var margin = new ReconciliationResult.Margin(KrakenMapping.cash(tb.eb()), KrakenMapping.cash(tb.m()),
                KrakenMapping.cash(tb.mf()), 0, markTicks);
        adopt(openStates, closedStates, fillKeys, latest);
        return new ReconciliationResult(openStates, closedStates, positions, Map.of(), missed, diffs,
                !halts.isEmpty(), halts, margin, fillKeys, latest);
    }

    /** Takes the venue's truth into the adapter: open orders tracked, closed ones closed, the trades read seen. */
    private void adopt(List<OrderState> open, List<OrderState> closed, Set<String> fillKeys, long latest) {
        s.read(tab -> {
            for (OrderState st : open) {
                Optional<OrderTable.Tracked> t = tab.get(st.clientId());
                if (t.isPresent()) {
                    tab.correct(t.get(), st);
                } else {
                    tab.restore(st, s.instruments.bySymbol(st.request().instrument().symbol()).orElseThrow());
                }
            }
            closed.forEach(st -> tab.get(st.clientId()).ifPresent(t -> tab.correct(t, st)));
            fillKeys.forEach(tab::markSeen);
            return null;
        });
        poller.advance(latest);
    }

    private static RiskEvent.ReconciliationDifference diff(String symbol, String detail, long now) {
        return new RiskEvent.ReconciliationDifference(symbol, detail, now);
    }
}
