package io.trader.signals.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How the signal writes its numbers: fixed decimal strings, never exponents. */
public final class Decimals {

    private Decimals() {
    }

    /** {@code v} with exactly {@code scale} decimals, half-even. */
    public static String fixed(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code v} truncated toward zero to {@code scale} decimals (leverage and size never round up). */
    public static String down(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.DOWN).toPlainString();
    }

    /** {@code v} to 8 significant digits, plain notation, no trailing zeros (feature values, contributions). */
    public static String significant(double v) {
        if (v == 0) {
            return "0";
        }
        return BigDecimal.valueOf(v).round(new MathContext(8, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
    }
}
