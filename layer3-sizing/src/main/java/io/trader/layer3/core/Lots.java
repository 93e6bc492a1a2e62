package io.trader.layer3.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;

/** Conversions between equity fractions and lots, in double maths, rounding toward zero. */
final class Lots {

    private Lots() {
    }

    /** Cash units of {@link Money} one lot is worth at {@code close}. */
    static double lotCash(InstrumentSpec spec, double close) {
        return close * Money.ONE / spec.lotsPerUnit();
    }

    /**
     * Lots worth {@code cash} (signed) at {@code lotCash} per lot, rounded toward zero, and never worth
     * more than {@code capCash} in absolute value.
     */
    static long towardZero(double cash, double lotCash, double capCash) {
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

    /** Signed fraction of equity a position of {@code lots} represents. */
    static double fraction(long lots, double lotCash, double equityCash) {
        return lots * lotCash / equityCash;
    }
}
