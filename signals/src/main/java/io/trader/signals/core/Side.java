package io.trader.signals.core;

/** The direction a signal recommends; {@link #wire()} is how it is written in the JSON. */
public enum Side {
    LONG("long", 1), SHORT("short", -1);

    private final String wire;
    private final int sign;

    Side(String wire, int sign) {
        this.wire = wire;
        this.sign = sign;
    }

    /** {@code long} or {@code short}. */
    public String wire() {
        return wire;
    }

    /** +1 for long, -1 for short: the sign of a favourable price move. */
    public int sign() {
        return sign;
    }

    /** The side of a wire name; throws on anything else. */
    public static Side ofWire(String s) {
        for (Side side : values()) {
            if (side.wire.equals(s)) {
                return side;
            }
        }
        throw new IllegalArgumentException("side must be long or short, was '" + s + "'");
    }
}
