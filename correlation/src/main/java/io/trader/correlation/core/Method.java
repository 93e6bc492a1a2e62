package io.trader.correlation.core;

import java.util.Locale;

/** The correlation coefficient: Pearson (linear) or Spearman (Pearson of the average ranks). */
public enum Method {
    PEARSON, SPEARMAN;

    /** The method named {@code text} in any case, or null. */
    public static Method parse(String text) {
        if (text == null) {
            return null;
        }
        for (Method m : values()) {
            if (m.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return m;
            }
        }
        return null;
    }

    /** Lower-case name, as the API spells it. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
