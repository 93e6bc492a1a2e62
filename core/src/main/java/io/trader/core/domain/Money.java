package io.trader.core.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Account money (quote currency, e.g. USDT) as {@code long} units of {@code 10^-8}.
 * Notional of ticks x lots is converted exactly when the instrument's scales allow and with
 * half-up rounding otherwise.
 */
public final class Money {

    /** Decimals of one cash unit. */
    public static final int CASH_SCALE = 8;
    /** Cash units in one whole quote unit. */
    public static final long ONE = 100_000_000L;

    private Money() {
    }

    /** Notional value of {@code lots} at {@code ticks}, in cash units (sign follows lots). */
    public static long notional(InstrumentSpec spec, long ticks, long lots) {
        long raw = Math.multiplyExact(ticks, lots);
        int scale = spec.priceScale() + spec.qtyScale();
        if (scale == CASH_SCALE) {
            return raw;
        }
        if (scale < CASH_SCALE) {
            return Math.multiplyExact(raw, InstrumentSpec.lpow10(CASH_SCALE - scale));
        }
        long div = InstrumentSpec.lpow10(scale - CASH_SCALE);
        return Math.floorDiv(raw + div / 2, div);
    }

    /**
     * The most lots whose {@link #notional} at {@code ticks} is at most {@code cash}, exactly (integer maths,
     * with {@link #notional}'s rounding); 0 when {@code ticks} or {@code cash} is not positive.
     */
    public static long lotsWithin(InstrumentSpec spec, long ticks, long cash) {
        if (ticks <= 0 || cash <= 0) {
            return 0;
        }
        int scale = spec.priceScale() + spec.qtyScale();
        if (scale <= CASH_SCALE) {
            long unit = InstrumentSpec.lpow10(CASH_SCALE - scale);
            return ticks > Long.MAX_VALUE / unit ? 0 : cash / (ticks * unit);
        }
        // floorDiv(raw + div/2, div) <= cash  <=>  raw <= (cash + 1) * div - div/2 - 1
        long div = InstrumentSpec.lpow10(scale - CASH_SCALE);
        long maxRaw = Math.multiplyHigh(cash + 1, div) != 0 || (cash + 1) * div < 0
                ? Long.MAX_VALUE : (cash + 1) * div - div / 2 - 1;
        return maxRaw / ticks;
    }

    /** {@code bps} basis points of {@code cash}, rounded half-up (fees are never rounded away). */
    public static long bps(long cash, double bps) {
        return Math.round(cash * bps / 10_000.0);
    }

    public static double toDouble(long cash) {
        return cash / (double) ONE;
    }

    public static long fromDouble(double amount) {
        return InstrumentSpec.round(amount * ONE, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal toDecimal(long cash) {
        return BigDecimal.valueOf(cash, CASH_SCALE);
    }

    /** Decimals an average price carries beyond the instrument's price scale (see {@link #averagePrice}). */
    public static final int AVERAGE_PRICE_EXTRA_DECIMALS = 6;

    /**
     * The average price of {@code lots} bought or sold for {@code cash}: {@code |cash| / |quantity|}, computed
     * exactly and rounded half-even to {@code priceScale + 6} decimals, with trailing zeros beyond the price
     * scale dropped (so a whole-tick average reads like a price: {@code 105554.32}, else e.g.
     * {@code 105554.32666667}). The same rule for every average price the platform shows or stores (average
     * entry and fill prices); the exact value is the cash amount, kept separately.
     *
     * @throws IllegalArgumentException when {@code lots} is 0
     */
    public static BigDecimal averagePrice(InstrumentSpec spec, long cash, long lots) {
        if (lots == 0) {
            throw new IllegalArgumentException("no average price of zero quantity");
        }
        BigDecimal avg = toDecimal(cash).abs()
                .divide(spec.qtyDecimal(lots).abs(), spec.priceScale() + AVERAGE_PRICE_EXTRA_DECIMALS,
                        RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return avg.scale() < spec.priceScale() ? avg.setScale(spec.priceScale()) : avg;
    }
}
