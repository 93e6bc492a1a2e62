package io.trader.layer0.core.aux;

/**
 * What rebuilding a Binance capture found.
 *
 * @param lines               lines read
 * @param depthUpdates        depth diffs read
 * @param snapshots           REST depth snapshots found in the capture (the book is synced from one)
 * @param droppedBeforeSync   diffs older than a snapshot (skipped, as Binance's procedure says)
 * @param gaps                breaks in update-id continuity ({@code pu != previous u} on USD-M,
 *                            {@code U != previous u + 1} on spot); the book is then rebuilt from diffs again
 * @param uncrossed           stale crossing levels removed
 * @param trades              trades read
 * @param lateEvents          events whose exchange time was before an already closed bucket (counted in the next)
 * @param bookSnapshots       per-bucket book snapshots emitted (warm books only)
 * @param tickersCompared     warm depth states compared with the book ticker at the same update id
 * @param tickerPriceMatches  of those, best bid and ask prices equal
 * @param tickerFullMatches   of those, best prices and sizes equal
 * @param otherLines          lines of other streams (ignored)
 */
public record CaptureStats(long lines, long depthUpdates, long snapshots, long droppedBeforeSync, long gaps,
                           long uncrossed, long trades, long lateEvents, long bookSnapshots, long tickersCompared,
                           long tickerPriceMatches, long tickerFullMatches, long otherLines) {

    /** Share of compared states whose best prices match the book ticker, percent (NaN when none compared). */
    public double priceAgreementPct() {
        return tickersCompared == 0 ? Double.NaN : 100.0 * tickerPriceMatches / tickersCompared;
    }

    public double fullAgreementPct() {
        return tickersCompared == 0 ? Double.NaN : 100.0 * tickerFullMatches / tickersCompared;
    }
}
