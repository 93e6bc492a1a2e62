package io.trader.layer2.core.regime;

/**
 * Column standardisation fitted on the training rows: {@code z = (x - mean) / sd} per column, over the
 * finite values only. A column with fewer than two finite values or no spread is inactive (skipped: its z
 * is NaN), so an all-NaN feature (e.g. no on-chain data) never affects a model.
 */
final class Scaling {

    final double[] mean;
    final double[] sd;
    final boolean[] active;
    final int first;

    private Scaling(double[] mean, double[] sd, boolean[] active) {
        this.mean = mean;
        this.sd = sd;
        this.active = active;
        int f = -1;
        for (int c = 0; c < active.length; c++) {
            if (active[c]) {
                f = c;
                break;
            }
        }
        this.first = f;
    }

    static Scaling fit(double[][] rows, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("no rows to fit");
        }
        int d = rows[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        boolean[] active = new boolean[d];
        for (int c = 0; c < d; c++) {
            long cnt = 0;
            double m = 0;
            double m2 = 0;
            for (int i = 0; i < n; i++) {
                double x = rows[i][c];
                if (Double.isFinite(x)) {
                    cnt++;
                    double dx = x - m;
                    m += dx / cnt;
                    m2 += dx * (x - m);
                }
            }
            mean[c] = m;
            sd[c] = cnt >= 2 ? Math.sqrt(m2 / (cnt - 1)) : 0;
            active[c] = cnt >= 2 && sd[c] > 0;
        }
        return new Scaling(mean, sd, active);
    }

    int columns() {
        return mean.length;
    }

    /** Standardised value of column {@code c}, NaN when inactive or missing. */
    double z(int c, double x) {
        return active[c] && Double.isFinite(x) ? (x - mean[c]) / sd[c] : Double.NaN;
    }

    /** Standardises all rows (allocates; for fitting). Rows without any usable value are left out. */
    double[][] transform(double[][] rows, int n) {
        int d = columns();
        double[][] z = new double[n][];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double[] out = new double[d];
            boolean any = false;
            for (int c = 0; c < d; c++) {
                out[c] = z(c, rows[i][c]);
                any |= !Double.isNaN(out[c]);
            }
            if (any) {
                z[m++] = out;
            }
        }
        return java.util.Arrays.copyOf(z, m);
    }
}
