package io.trader.layer3.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;

import java.math.RoundingMode;

/** Conversions between equity fractions and lots, in double maths, rounding toward zero. */
public final class Lots {

    private Lots() {
    }

    /** Cash units of {@link Money} one lot is worth at {@code close}. */
    public static double lotCash(InstrumentSpec spec, double close) {
        return close * Money.ONE / spec.lotsPerUnit();
    }

    /**
     * Lots worth {@code cash} (signed) at {@code lotCash} per lot, rounded toward zero, and never worth
     * more than {@code capCash} in absolute value.
     */
    public static long towardZero(double cash, double lotCash, double capCash) {
        double lots = cash / lotCash;
        if (!(Math.abs(lots) < 9.0e18)) {
            lots = Math.copySign(9.0e18, lots);
        }
        long whole = (long) lots;
        while (whole != 0 && Math.abs(whole) * lotCash > capCash) {
            whole -= Long.signum(whole);
        }
        return whole;
    }

    /**
     * {@code target} with the part of the move from {@code current} that adds exposure (the growth of a
     * same-side position, or all of a new side) cut to the most lots worth {@code capCash} at {@code close},
     * exactly as the risk layer values an order. The part that reduces is never cut.
     */
    public static long capOpening(InstrumentSpec spec, double close, long current, long target, long capCash) {
        boolean sameSide = current != 0 && Long.signum(target) == Long.signum(current);
        long opening = target == 0 ? 0 : sameSide ? Math.abs(target) - Math.abs(current) : Math.abs(target);
        if (opening <= 0) {
            return target;
        }
        long max = Money.lotsWithin(spec, spec.ticks(close, RoundingMode.HALF_EVEN), capCash);
        if (opening <= max) {
            return target;
        }
        long sign = Long.signum(target);
        return sameSide ? current + sign * max : sign * max;
    }

    /**
     * The close of {@code features}, or NaN once the decision is written for the two cases no sizer can size: a
     * missing or non-positive close keeps the current position ({@code no_price}); no equity targets flat
     * ({@code no_equity}).
     */
    public static double closeOrSettle(io.trader.core.signal.FeatureVector features, long currentLots,
                                       long equityCash, io.trader.core.signal.SizingDecision out) {
        double close = features.get(io.trader.core.signal.Feature.CLOSE);
        if (!(close > 0) || !Double.isFinite(close)) {
            out.set(currentLots, 0, 0, LimitReason.NO_PRICE);
            return Double.NaN;
        }
        if (equityCash <= 0) {
            out.set(0, 0, 0, LimitReason.NO_EQUITY);
            return Double.NaN;
        }
        return close;
    }

    /**
     * The last steps every per-instrument sizer shares: the part of the move to {@code target} that adds exposure is
     * cut to the largest order ({@code max_order}); a move worth less than {@code band} of equity, from a current
     * position within the caps, keeps the current position ({@code band}); otherwise the target is written with
     * its applied fraction and reason.
     */
    public static void settle(InstrumentSpec spec, double close, double lotCash, double equity, double capCash,
                              long currentLots, long target, double raw, double applied, String reason,
                              long maxOrderNotional, double band, io.trader.core.signal.SizingDecision out) {
        long capped = capOpening(spec, close, currentLots, target, maxOrderNotional);
        if (capped != target) {
            target = capped;
            reason = LimitReason.MAX_ORDER;
            applied = fraction(target, lotCash, equity);
        }
        double change = Math.abs((double) target - (double) currentLots) * lotCash;
        boolean currentWithinCaps = Math.abs((double) currentLots) * lotCash <= capCash;
        if (target != currentLots && change < band * equity && currentWithinCaps) {
            out.set(currentLots, raw, fraction(currentLots, lotCash, equity), LimitReason.BAND);
            return;
        }
        out.set(target, raw, applied, reason);
    }

    /** Signed fraction of equity a position of {@code lots} represents. */
    public static double fraction(long lots, double lotCash, double equityCash) {
        return lots * lotCash / equityCash;
    }
}
