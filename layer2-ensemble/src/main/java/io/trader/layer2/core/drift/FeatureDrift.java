package io.trader.layer2.core.drift;

import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

import java.util.Arrays;

/**
 * Distribution drift of watched features. Per feature, the finite values seen so far flow through two
 * rings: the newest {@code recentSize} values form the recent window, and each value pushed out of it
 * enters the reference window (the {@code referenceSize} values just before the recent ones). Every
 * {@code everyBars} bars, once both windows are full, the recent window is compared with the reference by
 * PSI (quantile bins of the reference) and the two-sample KS test; a WARN {@link DriftEvent} is emitted
 * when {@code psi >= psiThreshold} or the KS p-value is below {@code ksAlpha}, with both numbers in the
 * reason. Both windows lie at or before the current bar: nothing is compared against future data.
 *
 * <p>{@link #update} is O(features) and allocation-free except on evaluation bars (sorting scratch is
 * preallocated; only an emitted event allocates).
 */
public final class FeatureDrift {

    private final Feature[] features;
    private final int refSize;
    private final int recSize;
    private final int everyBars;
    private final int bins;
    private final double psiThreshold;
    private final double ksAlpha;
    private final double[][] ref;
    private final double[][] rec;
    private final int[] refCount;
    private final int[] recCount;
    private final int[] refPos;
    private final int[] recPos;
    private final double[] sortRef;
    private final double[] sortRec;
    private final double[] lastPsi;
    private final double[] lastKs;
    private final EventRing events;
    private long bars;

    /**
     * @param psiThreshold PSI that raises a warning (e.g. {@link Psi#DRIFT}); +inf disables the PSI rule
     * @param ksAlpha      KS p-value below which a warning is raised; 0 disables the KS rule
     */
    public FeatureDrift(Feature[] features, int referenceSize, int recentSize, int everyBars, int bins,
                        double psiThreshold, double ksAlpha) {
        if (features.length == 0) {
            throw new IllegalArgumentException("features must not be empty");
        }
        if (referenceSize < 10 || recentSize < 10) {
            throw new IllegalArgumentException("referenceSize and recentSize must be >= 10, were "
                    + referenceSize + " and " + recentSize);
        }
        if (everyBars < 1) {
            throw new IllegalArgumentException("everyBars must be >= 1, was " + everyBars);
        }
        if (bins < 2 || bins > 100) {
            throw new IllegalArgumentException("bins must be in 2..100, was " + bins);
        }
        if (!(psiThreshold > 0)) {
            throw new IllegalArgumentException("psiThreshold must be > 0, was " + psiThreshold);
        }
        if (!(ksAlpha >= 0 && ksAlpha < 1)) {
            throw new IllegalArgumentException("ksAlpha must be in [0, 1), was " + ksAlpha);
        }
        this.features = features.clone();
        this.refSize = referenceSize;
        this.recSize = recentSize;
        this.everyBars = everyBars;
        this.bins = bins;
        this.psiThreshold = psiThreshold;
        this.ksAlpha = ksAlpha;
        int f = features.length;
        this.ref = new double[f][referenceSize];
        this.rec = new double[f][recentSize];
        this.refCount = new int[f];
        this.recCount = new int[f];
        this.refPos = new int[f];
        this.recPos = new int[f];
        this.sortRef = new double[referenceSize];
        this.sortRec = new double[recentSize];
        this.lastPsi = new double[f];
        this.lastKs = new double[f];
        Arrays.fill(lastPsi, Double.NaN);
        Arrays.fill(lastKs, Double.NaN);
        this.events = new EventRing(Math.max(16, 2 * f));
    }

    /** Feeds this bar's features; evaluates every {@code everyBars} bars. */
    public void update(FeatureVector fv) {
        bars++;
        for (int f = 0; f < features.length; f++) {
            double x = fv.get(features[f]);
            if (Double.isFinite(x)) {
                add(f, x);
            }
        }
        if (bars % everyBars == 0) {
            for (int f = 0; f < features.length; f++) {
                if (refCount[f] == refSize && recCount[f] == recSize) {
                    evaluate(f, fv.time());
                }
            }
        }
    }

    private void add(int f, double x) {
        if (recCount[f] == recSize) {
            double out = rec[f][recPos[f]];
            ref[f][refPos[f]] = out;
            refPos[f] = (refPos[f] + 1) % refSize;
            refCount[f] = Math.min(refSize, refCount[f] + 1);
        } else {
            recCount[f]++;
        }
        rec[f][recPos[f]] = x;
        recPos[f] = (recPos[f] + 1) % recSize;
    }

    private void evaluate(int f, long time) {
        System.arraycopy(ref[f], 0, sortRef, 0, refSize);
        System.arraycopy(rec[f], 0, sortRec, 0, recSize);
        Arrays.sort(sortRef);
        Arrays.sort(sortRec);
        double psi = Psi.sorted(sortRef, refSize, sortRec, recSize, bins, Psi.EPSILON);
        double d = KsTest.statisticSorted(sortRef, refSize, sortRec, recSize);
        double p = KsTest.pValue(d, refSize, recSize);
        lastPsi[f] = psi;
        lastKs[f] = d;
        if (psi >= psiThreshold || p < ksAlpha) {
            String level = psi >= Psi.DRIFT ? "drift" : psi >= Psi.WARN ? "moderate shift" : "stable";
            events.offer(new DriftEvent(time, features[f].name(), psi >= psiThreshold ? "psi" : "ks",
                    DriftEvent.Action.WARN, String.format(java.util.Locale.ROOT,
                    "%s: last %d values vs the %d before them: PSI %.3f (%s; warn %.2f, drift %.2f),"
                            + " KS D %.3f p %.2g", features[f].name(), recSize, refSize, psi, level,
                    Psi.WARN, Psi.DRIFT, d, p)));
        }
    }

    /** The next unread warning, or null. */
    public DriftEvent poll() {
        return events.poll();
    }

    /** PSI of feature index {@code f} at its last evaluation (NaN before). */
    public double lastPsi(int f) {
        return lastPsi[f];
    }

    /** KS statistic of feature index {@code f} at its last evaluation (NaN before). */
    public double lastKs(int f) {
        return lastKs[f];
    }
}
