package io.trader.layer1.core.sweep;

/**
 * What one configuration did over one stretch of bars, starting flat with equity 1.
 *
 * @param bars        bars in the stretch
 * @param netReturn   final equity - 1, fees included, an open position marked at the last close
 * @param sharpe      mean / sample sd of the per-bar returns x sqrt(bars per year); 0 when the sd is 0
 * @param maxDrawdown largest fall from a peak of the marked equity, as a fraction of the peak
 * @param trades      closed positions (round trips), as ta4j counts them
 * @param entries     entries filled (trades, plus one if a position is open at the end)
 * @param exposure    share of the stretch's bars over which a position was held
 */
public record SegmentMetrics(int bars, double netReturn, double sharpe, double maxDrawdown, int trades, int entries,
                             double exposure) {

    /** The value ranked on. */
    public double metric(RankBy by) {
        return by == RankBy.SHARPE ? sharpe : netReturn;
    }

    public boolean openAtEnd() {
        return entries > trades;
    }
}
