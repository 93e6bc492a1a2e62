package io.trader.layer2.core.meta;

/**
 * Maps a learner's raw probability to a calibrated one, fitted on out-of-sample (raw probability, label)
 * pairs. {@link #apply} is pure and allocation-free; {@link #fit} may allocate. Before the first fit every
 * calibrator is the identity.
 */
public interface Calibrator {

    /** {@code isotonic}, {@code platt}, {@code none}. */
    String kind();

    /** Fits on the first {@code n} pairs ({@code p[k]} predicted before {@code y[k]} was known). */
    void fit(double[] p, int[] y, int n);

    /** The calibrated probability of raw probability {@code p}, in [0, 1]. */
    double apply(double p);

    /** A new calibrator of {@code kind}: {@code isotonic}, {@code platt} or {@code none}. */
    static Calibrator of(String kind) {
        return switch (kind) {
            case "isotonic" -> new IsotonicCalibrator();
            case "platt" -> new PlattCalibrator();
            case "none" -> new IdentityCalibrator();
            default -> throw new IllegalArgumentException("calibration must be one of isotonic, platt, none, was "
                    + kind);
        };
    }

    /** The {@code none} calibration: the raw probability as is. */
    final class IdentityCalibrator implements Calibrator {
        @Override
        public String kind() {
            return "none";
        }

        @Override
        public void fit(double[] p, int[] y, int n) {
            // nothing to learn
        }

        @Override
        public double apply(double p) {
            return p;
        }
    }
}
