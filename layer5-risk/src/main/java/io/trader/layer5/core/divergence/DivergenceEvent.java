package io.trader.layer5.core.divergence;

import io.trader.core.event.RiskEvent;

import java.util.List;

/** What the {@link FeedDivergenceBreaker} decided for one asset: a halt of new risk, or its end. */
public sealed interface DivergenceEvent permits DivergenceEvent.Halted, DivergenceEvent.Resumed {

    String asset();

    String detail();

    /** When it happened (epoch ms): the look at which the hold or the cool-down elapsed. */
    long time();

    /** The same fact as the core risk event that the store, metrics and reports record. */
    RiskEvent toRiskEvent();

    /**
     * The fresh sources of {@code asset} stayed further apart than the band for the whole hold.
     *
     * @param spreadBps (highest mid - lowest mid) / lowest mid x 10^4 at the halt, for people and metrics (the
     *                  decision itself was exact)
     * @param sources   the fresh sources at the halt, highest mid first
     */
    record Halted(String asset, double spreadBps, List<String> sources, String detail, long time)
            implements DivergenceEvent {
        public Halted {
            sources = List.copyOf(sources);
        }

        @Override
        public RiskEvent toRiskEvent() {
            return new RiskEvent.FeedDivergenceHalted(asset, detail, time);
        }
    }

    /** The sources of {@code asset} stayed inside the band for the whole cool-down, or an operator released it. */
    record Resumed(String asset, String detail, long time) implements DivergenceEvent {
        @Override
        public RiskEvent toRiskEvent() {
            return new RiskEvent.FeedDivergenceResumed(asset, detail, time);
        }
    }
}
