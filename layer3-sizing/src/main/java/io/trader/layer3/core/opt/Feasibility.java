package io.trader.layer3.core.opt;

/** Checks weights against {@link Constraints}; names the first violated constraint. */
public final class Feasibility {

    private Feasibility() {
    }

    /** Null when every constraint holds within tol, else a description of the violation. */
    public static String violation(double[] w, Constraints c, double[] mu, double[][] sigma, double minReturn,
                                   double tol) {
        int n = w.length;
        double net = 0;
        double gross = 0;
        double turnover = 0;
        for (int i = 0; i < n; i++) {
            if (w[i] < c.lower()[i] - tol || w[i] > c.upper()[i] + tol) {
                return "bounds of asset " + i + ": " + w[i] + " not in [" + c.lower()[i] + ", " + c.upper()[i] + "]";
            }
            net += w[i];
            gross += Math.abs(w[i]);
            if (c.previous() != null) {
                turnover += Math.abs(w[i] - c.previous()[i]);
            }
        }
        if (net < c.netMin() - tol || net > c.netMax() + tol) {
            return "net exposure: " + net + " not in [" + c.netMin() + ", " + c.netMax() + "]";
        }
        if (gross > c.grossMax() + tol) {
            return "gross leverage: " + gross + " > " + c.grossMax();
        }
        if (c.hasTurnover() && turnover > c.turnoverMax() + tol) {
            return "turnover: " + turnover + " > " + c.turnoverMax();
        }
        if (!Double.isNaN(minReturn) && LinAlg.dot(mu, w) < minReturn - tol) {
            return "target return: " + LinAlg.dot(mu, w) + " < " + minReturn;
        }
        if (c.hasVar()) {
            double var = c.varZ() * Math.sqrt(Math.max(LinAlg.quad(w, sigma), 0)) - LinAlg.dot(mu, w);
            if (var > c.varLimit() + tol) {
                return "VaR limit: " + var + " > " + c.varLimit();
            }
        }
        return null;
    }
}
