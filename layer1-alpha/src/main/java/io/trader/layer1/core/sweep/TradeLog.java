package io.trader.layer1.core.sweep;

import java.util.Arrays;

/** Optional record of the fill bars of one run (for checks and detail output; a sweep passes none). */
public final class TradeLog {

    private int[] entries = new int[64];
    private int[] exits = new int[64];
    private int ne;
    private int nx;

    void entry(int bar) {
        if (ne == entries.length) {
            entries = Arrays.copyOf(entries, ne * 2);
        }
        entries[ne++] = bar;
    }

    void exit(int bar) {
        if (nx == exits.length) {
            exits = Arrays.copyOf(exits, nx * 2);
        }
        exits[nx++] = bar;
    }

    /** Fill bar of every entry, including a position still open at the end. */
    public int[] entries() {
        return Arrays.copyOf(entries, ne);
    }

    /** Fill bar of every exit. */
    public int[] exits() {
        return Arrays.copyOf(exits, nx);
    }
}
