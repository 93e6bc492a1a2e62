package io.trader.layer4.core.exec;

import io.trader.core.domain.Side;

/**
 * An {@link EpisodeMarket} over 1m bars with the impact model {@link BarImpactModel}. The episode starts at the
 * open of bar {@code start}; a decision is taken every {@code barsPerDecision} bars, at the open of its first bar,
 * and sees only bars closed before it: the mid is estimated by the last close, volatility, volume and spread
 * from the trailing {@code windowBars} bars.
 *
 * <ul>
 *   <li>MARKET child: fills at once at the open of the decision's bar (the next bar after the last one seen),
 *       plus the half spread and the temporary impact, and shifts all later prices by the permanent impact.</li>
 *   <li>JOIN / INSIDE child: a limit at our touch (mid -/+ half spread) or one tick better (never past the mid),
 *       resting over the interval's bars; each bar that trades strictly through it fills a share of the volume
 *       estimated beyond it; what is left is cancelled when the interval ends. Fills at the limit price.</li>
 *   <li>Forced rest at the horizon: a market order at the open of the bar after the last interval.</li>
 * </ul>
 * Bars carry no book: the observed {@code imbalance} is always 0 and the spread is an estimate. Pure, one episode
 * per object.
 */
public final class BarEpisodeMarket implements EpisodeMarket {

    private final BarTape tape;
    private final int start;
    private final int barsPerDecision;
    private final BarImpactModel model;
    private final double unitsPerLot;
    private final double arrival;
    private int cursor;
    private double permanentBps; // signed: + moves prices up

    public BarEpisodeMarket(BarTape tape, int start, int barsPerDecision, BarImpactModel model, double unitsPerLot) {
        if (start < model.windowBars() || start >= tape.size() || barsPerDecision < 1 || !(unitsPerLot > 0)) {
            throw new IllegalArgumentException("episode start " + start + " needs " + model.windowBars()
                    + " bars before it inside a tape of " + tape.size() + ", barsPerDecision >= 1, unitsPerLot > 0");
        }
        this.tape = tape;
        this.start = start;
        this.barsPerDecision = barsPerDecision;
        this.model = model;
        this.unitsPerLot = unitsPerLot;
        this.arrival = tape.close(start - 1);
        this.cursor = start;
    }

    /** Bars the episode uses from {@code start}: every interval plus the bar of the forced order. */
    public static int barsNeeded(int decisions, int barsPerDecision) {
        return decisions * barsPerDecision + 1;
    }

    @Override
    public double arrivalMid() {
        return arrival;
    }

    @Override
    public double unitsPerLot() {
        return unitsPerLot;
    }

    /** The bar index of the next decision (the first bar not yet seen). */
    public int cursor() {
        return cursor;
    }

    @Override
    public ExecState observe(int decision, int decisions, long remainingLots, Side side) {
        int i = cursor;
        double mid = mid(i);
        double ret = (mid - arrival) / arrival * 10_000.0;
        double volume = 0;
        for (int j = Math.max(0, i - barsPerDecision); j < i; j++) {
            volume += tape.volume(j);
        }
        return new ExecState(decision, decisions, tape.openMillis(i), remainingLots, 2 * halfSpreadBps(i), 0.0,
                sigma1mBps(i) * Math.sqrt(barsPerDecision), side == Side.BUY ? ret : -ret, volume / unitsPerLot);
    }

    @Override
    public ChildFill work(Side side, ChildDecision child) {
        requireBars(cursor + barsPerDecision);
        ChildFill fill;
        if (child.lots() == 0) {
            fill = ChildFill.NONE;
        } else if (child.aggression() == Aggression.MARKET) {
            fill = take(side, child.lots(), cursor);
        } else {
            fill = rest(side, child, cursor);
        }
        cursor += barsPerDecision;
        return fill;
    }

    @Override
    public ChildFill forceOut(Side side, long lots) {
        requireBars(cursor + 1);
        ChildFill fill = lots > 0 ? take(side, lots, cursor) : ChildFill.NONE;
        cursor += 1;
        return fill;
    }

    /** The mid known at the open of bar {@code i}: the last close, with our permanent impact. */
    double mid(int i) {
        return tape.close(i - 1) * factor();
    }

    /** Half spread in bps estimated from the bars before {@code i}. */
    public double halfSpreadBps(int i) {
        if (model.fixedHalfSpreadBps() >= 0) {
            return model.fixedHalfSpreadBps();
        }
        return BarStats.rollHalfSpreadBps(tape::close, i - model.windowBars(), i, model.minHalfSpreadBps());
    }

    /** Stdev of the 1m log returns of the bars before {@code i}, in bps. */
    public double sigma1mBps(int i) {
        double s = BarStats.sigmaBps(tape::close, i - model.windowBars(), i);
        return Double.isNaN(s) ? 0 : s;
    }

    /** Mean 1m volume (base units) of the bars before {@code i}. */
    public double meanVolume(int i) {
        double v = 0;
        for (int j = i - model.windowBars(); j < i; j++) {
            v += tape.volume(j);
        }
        return v / model.windowBars();
    }

    /** Temporary impact in bps of a market order of {@code units} base units at bar {@code i}. */
    public double temporaryImpactBps(int i, double units) {
        double v = meanVolume(i);
        if (v <= 0) {
            return model.impactY() * sigma1mBps(i) * 10; // no volume seen: a steep, finite price
        }
        return model.impactY() * sigma1mBps(i) * Math.sqrt(units / v);
    }

    private ChildFill take(Side side, long lots, int i) {
        double units = lots * unitsPerLot;
        double sign = side == Side.BUY ? 1 : -1;
        double temp = temporaryImpactBps(i, units);
        double price = tape.open(i) * factor() * (1 + sign * (halfSpreadBps(i) + temp) / 10_000.0);
        permanentBps += sign * model.permanentShare() * temp;
        double notional = price * units;
        return new ChildFill(lots, notional, notional * model.takerFeeBps() / 10_000.0);
    }

    private ChildFill rest(Side side, ChildDecision child, int i) {
        double mid = mid(i);
        double sign = side == Side.BUY ? 1 : -1;
        double limit = mid * (1 - sign * halfSpreadBps(i) / 10_000.0);
        if (child.aggression() == Aggression.INSIDE) {
            limit = side == Side.BUY ? Math.min(limit + model.tickSize(), mid) : Math.max(limit - model.tickSize(), mid);
        }
        double f = factor();
        double fillable = 0;
        for (int j = i; j < i + barsPerDecision; j++) {
            double hi = tape.high(j) * f;
            double lo = tape.low(j) * f;
            double beyond = side == Side.BUY ? limit - lo : hi - limit;
            if (beyond > 0) {
                double share = hi > lo ? Math.min(1.0, beyond / (hi - lo)) : 1.0;
                fillable += model.throughShare() * tape.volume(j) * share;
            }
        }
        long lots = Math.min(child.lots(), (long) Math.floor(fillable / unitsPerLot + 1e-9));
        if (lots <= 0) {
            return ChildFill.NONE;
        }
        double notional = lots * unitsPerLot * limit;
        return new ChildFill(lots, notional, notional * model.makerFeeBps() / 10_000.0);
    }

    private double factor() {
        return 1 + permanentBps / 10_000.0;
    }

    private void requireBars(int endExclusive) {
        if (endExclusive > tape.size()) {
            throw new IllegalStateException("episode from bar " + start + " runs past the end of the bars ("
                    + tape.size() + ")");
        }
    }
}
