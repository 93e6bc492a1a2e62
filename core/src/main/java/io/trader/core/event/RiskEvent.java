package io.trader.core.event;

/** Things the risk layer did or saw, recorded in the store and counted in metrics. */
public sealed interface RiskEvent permits RiskEvent.OrderBlocked, RiskEvent.KillSwitchEngaged,
        RiskEvent.KillSwitchReset, RiskEvent.BreakerTripped, RiskEvent.BreakerCleared,
        RiskEvent.ReconciliationDifference, RiskEvent.ModelDrift, RiskEvent.SizingFallback,
        RiskEvent.FeedDivergenceHalted, RiskEvent.FeedDivergenceResumed {

    long time();

    /** Short kind label, e.g. {@code order_blocked}. */
    String kind();

    /** Human-readable detail. */
    String detail();

    record OrderBlocked(String clientId, String symbol, RiskCode code, String detail, long time)
            implements RiskEvent {
        public String kind() {
            return "order_blocked";
        }
    }

    record KillSwitchEngaged(String reason, boolean flatten, long time) implements RiskEvent {
        public String kind() {
            return "kill_switch_engaged";
        }

        public String detail() {
            return reason + (flatten ? " (flatten)" : "");
        }
    }

    record KillSwitchReset(String reason, long time) implements RiskEvent {
        public String kind() {
            return "kill_switch_reset";
        }

        public String detail() {
            return reason;
        }
    }

    /** A breaker halted new risk; only risk-reducing orders pass until it clears. */
    record BreakerTripped(String breaker, String detail, long time) implements RiskEvent {
        public String kind() {
            return "breaker_tripped";
        }
    }

    record BreakerCleared(String breaker, String detail, long time) implements RiskEvent {
        public String kind() {
            return "breaker_cleared";
        }
    }

    /** Local state differed from the venue's; venue truth was adopted. */
    record ReconciliationDifference(String symbol, String detail, long time) implements RiskEvent {
        public String kind() {
            return "reconciliation_difference";
        }
    }

    /**
     * The ensemble of {@code symbol} found a model or input drifting and acted on it.
     *
     * @param subject  the alpha id, {@code ensemble}, or a feature name
     * @param detector {@code page-hinkley}, {@code adwin}, {@code psi}, {@code ks}
     * @param action   {@code down_weight}, {@code suspend}, {@code restore}, {@code retrain} or {@code warn}
     */
    record ModelDrift(String symbol, String subject, String detector, String action, String reason, long time)
            implements RiskEvent {
        public String kind() {
            return "model_drift";
        }

        public String detail() {
            return subject + " " + action + " (" + detector + "): " + reason;
        }
    }

    /**
     * The portfolio sizer failed at a step (the optimiser did not reach a feasible optimum, or its inputs were not
     * ready) and every target was held at its previous value, never set to zero.
     *
     * @param method the sizing method, e.g. {@code max-sharpe}
     * @param state  the optimiser's state, e.g. {@code INFEASIBLE}
     */
    record SizingFallback(String method, String state, String reason, long time) implements RiskEvent {
        public String kind() {
            return "sizing_fallback";
        }

        public String detail() {
            return method + " failed (" + state + "): " + reason + "; previous targets kept";
        }
    }

    /**
     * The venues' prices of one asset disagreed beyond the configured band for longer than the configured hold:
     * orders that add risk on {@code asset} are refused ({@link RiskCode#FEED_DIVERGENCE}) until
     * {@link FeedDivergenceResumed}; orders that reduce exposure still pass.
     *
     * <p>Its own record, not a {@link BreakerTripped} named {@code feed_divergence:ASSET}: a breaker halts the
     * whole account and stays until the next day or an operator reset, and its consumers act on that (the risk
     * engine's global halt, the {@code trader_breaker_tripped} gauge with one series per breaker, the reports'
     * halted share of the run, the log telling how to reset). This halt concerns one asset, clears by itself
     * after the cool-down and can happen for many assets at once, so folding it into the breakers would
     * misreport a global halt and grow a breaker series per asset.
     *
     * @param asset  venue-neutral asset, e.g. {@code BTC}
     * @param detail which sources disagree, by how much and for how long
     * @param time   when the hold elapsed (epoch ms)
     */
    record FeedDivergenceHalted(String asset, String detail, long time) implements RiskEvent {
        public String kind() {
            return "feed_divergence_halted";
        }
    }

    /**
     * The venues of {@code asset} agreed again (inside the band for the whole cool-down), or an operator released
     * the halt: new risk on the asset is allowed again.
     */
    record FeedDivergenceResumed(String asset, String detail, long time) implements RiskEvent {
        public String kind() {
            return "feed_divergence_resumed";
        }
    }
}
