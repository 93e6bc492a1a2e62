package io.trader.layer1.core.label;

/** What a triple-barrier label's {@link Label#value()} holds. */
public enum LabelVariant {
    /**
     * 1 when the realised (side-adjusted) return at the first touch is positive, else 0. With a side
     * this is the meta-label: 1 = the primary model's side was right.
     */
    BINARY("binary"),
    /** +1 profit-take touched first, -1 stop-loss touched first, 0 vertical barrier. */
    TERNARY("ternary"),
    /** The realised (side-adjusted) simple return at the first touch. */
    REGRESSION("regression");

    private final String text;

    LabelVariant(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static LabelVariant parse(String s) {
        for (LabelVariant v : values()) {
            if (v.text.equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("label variant must be one of binary, ternary, regression; got '" + s + "'");
    }
}
