package io.trader.core.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An instrument and its fixed-point scales. Prices travel as {@code long} ticks of
 * {@code 10^-priceScale}, quantities as {@code long} lots of {@code 10^-qtyScale}. Conversions to
 * {@link BigDecimal} are exact; conversions from {@code double} name their rounding mode.
 *
 * @param symbol     venue-neutral symbol, e.g. {@code BTCUSDT}
 * @param priceScale number of decimals of one price tick (0..12)
 * @param qtyScale   number of decimals of one quantity lot (0..12)
 */
public record InstrumentSpec(String symbol, int priceScale, int qtyScale) {

    private static final double[] POW10 = new double[19];
    private static final long[] LPOW10 = new long[19];

    static {
        double d = 1;
        long l = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = d;
            LPOW10[i] = l;
            d *= 10;
            l *= 10;
        }
    }

    public InstrumentSpec {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol must not be blank");
        }
        if (priceScale < 0 || priceScale > 12) {
            throw new IllegalArgumentException("priceScale out of range 0..12: " + priceScale);
        }
        if (qtyScale < 0 || qtyScale > 12) {
            throw new IllegalArgumentException("qtyScale out of range 0..12: " + qtyScale);
        }
    }

    /** Price of {@code ticks} as the nearest double (exact division by a power of ten). */
    public double price(long ticks) {
        return ticks / POW10[priceScale];
    }

    /** Quantity of {@code lots} as the nearest double. */
    public double qty(long lots) {
        return lots / POW10[qtyScale];
    }

    /** Exact decimal form of a price, as it leaves the process. */
    public BigDecimal priceDecimal(long ticks) {
        return BigDecimal.valueOf(ticks, priceScale);
    }

    /** Exact decimal form of a quantity. */
    public BigDecimal qtyDecimal(long lots) {
        return BigDecimal.valueOf(lots, qtyScale);
    }

    /** Ticks of a double price, rounded with {@code mode}. */
    public long ticks(double price, RoundingMode mode) {
        return round(price * POW10[priceScale], mode);
    }

    /** Lots of a double quantity, rounded with {@code mode}. */
    public long lots(double qty, RoundingMode mode) {
        return round(qty * POW10[qtyScale], mode);
    }

    /** Ticks of an exact decimal price; throws when the price is not on the tick grid. */
    public long ticks(BigDecimal price) {
        return price.setScale(priceScale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    /** One whole unit of price, in ticks (10^priceScale). */
    public long ticksPerUnit() {
        return LPOW10[priceScale];
    }

    /** One whole unit of quantity, in lots (10^qtyScale). */
    public long lotsPerUnit() {
        return LPOW10[qtyScale];
    }

    static long round(double scaled, RoundingMode mode) {
        if (!Double.isFinite(scaled) || Math.abs(scaled) > 9.0e18) {
            throw new IllegalArgumentException("value not representable: " + scaled);
        }
        return switch (mode) {
            case FLOOR -> (long) Math.floor(scaled);
            case CEILING -> (long) Math.ceil(scaled);
            case DOWN -> (long) scaled;
            case UP -> (long) (scaled < 0 ? Math.floor(scaled) : Math.ceil(scaled));
            case HALF_EVEN -> (long) Math.rint(scaled);
            case HALF_UP, HALF_DOWN -> Math.round(scaled);
            case UNNECESSARY -> {
                long r = Math.round(scaled);
                if (Math.abs(scaled - r) > 1e-6) {
                    throw new ArithmeticException("rounding necessary: " + scaled);
                }
                yield r;
            }
        };
    }

    static double pow10(int n) {
        return POW10[n];
    }

    static long lpow10(int n) {
        return LPOW10[n];
    }
}
