package io.trader.layer0.core;

import java.util.Arrays;

/**
 * Infers a {@link CandleFormat} from the first rows of a source. Rows that are not well-formed (wrong
 * field count, bad date, non-numeric or non-finite values) are ignored here; validation rejects them
 * later. Decimal counts above {@link CandleFormat#MAX_SCALE} are capped, so such rows are later
 * rejected as {@link RejectReason#PRECISION}. A sample whose times step down more often than up is
 * newest-first; its interval is the most common step down.
 */
public final class FormatInference {

    /** Rows sampled by default. */
    public static final int DEFAULT_SAMPLE_ROWS = 5_000;

    private FormatInference() {
    }

    /** @throws CandleInputException when the header lacks a needed column */
    public static CandleFormat infer(byte[] data) {
        return infer(data, DEFAULT_SAMPLE_ROWS);
    }

    /** Looks at up to {@code maxRows} data rows from the start of {@code data}. */
    public static CandleFormat infer(byte[] data, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be >= 1");
        }
        CandleParser parser = new CandleParser(data);
        long[] times = new long[Math.min(maxRows, 1 << 16)];
        int timeCount = 0;
        int priceScale = 0;
        int qtyScale = 0;
        int rows = 0;
        while (rows < maxRows && parser.advance()) {
            rows++;
            if (parser.fieldCount() != parser.fields()) {
                continue;
            }
            long t = parser.openTime();
            int rowPrice = 0;
            boolean ok = t != DateText.INVALID;
            for (int f = CandleColumns.OPEN; f <= CandleColumns.CLOSE && ok; f++) {
                int d = parser.decimalsOf(f);
                ok = d >= 0;
                rowPrice = Math.max(rowPrice, d);
            }
            int rowQty = ok ? parser.decimalsOf(CandleColumns.VOLUME) : -1;
            if (!ok || rowQty < 0) {
                continue;
            }
            priceScale = Math.max(priceScale, rowPrice);
            qtyScale = Math.max(qtyScale, rowQty);
            if (timeCount == times.length) {
                times = Arrays.copyOf(times, times.length * 2);
            }
            times[timeCount++] = t;
        }
        boolean newestFirst = newestFirst(times, timeCount);
        if (newestFirst) {
            for (int i = 0; i < timeCount; i++) {
                times[i] = -times[i];
            }
        }
        return new CandleFormat(Math.min(priceScale, CandleFormat.MAX_SCALE),
                Math.min(qtyScale, CandleFormat.MAX_SCALE), modeStep(times, timeCount), rows, newestFirst);
    }

    /** More steps down than up between consecutive times. */
    static boolean newestFirst(long[] times, int n) {
        int up = 0;
        int down = 0;
        for (int i = 1; i < n; i++) {
            if (times[i] > times[i - 1]) {
                up++;
            } else if (times[i] < times[i - 1]) {
                down++;
            }
        }
        return down > up;
    }

    /** Most common positive difference between consecutive times; ties go to the smaller step. */
    static long modeStep(long[] times, int n) {
        long[] steps = new long[Math.max(0, n - 1)];
        int k = 0;
        for (int i = 1; i < n; i++) {
            long d = times[i] - times[i - 1];
            if (d > 0) {
                steps[k++] = d;
            }
        }
        Arrays.sort(steps, 0, k);
        long best = 0;
        int bestRun = 0;
        for (int i = 0; i < k; ) {
            int j = i;
            while (j < k && steps[j] == steps[i]) {
                j++;
            }
            if (j - i > bestRun) {
                bestRun = j - i;
                best = steps[i];
            }
            i = j;
        }
        return best;
    }
}
