package io.trader.smartmoney.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Short human forms of amounts and addresses for alert texts (never used for arithmetic). */
final class Usd {

    private static final BigDecimal THOUSAND = new BigDecimal("1000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");
    private static final BigDecimal BILLION = new BigDecimal("1000000000");
    /** From these on, one decimal of the smaller unit would round to 1000 (e.g. 999,960 is $1M, not $1000k). */
    private static final BigDecimal TO_K = new BigDecimal("999.5");
    private static final BigDecimal TO_M = new BigDecimal("999950");
    private static final BigDecimal TO_B = new BigDecimal("999950000");

    private Usd() {
    }

    /** e.g. $950, $12.3k, $1.2M, $3.4B (one decimal, half up). */
    static String compact(BigDecimal usd) {
        BigDecimal a = usd.abs();
        String sign = usd.signum() < 0 ? "-" : "";
        if (a.compareTo(TO_B) >= 0) {
            return sign + "$" + one(a.divide(BILLION)) + "B";
        }
        if (a.compareTo(TO_M) >= 0) {
            return sign + "$" + one(a.divide(MILLION)) + "M";
        }
        if (a.compareTo(TO_K) >= 0) {
            return sign + "$" + one(a.divide(THOUSAND)) + "k";
        }
        return sign + "$" + a.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** 0x1234…abcd */
    static String shortAddress(String address) {
        return address.length() <= 12 ? address : address.substring(0, 6) + "…" + address.substring(address.length() - 4);
    }

    private static String one(BigDecimal v) {
        return v.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
