package io.trader.app.venue;

import io.trader.app.engine.AppliedFills;
import io.trader.app.run.SessionParts;
import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskEvent;
import io.trader.core.venue.ReconciliationResult;
import io.trader.layer5.core.Position;
import io.trader.layer5.core.recon.Adoption;
import io.trader.layer5.core.recon.MissedFills;
import io.trader.layer5.core.recon.PositionAdoption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
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
 *       difference it could not explain; then the venue's are adopted with layer 5's exact accounting
 *       ({@link PositionAdoption}: cash pays the venue's cost basis, closed lots are booked at its mark) and the
 *       session halts;</li>
 *   <li>a difference the reconciler could not explain halts the session (through {@code halt});</li>
 *   <li>money: how the local equity (valued at the venue's marks) moved since the session first met the venue is
 *       compared with how the venue's account value moved; a gap beyond the band is a risk event that halts.</li>
 * </ul>
 */
final class ReconciliationApplier {

    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationApplier.class);
    /** Smallest equity band: one dollar, in cash units. */
    static final long MIN_BAND_CASH = 100_000_000L;

    private final SessionParts parts;
    private final String venue;
    private final Collection<InstrumentSpec> instruments;
    private final double equityBandBps;
    private final boolean scoped;

    /**
     * @param venue  the venue's name (its fill ledger in the engine)
     * @param scoped true in a multi-venue session: the money check compares the venue's account value with the P&amp;L
     *               of this venue's instruments (cash is shared by the venues), and its band is taken on the venue's
     *               account value
     */
    ReconciliationApplier(SessionParts parts, String venue, Collection<InstrumentSpec> instruments,
                          double equityBandBps, boolean scoped) {
        this.parts = parts;
        this.venue = venue;
        this.instruments = instruments;
        this.equityBandBps = equityBandBps;
        this.scoped = scoped;
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
        adoptPositions(r, now, halt); // nothing when the fills explained every position
        checkEquity(r.margin(), r.latestFillTime(), now, halt);
        if (r.halt()) {
            halt.accept("reconciliation: " + String.join("; ", r.haltReasons()));
            LOG.error("reconciliation found differences it cannot explain: kill switch engaged ({})",
                    r.haltReasons());
        }
    }

    private void applyMissedFills(List<Fill> missed, Map<String, OrderState> finals, long now) {
        for (MissedFills.Step step : MissedFills.steps(missed, finals, now)) {
            Fill f = step.fill();
            LOG.warn("reconciliation: applying missed fill {} of {}: {} {} lots at {} ticks, fee {}", f.fillId(),
                    f.clientId(), f.side(), f.qtyLots(), f.priceTicks(), f.feeCash());
            parts.engine.onOrderEvent(new OrderEvent.Filled(f, step.state(), now));
        }
    }

    /**
     * Takes the venue's positions where its fills did not explain them, with the exact accounting of layer 5's
     * {@link PositionAdoption}: cash pays the venue's cost basis for lots it opened, lots it closed are booked at its
     * mark; each adoption is a risk event saying what it did. An instrument that cannot be valued halts.
     */
    private void adoptPositions(ReconciliationResult r, long now, Consumer<String> halt) {
        Map<String, Position> local = new HashMap<>();
        parts.portfolio.positions().forEach(p -> local.put(p.instrument().symbol(), p)); // the plan reads only ours
        PositionAdoption.Plan plan = PositionAdoption.plan(instruments, local, r.positions(), r.entryCost(),
                r.margin().markTicks(), parts.portfolio::lastPriceTicks);
        for (Adoption a : plan.adoptions()) {
            parts.portfolio.adopt(a);
            long mark = r.margin().markTicks().getOrDefault(a.instrument().symbol(), 0L);
            if (parts.portfolio.lastPriceTicks(a.instrument()) <= 0 && mark > 0) {
                parts.portfolio.mark(a.instrument(), mark); // no bar yet: valued at the venue's mark, not its cost
            }
            String detail = "adopted the venue's position: " + a.describe();
            parts.engine.onRiskEvent(new RiskEvent.ReconciliationDifference(a.instrument().symbol(), detail, now));
            LOG.error("reconciliation: {}", detail);
        }
        if (!plan.unpriced().isEmpty()) {
            String why = "reconciliation: cannot value the venue's position: " + String.join("; ", plan.unpriced());
            LOG.error(why);
            halt.accept(why);
        }
    }

    /**
     * Local equity with every position valued at the venue's mark (the local last price when it has none); in a
     * multi-venue session, the P&amp;L of this venue's instruments instead (realised after fees, plus unrealised at
     * the venue's marks): the part of the equity this venue's account should move with.
     */
    long localEquityAtVenueMarks(ReconciliationResult.Margin m) {
        java.util.Set<String> mine = new java.util.HashSet<>();
        instruments.forEach(i -> mine.add(i.symbol()));
        long equity = scoped ? 0 : parts.portfolio.cashCash();
        for (Position p : parts.portfolio.positions()) {
            if (scoped && !mine.contains(p.instrument().symbol())) {
                continue;
            }
            if (scoped) {
                equity += p.realizedPnlCash() - p.entryCostCash();
            }
            if (p.lots() != 0) {
                long mark = m.markTicks().getOrDefault(p.instrument().symbol(),
                        parts.portfolio.lastPriceTicks(p.instrument()));
                equity += Money.notional(p.instrument(), mark, p.lots());
            }
        }
        return equity;
    }

    private void checkEquity(ReconciliationResult.Margin m, long latestFillTime, long now, Consumer<String> halt) {
        AppliedFills ledger = parts.engine.appliedFills(venue);
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
        long base = scoped ? ledger.baselineVenue() : ledger.baselineLocal();
        long band = Math.max(MIN_BAND_CASH, (long) (Math.abs((double) base) * equityBandBps / 1e4));
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
