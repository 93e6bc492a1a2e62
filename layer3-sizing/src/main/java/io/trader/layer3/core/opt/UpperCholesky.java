package io.trader.layer3.core.opt;

/** Dense upper Cholesky {@code A = U'U} on a row-major flat array, and its solve. */
final class UpperCholesky {

    private UpperCholesky() {
    }

    /**
     * In-place upper Cholesky {@code A = U'U} of a symmetric row-major n x n matrix, right-looking with
     * contiguous row updates (vectorised by the JIT), in blocks of rows so each trailing row is streamed
     * once per block rather than once per pivot; the strict lower part is left as garbage.
     */
    static void factor(double[] a, int n) {
        final int bs = 16;
        for (int kb = 0; kb < n; kb += bs) {
            int ke = Math.min(kb + bs, n);
            for (int k = kb; k < ke; k++) {
                int rk = k * n;
                double d = a[rk + k];
                if (!(d > 0)) {
                    throw new ArithmeticException("Newton system not positive definite at " + k);
                }
                d = Math.sqrt(d);
                a[rk + k] = d;
                double inv = 1 / d;
                for (int j = k + 1; j < n; j++) {
                    a[rk + j] *= inv;
                }
                for (int i = k + 1; i < ke; i++) {
                    axpy(a, i * n, rk, a[rk + i], i, n);
                }
            }
            for (int i = ke; i < n; i++) {
                int ri = i * n;
                for (int k = kb; k < ke; k++) {
                    int rk = k * n;
                    axpy(a, ri, rk, a[rk + i], i, n);
                }
            }
        }
    }

    /** {@code a[dst + j] -= f * a[src + j]} for j in [from, n). */
    private static void axpy(double[] a, int dst, int src, double f, int from, int n) {
        if (f == 0) {
            return;
        }
        for (int j = from; j < n; j++) {
            a[dst + j] -= f * a[src + j];
        }
    }

    /** Solves {@code U'U x = b} in place (x holds b on entry). */
    static void solve(double[] l, int n, double[] x) {
        // U'U x = b with U upper, row-major: forward U'y = r as row axpys, back U x = y as row dot products
        for (int k = 0; k < n; k++) {
            int row = k * n;
            double yk = x[k] / l[row + k];
            x[k] = yk;
            for (int i = k + 1; i < n; i++) {
                x[i] -= l[row + i] * yk;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            int row = i * n;
            double s0 = 0;
            double s1 = 0;
            int k = i + 1;
            for (; k + 1 < n; k += 2) {
                s0 += l[row + k] * x[k];
                s1 += l[row + k + 1] * x[k + 1];
            }
            for (; k < n; k++) {
                s0 += l[row + k] * x[k];
            }
            x[i] = (x[i] - (s0 + s1)) / l[row + i];
        }
    }
}
