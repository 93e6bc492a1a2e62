package io.trader.layer0.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** A deterministic hourly random walk as candle rows, canonical column order, no header. */
final class SyntheticCandles {

    static final String HEADER = "date,open,high,low,close,volume";
    static final long START = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    static final long HOUR = 3_600_000L;

    private SyntheticCandles() {
    }

    /** {@code n} rows: {@code {date, open, high, low, close, volume}} as text, oldest first. */
    static List<String[]> rows(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String[]> out = new ArrayList<>(n);
        long close = 5_000_000; // cents: 50000.00
        for (int i = 0; i < n; i++) {
            long open = close;
            close = Math.max(100, open + Math.round(rnd.nextGaussian() * 30_000));
            long high = Math.max(open, close) + rnd.nextInt(20_000);
            long low = Math.min(open, close) - rnd.nextInt(20_000);
            out.add(new String[]{Instant.ofEpochMilli(START + i * HOUR).toString(), cents(open), cents(high),
                    cents(low), cents(close), String.format(Locale.ROOT, "%d.%03d", 1 + rnd.nextInt(500),
                    rnd.nextInt(1000))});
        }
        return out;
    }

    static String cents(long c) {
        return String.format(Locale.ROOT, "%d.%02d", c / 100, c % 100);
    }

    /** The rows as CSV lines with {@code header} (null: none), fields picked by index from each row. */
    static String csv(String header, List<String[]> rows, int... fields) {
        StringBuilder sb = new StringBuilder();
        if (header != null) {
            sb.append(header).append('\n');
        }
        for (String[] r : rows) {
            for (int k = 0; k < fields.length; k++) {
                sb.append(k == 0 ? "" : ",").append(fields[k] < 0 ? "x" : r[fields[k]]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String canonical(List<String[]> rows) {
        return csv(HEADER, rows, 0, 1, 2, 3, 4, 5);
    }
}
