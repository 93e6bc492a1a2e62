package io.trader.layer2.core.meta;

/**
 * Exponentially weighted least-squares slope, through the origin, of the realised horizon return {@code r} on
 * {@code z = p - 0.5} (the calibrated probability at prediction time), with its standard error. Each new pair
 * has weight 1 and older ones decay by {@code decay} per pair. With weights {@code w}:
 * {@code beta = sum(w z r) / sum(w z^2)}; residual variance {@code s^2 = (sum(w r^2) - beta sum(w z r)) /
 * sum(w)} times {@code neff / (neff - 1)} ({@code neff = (sum w)^2 / sum w^2}); {@code se(beta)^2 = s^2 *
 * sum(w^2 z^2) / (sum w z^2)^2 * H}, the factor H because pairs with overlapping horizons are not
 * independent. Allocation-free.
 */
final class ReturnRegression {

    private final double decay;
    private final int horizon;
    private double sw;
    private double sw2;
    private double szz;
    private double szr;
    private double srr;
    private double s2zz;
    private double beta;
    private double se;

    ReturnRegression(double decay, int horizon) {
        this.decay = decay;
        this.horizon = horizon;
    }

    void add(double z, double r) {
        double d2 = decay * decay;
        sw = decay * sw + 1;
        sw2 = d2 * sw2 + 1;
        szz = decay * szz + z * z;
        szr = decay * szr + z * r;
        srr = decay * srr + r * r;
        s2zz = d2 * s2zz + z * z;
        if (szz > 0) {
            beta = szr / szz;
            double neff = sw * sw / sw2;
            double resid = Math.max(0, srr - beta * szr) / sw;
            double s2 = neff > 1 ? resid * neff / (neff - 1) : resid;
            se = Math.sqrt(s2 * s2zz / (szz * szz) * horizon);
        } else {
            beta = 0;
            se = 0;
        }
    }

    double slope() {
        return beta;
    }

    double slopeStdev() {
        return se;
    }
}
