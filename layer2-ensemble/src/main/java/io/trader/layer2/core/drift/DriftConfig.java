package io.trader.layer2.core.drift;

/**
 * Parameters of {@link DriftMonitor}.
 *
 * @param detector      {@code page-hinkley} (default) or {@code adwin}: the change detector on each loss stream
 * @param phDelta       Page-Hinkley tolerated rise, in standard deviations of the loss, 0..5 (default 0.2)
 * @param phLambda      Page-Hinkley threshold, in standard deviations, (0, 1000] (default 30)
 * @param phFading      Page-Hinkley forgetting factor, [0.9, 1] (default 1 = none)
 * @param minSamples    losses a detector sees before it may fire (Page-Hinkley's warm-up), 10..100000
 *                      (default 100)
 * @param adwinDelta    ADWIN confidence, (0, 0.5) (default 0.002)
 * @param downWeight    weight multiplier of an alpha after a first detection, (0, 1) (default 0.5)
 * @param cooldownBars  an alpha detected again within this many of its losses is suspended (weight 0),
 *                      1..1000000 (default 500)
 * @param probationBars losses after the last detection before an alpha may be restored, and the length of
 *                      the recent window whose mean must be back at the reference level, 10..1000000
 *                      (default 200)
 * @param restoreZ      restore when the recent mean loss is at most {@code restoreZ} standard errors above
 *                      the healthy reference mean, [0, 10] (default 1)
 * @param eventCapacity unread events kept (oldest dropped beyond), 1..4096 (default 64)
 */
public record DriftConfig(String detector, double phDelta, double phLambda, double phFading, int minSamples,
                          double adwinDelta, double downWeight, int cooldownBars, int probationBars,
                          double restoreZ, int eventCapacity) {

    public static final DriftConfig DEFAULT =
            new DriftConfig("page-hinkley", 0.2, 30, 1.0, 100, 0.002, 0.5, 500, 200, 1.0, 64);

    public DriftConfig {
        if (!"page-hinkley".equals(detector) && !"adwin".equals(detector)) {
            throw new IllegalArgumentException("detector must be page-hinkley or adwin, was " + detector);
        }
        range("phDelta", phDelta, 0, 5, true);
        range("phLambda", phLambda, 0, 1000, false);
        range("phFading", phFading, 0.9, 1, true);
        if (minSamples < 10 || minSamples > 100_000) {
            throw new IllegalArgumentException("minSamples must be in 10..100000, was " + minSamples);
        }
        if (!(adwinDelta > 0 && adwinDelta < 0.5)) {
            throw new IllegalArgumentException("adwinDelta must be in (0, 0.5), was " + adwinDelta);
        }
        if (!(downWeight > 0 && downWeight < 1)) {
            throw new IllegalArgumentException("downWeight must be in (0, 1), was " + downWeight);
        }
        if (cooldownBars < 1 || cooldownBars > 1_000_000) {
            throw new IllegalArgumentException("cooldownBars must be in 1..1000000, was " + cooldownBars);
        }
        if (probationBars < 10 || probationBars > 1_000_000) {
            throw new IllegalArgumentException("probationBars must be in 10..1000000, was " + probationBars);
        }
        range("restoreZ", restoreZ, 0, 10, true);
        if (eventCapacity < 1 || eventCapacity > 4096) {
            throw new IllegalArgumentException("eventCapacity must be in 1..4096, was " + eventCapacity);
        }
    }

    private static void range(String name, double v, double lo, double hi, boolean loInclusive) {
        boolean ok = (loInclusive ? v >= lo : v > lo) && v <= hi;
        if (!ok) {
            throw new IllegalArgumentException(name + " must be in " + (loInclusive ? "[" : "(") + lo + ", " + hi
                    + "], was " + v);
        }
    }

    /** The same settings with another detector kind. */
    public DriftConfig withDetector(String kind) {
        return new DriftConfig(kind, phDelta, phLambda, phFading, minSamples, adwinDelta, downWeight,
                cooldownBars, probationBars, restoreZ, eventCapacity);
    }

    /** A fresh detector of the configured kind. */
    public ChangeDetector newDetector() {
        return "adwin".equals(detector)
                ? new Adwin(adwinDelta, 5, 5, true)
                : new PageHinkley(phDelta, phLambda, phFading, minSamples);
    }
}
