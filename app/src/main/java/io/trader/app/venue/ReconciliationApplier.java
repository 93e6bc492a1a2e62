package io.trader.app.venue;

import io.trader.app.engine.AppliedFills;
import io.trader.app.run.SessionParts;
import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskEvent;
import io.trader.layer4.core.hyperliquid.ReconciliationResult;
import io.trader.layer5.core.Position;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Applies a reconciliation's venue truth to a session, on the engine thread, through the same events the venue's
 * stream would have brought, so the portfolio, the store, the API and the metrics all see the same thing:
 * <ul>
 *   <li>each missed fill becomes an {@link OrderEvent.Filled} with its real price, size and fee (the engine's
 *       {@link AppliedFills} ledger applies a fill id once, so a fill the stream also delivers is not counted
 *       twice);</li>
 *   <li>each local order no longer open at the venue ends with a terminal event (FILLED by its fills, else
 *       CANCELLED or REJECTED with the reason), so it leaves the open orders of the API and the store;</li>
 *   <li>orders open at the venue are (re)accepted with the venue's figures;</li>
 *   <li>positions: once the fills are applied, local positions equal the venue's unless the reconciler found a
 *       difference it could not explain; then the venue's are adopted and the session halts;</li>
 *   <li>money: how the local equity (valued at the venue's marks) moved since the session first met the venue is
 *       compared with how the venue's account value moved; a gap beyond the band is a risk event that halts.</li>
 * </ul>
 */
final class ReconciliationApplier {

    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationApplier.class);
    /** Smallest equity band: one dollar, in cash units. */
    static final long MIN_BAND_CASH = 100_000_000L;

    private final SessionParts parts;
    private final Collection<InstrumentSpec> instruments;
    private final double equityBandBps;

    ReconciliationApplier(SessionParts parts, Collection<InstrumentSpec> instruments, double equityBandBps) {
        this.parts = parts;
        this.instruments = instruments;
        this.equityBandBps = equityBandBps;
    }

    /**
     * @param before the adapter's open orders before the reconciliation, by client id (orders the venue confirms
     *               unchanged get no event)
     */
    void apply(ReconciliationResult r, Map<String, OrderState> before, long now, Consumer<String> halt) {
        for (RiskEvent.ReconciliationDifference d : r.differences()) {
            parts.engine.onRiskEvent(d);
        }
        Map<String, OrderState> finals = new HashMap<>();
        r.openOrders().forEach(s -> finals.put(s.clientId(), s));
        r.closedOrders().forEach(s -> finals.put(s.clientId(), s));
        applyMissedFills(r.missedFills(), finals, now);
        java.util.Set<String> filledByMissed = new java.util.HashSet<>();
        r.missedFills().forEach(f -> filledByMissed.add(f.clientId()));
        for (OrderState s : r.closedOrders()) {
            if (s.status() == OrderStatus.REJECTED) {
                parts.engine.onOrderEvent(new OrderEvent.Rejected(s, "reconciliation: never reached the venue", now));
            } else if (s.status() != OrderStatus.FILLED) {
                parts.engine.onOrderEvent(new OrderEvent.Cancelled(s, "reconciliation: no longer open at the venue",
                        now));
            } else if (!filledByMissed.contains(s.clientId())) {
                // filled by fills already applied; only its status was behind: close it with its FILLED state
                parts.engine.onOrderEvent(new OrderEvent.Cancelled(s, "reconciliation: filled at the venue", now));
            }
        }
        for (OrderState s : r.openOrders()) {
            OrderState was = before.get(s.clientId());
            if (was == null || was.status() != s.status() || was.filledLots() != s.filledLots()
                    || !java.util.Objects.equals(was.venueOrderId(), s.venueOrderId())) {
                parts.engine.onOrderEvent(new OrderEvent.Accepted(s, now)); // adopted or corrected
            }
        }
        parts.portfolio.restoreOpenOrders(r.openOrders());
        if (!positions().equals(withoutZeros(r.positions()))) {
            adoptPositions(r.positions());
        }
        checkEquity(r.margin(), r.latestFillTime(), now, halt);
    }

    private void applyMissedFills(List<Fill> missed, Map<String, OrderState> finals, long now) {
        Map<String, List<Fill>> byClient = new LinkedHashMap<>();
        missed.forEach(f -> byClient.computeIfAbsent(f.clientId(), k -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<Fill>> e : byClient.entrySet()) {
            List<Fill> fills = e.getValue();
            OrderState last = finals.get(e.getKey());
            if (last == null) {
                last = foreignOrder(fills);
            }
            long laterLots = 0;
            long laterNotional = 0;
            OrderState[] states = new OrderState[fills.size()];
            for (int i = fills.size() - 1; i >= 0; i--) {
                long filled = Math.max(0, last.filledLots() - laterLots);
                long qty = last.request().quantityLots();
                OrderStatus status = i == fills.size() - 1 && last.status() == OrderStatus.FILLED
                        || filled >= qty ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
                states[i] = new OrderState(last.request(), status, Math.min(filled, qty),
                        Math.max(0, last.filledNotional() - laterNotional), last.venueOrderId(), now);
                laterLots += fills.get(i).qtyLots();
                laterNotional += fills.get(i).notional();
            }
            for (int i = 0; i < fills.size(); i++) {
                LOG.warn("reconciliation: applying missed fill {} of {}: {} {} lots at {} ticks, fee {}",
                        fills.get(i).fillId(), e.getKey(), fills.get(i).side(), fills.get(i).qtyLots(),
                        fills.get(i).priceTicks(), fills.get(i).feeCash());
                parts.engine.onOrderEvent(new OrderEvent.Filled(fills.get(i), states[i], now));
            }
        }
    }

    /** The order of fills whose order the session never knew (e.g. sent just before a crash): filled as they say. */
    private static OrderState foreignOrder(List<Fill> fills) {
        Fill first = fills.get(0);
        long lots = 0;
        long notional = 0;
        for (Fill f : fills) {
            lots += f.qtyLots();
            notional += f.notional();
        }
        OrderRequest r = OrderRequest.limit(first.clientId(), first.instrument(), first.side(), lots,
                first.priceTicks(), TimeInForce.IOC, false, first.time(),
                "recovered from the venue: fills of an order not known locally");
        return new OrderState(r, OrderStatus.FILLED, lots, notional, null, first.time());
    }

    private Map<String, Long> positions() {
        Map<String, Long> out = new HashMap<>();
        for (Position p : parts.portfolio.positions()) {
            if (p.lots() != 0) {
                out.put(p.instrument().symbol(), p.lots());
            }
        }
        return out;
    }

    private static Map<String, Long> withoutZeros(Map<String, Long> m) {
        Map<String, Long> out = new HashMap<>(m);
        out.values().removeIf(v -> v == 0);
        return out;
    }

    private void adoptPositions(Map<String, Long> venue) {
        Map<String, Position> bySymbol = new HashMap<>();
        parts.portfolio.positions().forEach(p -> bySymbol.put(p.instrument().symbol(), p));
        List<Position> adopted = new ArrayList<>();
        for (InstrumentSpec spec : instruments) {
            long lots = venue.getOrDefault(spec.symbol(), 0L);
            Position old = bySymbol.get(spec.symbol());
            // same side: the local average entry, exactly; else the position is entered at the last price
            long cost = lots == 0 ? 0 : old != null && Long.signum(old.lots()) == Long.signum(lots)
                    ? old.entryCostFor(lots) : Money.notional(spec, parts.portfolio.lastPriceTicks(spec), lots);
            adopted.add(new Position(spec, lots, cost, old == null ? 0 : old.realizedPnlCash()));
        }
        parts.portfolio.restore(parts.portfolio.cashCash(), adopted, parts.portfolio.realizedPnlCash(),
                parts.portfolio.feesCash(), parts.portfolio.peakEquityCash());
        LOG.error("reconciliation: positions differ from the venue's after its fills; adopted {}", venue);
    }

    /** Local equity with every position valued at the venue's mark (the local last price when it has none). */
    long localEquityAtVenueMarks(ReconciliationResult.Margin m) {
        long equity = parts.portfolio.cashCash();
        for (Position p : parts.portfolio.positions()) {
            if (p.lots() != 0) {
                long mark = m.markTicks().getOrDefault(p.instrument().symbol(),
                        parts.portfolio.lastPriceTicks(p.instrument()));
                equity += Money.notional(p.instrument(), mark, p.lots());
            }
        }
        return equity;
    }

    private void checkEquity(ReconciliationResult.Margin m, long latestFillTime, long now, Consumer<String> halt) {
        AppliedFills ledger = parts.engine.appliedFills();
        long local = localEquityAtVenueMarks(m);
        if (!ledger.baselined()) {
            // the window starts after the account's latest fill, on the venue's own clock (never compared with ours)
            ledger.baseline(latestFillTime > 0 ? latestFillTime + 1 : 0, local, m.accountValue());
            LOG.info("reconciliation: first meeting with the venue; equity baseline {} locally, {} at the venue",
                    cash(local), cash(m.accountValue()));
            return;
        }
        long movedLocal = local - ledger.baselineLocal();
        long movedVenue = m.accountValue() - ledger.baselineVenue();
        long gap = Math.abs(movedLocal - movedVenue);
        long band = Math.max(MIN_BAND_CASH, (long) (Math.abs((double) ledger.baselineLocal()) * equityBandBps / 1e4));
        if (gap > band) {
            String detail = "equity moved " + cash(movedLocal) + " locally and " + cash(movedVenue)
                    + " at the venue since the session met it (gap " + cash(gap) + ", band " + cash(band) + ")";
            parts.engine.onRiskEvent(new RiskEvent.ReconciliationDifference("account", "unexplained: " + detail,
                    now));
            LOG.error("reconciliation: {}", detail);
            halt.accept("reconciliation: " + detail);
        }
    }

    private static String cash(long units) {
        return BigDecimal.valueOf(units, 8).stripTrailingZeros().toPlainString();
    }
}
