package io.trader.layer2.core.meta;

/**
 * Parameters of {@link MetaEnsemble}.
 *
 * @param horizonBars       forecast horizon H in bars: the label of the row made at bar t is
 *                          {@code y = 1} when {@code close(t+H)/close(t) - 1 > 0}, known at bar t+H (default 1)
 * @param retrainEveryBars  bars between walk-forward refits of the learner and the calibrator (default 500)
 * @param windowSamples     resolved samples (newest) given to {@link MetaLearner#refit} (default 5000)
 * @param minSamples        resolved samples before the forecast is live; until then it is neutral: score 0,
 *                          probability 0.5, no trade (default 200)
 * @param calibration       {@code isotonic} | {@code platt} | {@code none} (default isotonic)
 * @param calibrationWindow out-of-sample (raw probability, label) pairs (newest) the calibrator is fitted on
 *                          (default 5000)
 * @param halfLifeBars      half-life, in resolved samples, of the exponentially weighted regression of the
 *                          realised horizon return on the calibrated probability (default 2000)
 */
public record MetaConfig(int horizonBars, int retrainEveryBars, int windowSamples, int minSamples,
                         String calibration, int calibrationWindow, double halfLifeBars) {

    /** Allowed values of {@link #calibration()}. */
    public static final String[] CALIBRATIONS = {"isotonic", "platt", "none"};

    public static final MetaConfig DEFAULT = new MetaConfig(1, 500, 5000, 200, "isotonic", 5000, 2000);

    public MetaConfig {
        range("horizonBars", horizonBars, 1, 10_000);
        range("retrainEveryBars", retrainEveryBars, 1, 10_000_000);
        range("windowSamples", windowSamples, 10, 1_000_000);
        range("minSamples", minSamples, 1, 1_000_000);
        range("calibrationWindow", calibrationWindow, 10, 1_000_000);
        if (calibration == null || !(calibration.equals("isotonic") || calibration.equals("platt")
                || calibration.equals("none"))) {
            throw new IllegalArgumentException("calibration must be one of isotonic, platt, none, was "
                    + calibration);
        }
        if (!(halfLifeBars >= 1) || !Double.isFinite(halfLifeBars)) {
            throw new IllegalArgumentException("halfLifeBars must be finite and >= 1, was " + halfLifeBars);
        }
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be in " + min + ".." + max + ", was " + value);
        }
    }

    /** Per-sample decay of the return statistics, {@code 2^(-1/halfLifeBars)}. */
    public double decay() {
        return Math.pow(2.0, -1.0 / halfLifeBars);
    }

    /** A new, unfitted calibrator of the configured kind. */
    public Calibrator newCalibrator() {
        return Calibrator.of(calibration);
    }
}
