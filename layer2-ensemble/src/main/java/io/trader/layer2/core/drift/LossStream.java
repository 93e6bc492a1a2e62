package io.trader.layer2.core.drift;

/**
 * One loss stream watched by {@link DriftMonitor}: its change detector, a ring of the most recent losses
 * and the healthy reference level: mean and standard deviation (Welford) of the losses that left the
 * recent ring while the stream was healthy, so the reference never contains the recent window that a
 * detection is about. Allocation-free.
 */
final class LossStream {

    final ChangeDetector detector;
    private final double[] recent;
    private int pos;
    private int count;
    private double recentSum;
    private long refN;
    private double refMean;
    private double refM2;
    long observed;
    long lastDetection = Long.MIN_VALUE / 2;

    LossStream(ChangeDetector detector, int recentSize) {
        this.detector = detector;
        this.recent = new double[recentSize];
    }

    /** Adds a finite loss; while {@code healthy} the loss leaving the ring joins the reference. True on a detection. */
    boolean add(double loss, boolean healthy) {
        observed++;
        if (count == recent.length) {
            double old = recent[pos];
            recentSum -= old;
            if (healthy) {
                refN++;
                double d = old - refMean;
                refMean += d / refN;
                refM2 += d * (old - refMean);
            }
        } else {
            count++;
        }
        recent[pos] = loss;
        recentSum += loss;
        pos = (pos + 1) % recent.length;
        if ((observed & 1023) == 0) {
            recentSum = 0;
            for (int i = 0; i < count; i++) {
                recentSum += recent[i];
            }
        }
        return detector.add(loss);
    }

    boolean recentFull() {
        return count == recent.length;
    }

    int recentCount() {
        return count;
    }

    double recentMean() {
        return count == 0 ? Double.NaN : recentSum / count;
    }

    long refN() {
        return refN;
    }

    double refMean() {
        return refN == 0 ? Double.NaN : refMean;
    }

    double refSd() {
        return refN < 2 ? Double.NaN : Math.sqrt(refM2 / (refN - 1));
    }

    void resetReference() {
        refN = 0;
        refMean = 0;
        refM2 = 0;
    }
}
