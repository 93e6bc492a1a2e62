package io.trader.layer5.core;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.OrderEvent;
import io.trader.core.port.PortfolioView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The account in cash units ({@link Money}): cash, positions with average-cost entry, realised and
 * unrealised P&amp;L, fees, open-order lots, peak equity.
 *
 * <p>Accounting rules:
 * <ul>
 *   <li>A fill moves cash by {@code -signed notional - fee}. Fees are charged to realised P&amp;L when paid,
 *       so realised P&amp;L is always <b>after</b> fees, and {@link #feesCash()} reports them separately.
 *       Identity: {@code equity = initial cash + realised + unrealised}, exact to the unit.</li>
 *   <li>Entry cost is the signed notional paid for the open position (average cost). Reducing {@code q} of
 *       {@code |L|} lots releases {@code cost x q / |L|} (rounded half away from zero; all of it when
 *       closing), and realises the difference to the exit notional. A flip closes the whole position and
 *       opens the rest at the fill price.</li>
 *   <li>Positions are valued at the last {@link #mark} price; a position without a mark (e.g. right after a
 *       restore) is valued at its entry cost.</li>
 *   <li>Open-order lots follow {@link #onOrderEvent}: each order counts its signed remaining lots while it is
 *       open or UNKNOWN, and nothing once it is terminal. Fills reach positions only through
 *       {@link #onFill}: pass the fill of every Filled event there as well.</li>
 * </ul>
 * Single-threaded (engine thread). {@link #mark} and the {@link PortfolioView} reads do not allocate.
 */
public final class Portfolio implements PortfolioView {

    private final long initialCash;
    private final Map<String, Integer> slotBySymbol = new HashMap<>();
    private final Map<String, Long> openByClientId = new HashMap<>();
    private InstrumentSpec[] specs = new InstrumentSpec[4];
    private long[] lots = new long[4];
    private long[] cost = new long[4];
    private long[] last = new long[4];
    private long[] openLots = new long[4];
    private long[] realized = new long[4];
    private int count;
    private int cachedSlot = -1;
    private long cash;
    private long realizedTotal;
    private long fees;
    private long peakEquity;

    /** A fresh account holding {@code initialCashInCashUnits} (e.g. {@code 10_000 * Money.ONE}). */
    public Portfolio(long initialCashInCashUnits) {
        this.initialCash = initialCashInCashUnits;
        this.cash = initialCashInCashUnits;
        this.peakEquity = initialCashInCashUnits;
    }

    /** Applies one execution to cash, position, entry cost, realised P&amp;L and fees. */
    public void onFill(Fill fill) {
        int s = slotFor(fill.instrument());
        long notional = fill.notional();
        long signed = fill.signedLots();
        int sign = fill.side().sign();
        cash -= sign * notional + fill.feeCash();
        fees += fill.feeCash();
        realized[s] -= fill.feeCash();
        realizedTotal -= fill.feeCash();
        long position = lots[s];
        if (position == 0 || Long.signum(position) == sign) {
            cost[s] += sign * notional;
            lots[s] = position + signed;
            return;
        }
        long abs = Math.abs(position);
        long closed = Math.min(fill.qtyLots(), abs);
        long rest = fill.qtyLots() - closed;
        long restNotional = rest == 0 ? 0 : Money.notional(fill.instrument(), fill.priceTicks(), rest);
        long released = closed == abs ? cost[s] : CashMath.share(cost[s], closed, abs);
        long pnl = Long.signum(position) * (notional - restNotional) - released;
        realized[s] += pnl;
        realizedTotal += pnl;
        cost[s] = cost[s] - released + sign * restNotional;
        lots[s] = position + signed;
    }

    /** Tracks the signed open-order lots of the order in {@code event}. Fills are applied by {@link #onFill}. */
    public void onOrderEvent(OrderEvent event) {
        OrderState state = event.state();
        OrderStatus status = state.status();
        long now = status.isOpen() || status == OrderStatus.UNKNOWN
                ? state.request().side().sign() * state.remainingLots() : 0;
        Long before = openByClientId.get(state.clientId());
        long delta = now - (before == null ? 0 : before);
        if (now == 0) {
            openByClientId.remove(state.clientId());
        } else {
            openByClientId.put(state.clientId(), now);
        }
        if (delta != 0) {
            int s = slotFor(state.request().instrument()); // may grow the arrays: index after
            openLots[s] += delta;
        }
    }

    /** Sets the last price of an instrument (positive ticks). */
    public void mark(InstrumentSpec instrument, long priceTicks) {
        if (priceTicks <= 0) {
            throw new IllegalArgumentException("mark price must be positive: " + priceTicks);
        }
        int s = slotFor(instrument); // may grow the arrays: read the field after the call
        last[s] = priceTicks;
    }

    @Override
    public long positionLots(InstrumentSpec instrument) {
        int s = find(instrument);
        return s < 0 ? 0 : lots[s];
    }

    @Override
    public long openOrderLots(InstrumentSpec instrument) {
        int s = find(instrument);
        return s < 0 ? 0 : openLots[s];
    }

    @Override
    public long lastPriceTicks(InstrumentSpec instrument) {
        int s = find(instrument);
        return s < 0 ? 0 : last[s];
    }

    @Override
    public long equityCash() {
        long equity = cash;
        for (int s = 0; s < count; s++) {
            equity += value(s);
        }
        return equity;
    }

    @Override
    public long grossExposureCash() {
        long gross = 0;
        for (int s = 0; s < count; s++) {
            gross += Math.abs(value(s));
        }
        return gross;
    }

    /** One instrument's position at its last price minus its entry cost (0 when flat or never marked). */
    public long unrealizedPnlCash(InstrumentSpec instrument) {
        int s = find(instrument);
        return s < 0 ? 0 : value(s) - cost[s];
    }

    public long unrealizedPnlCash() {
        long unrealized = 0;
        for (int s = 0; s < count; s++) {
            unrealized += value(s) - cost[s];
        }
        return unrealized;
    }

    public long cashCash() {
        return cash;
    }

    /** Realised P&amp;L since start, after fees. */
    public long realizedPnlCash() {
        return realizedTotal;
    }

    public long feesCash() {
        return fees;
    }

    public long initialCashCash() {
        return initialCash;
    }

    /** Highest equity seen by {@link #snapshot} (or restored), starting at the initial cash. */
    public long peakEquityCash() {
        return peakEquity;
    }

    /** Every instrument that was traded, marked or restored, in first-seen order (immutable). */
    public List<Position> positions() {
        List<Position> out = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            out.add(new Position(specs[s], lots[s], cost[s], realized[s]));
        }
        return List.copyOf(out);
    }

    /** The account now; raises the peak when equity makes a new high. */
    public EquityPoint snapshot(long time) {
        long equity = cash;
        long gross = 0;
        long unrealized = 0;
        for (int s = 0; s < count; s++) {
            long v = value(s);
            equity += v;
            gross += Math.abs(v);
            unrealized += v - cost[s];
        }
        if (equity > peakEquity) {
            peakEquity = equity;
        }
        double drawdown = peakEquity > 0 ? Math.max(0, 1 - equity / (double) peakEquity) : 0;
        return new EquityPoint(time, equity, cash, realizedTotal, unrealized, fees, gross, peakEquity, drawdown);
    }

    /**
     * Replaces the account state after a restart: cash, positions with their exact entry costs, realised
     * P&amp;L, fees and peak equity are taken as given, so the restored account equals the saved one to the
     * cash unit. Last prices and open orders start empty (see {@link #mark} and {@link #restoreOpenOrders}).
     *
     * @param realizedPnl total realised P&amp;L after fees, as {@link #realizedPnlCash()} reported it
     */
    public void restore(long cashCash, List<Position> positions, long realizedPnl, long feesPaid, long peak) {
        slotBySymbol.clear();
        openByClientId.clear();
        Arrays.fill(specs, null);
        for (long[] column : new long[][] {lots, cost, last, openLots, realized}) {
            Arrays.fill(column, 0);
        }
        count = 0;
        cachedSlot = -1;
        cash = cashCash;
        realizedTotal = realizedPnl;
        fees = feesPaid;
        peakEquity = peak;
        for (Position p : positions) {
            int s = slotFor(p.instrument());
            lots[s] = p.lots();
            cost[s] = p.entryCostCash();
            realized[s] = p.realizedPnlCash();
        }
    }

    /**
     * Takes a venue's position as planned by {@link io.trader.layer5.core.recon.PositionAdoption}: the position
     * and its entry cost become the adopted ones, cash and realised P&amp;L move as planned (no fee: no trade was
     * seen). The identity {@code equity = initial + realised + unrealised} holds after it, to the unit.
     *
     * @throws IllegalStateException when the portfolio's position is not the one the adoption was planned from
     */
    public void adopt(io.trader.layer5.core.recon.Adoption a) {
        int s = slotFor(a.instrument());
        if (lots[s] != a.fromLots() || cost[s] != a.fromCost()) {
            throw new IllegalStateException("adoption of " + a.instrument().symbol() + " planned from "
                    + a.fromLots() + " lots / cost " + a.fromCost() + ", the portfolio holds " + lots[s] + " / "
                    + cost[s]);
        }
        lots[s] = a.toLots();
        cost[s] = a.toCost();
        cash += a.cashDelta();
        realized[s] += a.realizedCash();
        realizedTotal += a.realizedCash();
    }

    /** Counts the open orders of a restarted venue session, as if their latest events had been seen. */
    public void restoreOpenOrders(Collection<OrderState> open) {
        for (OrderState state : open) {
            onOrderEvent(new OrderEvent.Accepted(state, state.updatedTime()));
        }
    }

    /** Signed value of a position: its notional at the last price (shorts negative), else its entry cost. */
    private long value(int s) {
        long l = lots[s];
        if (last[s] <= 0 || l == 0) {
            return cost[s];
        }
        long abs = Money.notional(specs[s], last[s], Math.abs(l));
        return l > 0 ? abs : -abs;
    }

    private int find(InstrumentSpec instrument) {
        int s = cachedSlot;
        if (s >= 0 && specs[s].symbol().equals(instrument.symbol())) {
            return s;
        }
        Integer found = slotBySymbol.get(instrument.symbol());
        if (found == null) {
            return -1;
        }
        cachedSlot = found;
        return found;
    }

    private int slotFor(InstrumentSpec instrument) {
        int s = find(instrument);
        if (s >= 0) {
            if (specs[s] != instrument && !specs[s].equals(instrument)) {
                throw new IllegalArgumentException("instrument " + instrument + " conflicts with " + specs[s]);
            }
            return s;
        }
        if (count == specs.length) {
            int n = count * 2;
            specs = Arrays.copyOf(specs, n);
            lots = Arrays.copyOf(lots, n);
            cost = Arrays.copyOf(cost, n);
            last = Arrays.copyOf(last, n);
            openLots = Arrays.copyOf(openLots, n);
            realized = Arrays.copyOf(realized, n);
        }
        s = count++;
        specs[s] = instrument;
        slotBySymbol.put(instrument.symbol(), s);
        cachedSlot = s;
        return s;
    }
}
