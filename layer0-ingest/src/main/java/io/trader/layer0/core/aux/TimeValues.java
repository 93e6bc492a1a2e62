package io.trader.layer0.core.aux;

/**
 * Times and values read from one auxiliary file, oldest first, plus what reading it found.
 *
 * @param source       file name (for messages)
 * @param column       the value column read
 * @param times        event times (epoch ms, strictly increasing)
 * @param values       one finite value per time
 * @param rows         data rows in the file
 * @param skippedEmpty rows whose value was empty (skipped, not guessed)
 * @param reversed     the file was newest-first and was reversed to oldest-first
 */
public record TimeValues(String source, String column, long[] times, double[] values, int rows, int skippedEmpty,
                         boolean reversed) {

    public int size() {
        return times.length;
    }

    /** The values as a series available at {@code times[i] + delayMs} (e.g. a bar's interval: known at its close). */
    public AsOfSeries availableAfter(long delayMs) {
        long[] t = new long[times.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = times[i] + delayMs;
        }
        return new AsOfSeries(source + " " + column, t, values);
    }
}
