package io.trader.layer1.core.sweep;

/** The in-sample figure configurations are ranked by (higher is better). */
public enum RankBy {
    SHARPE("sharpe"), RETURN("return");

    public final String cli;

    RankBy(String cli) {
        this.cli = cli;
    }

    public static RankBy parse(String s) {
        for (RankBy r : values()) {
            if (r.cli.equals(s)) {
                return r;
            }
        }
        throw new IllegalArgumentException("rank must be 'sharpe' or 'return', got '" + s + "'");
    }
}
