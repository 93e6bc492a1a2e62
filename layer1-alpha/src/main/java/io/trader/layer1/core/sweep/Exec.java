package io.trader.layer1.core.sweep;

/** Where a signal taken at the close of bar i is filled. */
public enum Exec {
    /** At bar i, at its close (ta4j's TradeOnCurrentCloseModel; the ta4j-peer harness's default). */
    CLOSE("close"),
    /** At bar i+1, at its open (ta4j 0.17's default, and what the paper exchange does); not filled past the end. */
    NEXT_OPEN("next-open");

    public final String cli;

    Exec(String cli) {
        this.cli = cli;
    }

    public static Exec parse(String s) {
        for (Exec e : values()) {
            if (e.cli.equals(s)) {
                return e;
            }
        }
        throw new IllegalArgumentException("exec must be 'close' or 'next-open', got '" + s + "'");
    }
}
