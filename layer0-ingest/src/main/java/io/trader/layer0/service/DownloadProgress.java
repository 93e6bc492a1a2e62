package io.trader.layer0.service;

/**
 * Progress of a {@link CandleDownloader} run, reported after every page appended.
 *
 * @param coin          the instrument (venue symbol)
 * @param interval      interval (wire form)
 * @param rowsWritten   rows appended so far in this run
 * @param lastOpenTime  open time of the last row in the file, epoch ms
 * @param startOpenTime first open time this run asked for
 * @param endOpenTime   last open time this run can write (the last closed candle)
 */
public record DownloadProgress(String coin, String interval, long rowsWritten, long lastOpenTime, long startOpenTime,
                               long endOpenTime) {

    /** Fraction of the run's range covered, in [0, 1]. */
    public double fraction() {
        if (endOpenTime <= startOpenTime) {
            return 1;
        }
        return Math.min(1, Math.max(0, (double) (lastOpenTime - startOpenTime) / (endOpenTime - startOpenTime)));
    }
}
