package io.trader.layer5.core.divergence;

import java.math.BigDecimal;
import java.util.List;

/**
 * One asset as the {@link FeedDivergenceBreaker} sees it at a given time, for the API and metrics. Times are
 * epoch ms; {@link #NONE} means "not set".
 *
 * @param asset       venue-neutral asset, e.g. {@code BTC}
 * @param phase       where the state machine is (as of its latest look)
 * @param since       when the current phase began, or {@link #NONE}
 * @param halted      true while new risk on the asset is refused
 * @param haltedSince when the halt began, or {@link #NONE}
 * @param spreadBps   (highest - lowest fresh mid) / lowest fresh mid x 10^4 now; {@code NaN} with fewer than
 *                    two fresh sources
 * @param sources     every source ever quoted for the asset, in first-quote order, with its age now
 * @param reason      what a person reads: the sources apart, by how much, and what happens next
 */
public record DivergenceState(String asset, Phase phase, long since, boolean halted, long haltedSince,
                              double spreadBps, List<SourceView> sources, String reason) {

    /** A time that is not set. */
    public static final long NONE = Long.MIN_VALUE;

    public DivergenceState {
        sources = List.copyOf(sources);
    }

    /** Phases of one asset. */
    public enum Phase {
        /** Two or more fresh sources inside the band. */
        INSIDE,
        /** Outside the band, not yet for the whole hold: new risk still allowed. */
        OUTSIDE,
        /** New risk refused; the sources are not (seen to be) back inside the band. */
        HALTED,
        /** New risk refused; the sources are back inside the band, the cool-down runs. */
        COOLING,
        /** Not halted, fewer than two fresh sources: nothing to compare. */
        UNKNOWN
    }

    /**
     * One source's latest quote.
     *
     * @param mid       exact mid as quoted
     * @param time      time of the quote
     * @param ageMillis age at the time of the state
     * @param fresh     age at most the configured stale limit: taken into the comparison
     */
    public record SourceView(String source, BigDecimal mid, long time, long ageMillis, boolean fresh) {
    }
}
