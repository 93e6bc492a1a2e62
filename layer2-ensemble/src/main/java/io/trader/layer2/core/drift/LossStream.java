package io.trader.layer2.core.drift;

/**
 * One loss stream watched by {@link DriftMonitor}: its change detector, the healthy reference level (mean
 * and standard deviation of the losses seen while healthy, Welford) and a ring of the most recent losses.
 * Allocation-free.
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

    /** Adds a finite loss; {@code healthy} also adds it to the reference. True when the detector fires. */
    boolean add(double loss, boolean healthy) {
        observed++;
        if (count == recent.length) {
            recentSum -= recent[pos];
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
        if (healthy) {
            refN++;
            double d = loss - refMean;
            refMean += d / refN;
            refM2 += d * (loss - refMean);
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
