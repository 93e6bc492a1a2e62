package io.trader.layer2.core.drift;

import java.util.Arrays;

/**
 * Population stability index of a recent sample against a reference sample:
 * {@code PSI = sum_b (q_b - p_b) ln(q_b / p_b)}, with {@code p_b}, {@code q_b} the reference and recent
 * fractions in bin {@code b}. Bins come from the reference's quantiles: the interior edges are
 * {@code ref[floor(k n / bins)]}, k = 1..bins-1, of the sorted reference (repeated edges, and an edge with
 * no reference value below it, are merged with the next bin, so a lumpy reference gets fewer bins and no
 * bin is empty in the reference by construction); a value belongs to the bin of the number of edges {@code <=} it.
 * An empty bin's fraction is replaced by {@code epsilon} so the logarithm stays finite.
 *
 * <p>Reading (the usual credit-scoring convention): below 0.1 stable, 0.1 to 0.25 a moderate shift
 * ({@link #WARN}), above 0.25 a significant shift ({@link #DRIFT}). NaN values are not counted.
 */
public final class Psi {

    /** PSI at or above which a shift is worth a look. */
    public static final double WARN = 0.1;
    /** PSI at or above which the distribution has drifted. */
    public static final double DRIFT = 0.25;
    /** Default fraction for an empty bin. */
    public static final double EPSILON = 1e-4;

    private Psi() {
    }

    /** PSI of {@code recent} against {@code reference} with {@code bins} quantile bins (copies and sorts). */
    public static double of(double[] reference, double[] recent, int bins) {
        double[] ref = finiteSorted(reference);
        double[] rec = finiteSorted(recent);
        return sorted(ref, ref.length, rec, rec.length, bins, EPSILON);
    }

    /**
     * PSI from samples already sorted ascending and free of NaN: {@code ref[0..nRef)}, {@code rec[0..nRec)}.
     * Allocation-free. NaN when either sample is empty.
     */
    public static double sorted(double[] ref, int nRef, double[] rec, int nRec, int bins, double epsilon) {
        if (bins < 2) {
            throw new IllegalArgumentException("bins must be >= 2, was " + bins);
        }
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon must be in (0, 1), was " + epsilon);
        }
        if (nRef == 0 || nRec == 0) {
            return Double.NaN;
        }
        double psi = 0;
        int iRef = 0;
        int iRec = 0;
        double prevEdge = Double.NEGATIVE_INFINITY;
        for (int k = 1; k <= bins; k++) {
            double edge = k == bins ? Double.POSITIVE_INFINITY : ref[(int) ((long) k * nRef / bins)];
            if (edge == prevEdge) {
                continue;
            }
            int endRef = iRef;
            while (endRef < nRef && ref[endRef] < edge) {
                endRef++;
            }
            if (endRef == iRef && k < bins) {
                continue; // ties at the low end: no reference value below this edge, merge with the next bin
            }
            int endRec = iRec;
            while (endRec < nRec && rec[endRec] < edge) {
                endRec++;
            }
            double p = Math.max((double) (endRef - iRef) / nRef, epsilon);
            double q = Math.max((double) (endRec - iRec) / nRec, epsilon);
            psi += (q - p) * Math.log(q / p);
            iRef = endRef;
            iRec = endRec;
            prevEdge = edge;
        }
        return psi;
    }

    static double[] finiteSorted(double[] values) {
        double[] out = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                out[n++] = v;
            }
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }
}
