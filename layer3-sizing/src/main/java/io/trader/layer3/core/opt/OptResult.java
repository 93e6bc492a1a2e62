package io.trader.layer3.core.opt;

/**
 * Outcome of one optimisation. {@code ok} is false when the solver did not reach a feasible optimum; then
 * {@code weights} is null (never zeros). {@code state} is the solver's state name, {@code detail} a
 * human-readable reason (or a short summary when ok).
 */
public record OptResult(double[] weights, boolean ok, String state, String detail) {

    public OptResult {
        if (ok && weights == null) {
            throw new IllegalArgumentException("an ok result needs weights");
        }
        if (!ok && weights != null) {
            throw new IllegalArgumentException("a failed result carries no weights");
        }
        weights = weights == null ? null : weights.clone();
    }

    public static OptResult success(double[] weights, String state, String detail) {
        return new OptResult(weights, true, state, detail);
    }

    public static OptResult failure(String state, String detail) {
        return new OptResult(null, false, state, detail);
    }

    @Override
    public double[] weights() {
        return weights == null ? null : weights.clone();
    }
}
