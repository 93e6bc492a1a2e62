package io.trader.layer4.core.algo;

/**
 * Iceberg: a parent shown {@code clipLots} at a time. After a partial fill the visible clip shrinks by
 * the fill; when the visible clip is fully filled it is refilled with {@code min(clip, hidden)} from the
 * hidden remainder, so the last clip may be smaller. If refilling a full clip would leave a hidden tail
 * below the venue minimum (which could never be shown), that tail joins the clip being shown.
 * Mutable state for one working parent; not thread-safe.
 */
public final class Iceberg {

    private final long clipLots;
    private final long minLots;
    private long visible;
    private long hidden;

    public Iceberg(long totalLots, long clipLots, long minLots) {
        Apportion.requireNonNegative(totalLots);
        if (clipLots < 1) {
            throw new IllegalArgumentException("clip must be >= 1 lot, got " + clipLots);
        }
        this.minLots = Math.max(1, minLots);
        this.clipLots = Math.max(clipLots, this.minLots);
        this.hidden = totalLots;
        refill();
    }

    /** Lots showing on the book now. */
    public long visible() {
        return visible;
    }

    /** Lots not yet shown. */
    public long hidden() {
        return hidden;
    }

    public long remaining() {
        return visible + hidden;
    }

    public boolean done() {
        return remaining() == 0;
    }

    /** Applies a fill of the visible clip and returns what shows afterwards (a new clip once it is used up). */
    public long onFill(long filledLots) {
        if (filledLots < 1 || filledLots > visible) {
            throw new IllegalArgumentException("fill must be in 1.." + visible + " lots, got " + filledLots);
        }
        visible -= filledLots;
        if (visible == 0) {
            refill();
        }
        return visible;
    }

    private void refill() {
        long clip = Math.min(clipLots, hidden);
        if (hidden - clip > 0 && hidden - clip < minLots) {
            clip = hidden;
        }
        visible = clip;
        hidden -= clip;
    }

    /** The clips shown in turn if every clip fills completely. */
    public static long[] clips(long totalLots, long clipLots, long minLots) {
        Iceberg ice = new Iceberg(totalLots, clipLots, minLots);
        int n = 0;
        long[] out = new long[(int) Math.min(Integer.MAX_VALUE - 8, totalLots / ice.clipLots + 2)];
        while (ice.visible > 0) {
            out[n++] = ice.visible;
            ice.onFill(ice.visible);
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
