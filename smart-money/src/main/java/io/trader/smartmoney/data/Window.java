package io.trader.smartmoney.data;

/** A leaderboard performance window, with its wire name in {@code windowPerformances}. */
public enum Window {
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    ALL_TIME("allTime");

    private final String wire;

    Window(String wire) {
        this.wire = wire;
    }

    /** The name the leaderboard uses, e.g. {@code allTime}. */
    public String wire() {
        return wire;
    }

    /** The window of a wire name, or null for a window this platform does not read (e.g. {@code perpDay}). */
    public static Window ofWire(String name) {
        for (Window w : values()) {
            if (w.wire.equals(name)) {
                return w;
            }
        }
        return null;
    }
}
