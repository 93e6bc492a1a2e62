package io.trader.layer4.core.algo;

/**
 * POV (percentage of volume): at each decision the child is {@code floor(rate * observed)} lots, where
 * {@code observed} is the market volume (in lots) traded in the interval that just ENDED (known at the
 * decision; never the volume of the interval about to trade). Rules, in order:
 * <ol>
 *   <li>at the deadline the whole remainder goes, whatever the volume and the cap;</li>
 *   <li>otherwise the child is capped at {@code capLots} and at the remainder;</li>
 *   <li>a child below the venue minimum is not sent (0, the volume is "banked" by nothing: POV does not
 *       catch up);</li>
 *   <li>a child that would leave a tail below the minimum takes the tail too, if that stays within the cap.</li>
 * </ol>
 */
public final class Pov {

    private final double rate;
    private final long capLots;
    private final long minLots;

    public Pov(double rate, long capLots, long minLots) {
        if (!(rate > 0 && rate <= 1)) {
            throw new IllegalArgumentException("participation rate must be in (0, 1], got " + rate);
        }
        if (capLots < 1) {
            throw new IllegalArgumentException("cap must be >= 1 lot, got " + capLots);
        }
        this.rate = rate;
        this.capLots = capLots;
        this.minLots = Math.max(1, minLots);
    }

    public double rate() {
        return rate;
    }

    /** The child to send now, in lots (0..remaining). */
    public long child(long observedVolumeLots, long remainingLots, boolean atDeadline) {
        Apportion.requireNonNegative(remainingLots);
        if (observedVolumeLots < 0) {
            throw new IllegalArgumentException("observed volume must be >= 0, got " + observedVolumeLots);
        }
        if (atDeadline) {
            return remainingLots;
        }
        long child = Math.min(Math.min((long) Math.floor(rate * observedVolumeLots), capLots), remainingLots);
        if (child < minLots) {
            return 0;
        }
        long tail = remainingLots - child;
        if (tail > 0 && tail < minLots && remainingLots <= capLots) {
            return remainingLots;
        }
        return child;
    }

    /**
     * The children over a whole horizon given the observed volume before each decision (the last decision
     * is the deadline, so the children sum exactly to the quantity).
     */
    public long[] children(long quantityLots, long[] observedVolumeLots) {
        if (observedVolumeLots.length == 0) {
            throw new IllegalArgumentException("no decisions");
        }
        long[] out = new long[observedVolumeLots.length];
        long remaining = quantityLots;
        for (int k = 0; k < out.length; k++) {
            out[k] = child(observedVolumeLots[k], remaining, k == out.length - 1);
            remaining -= out[k];
        }
        return out;
    }
}
