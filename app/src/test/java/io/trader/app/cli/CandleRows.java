package io.trader.app.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** A deterministic hourly random walk as candle rows {@code {date, open, high, low, close, volume}}, oldest first. */
final class CandleRows {

    static final String HEADER = "date,open,high,low,close,volume";

    private CandleRows() {
    }

    static List<String[]> walk(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long start = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        List<String[]> out = new ArrayList<>(n);
        long close = 5_000_000;
        for (int i = 0; i < n; i++) {
            long open = close;
            close = Math.max(100_000, open + Math.round(rnd.nextGaussian() * 40_000));
            long high = Math.max(open, close) + rnd.nextInt(20_000);
            long low = Math.min(open, close) - rnd.nextInt(20_000);
            out.add(new String[]{Instant.ofEpochMilli(start + i * 3_600_000L).toString(), cents(open), cents(high),
                    cents(low), cents(close), String.format(Locale.ROOT, "%d.%03d", 50 + rnd.nextInt(500),
                    rnd.nextInt(1000))});
        }
        return out;
    }

    private static String cents(long c) {
        return String.format(Locale.ROOT, "%d.%02d", c / 100, c % 100);
    }

    /** CSV text: {@code header} (null: none), then the fields of each row picked by index (-1: a filler). */
    static String csv(String header, List<String[]> rows, int... fields) {
        StringBuilder sb = new StringBuilder();
        if (header != null) {
            sb.append(header).append('\n');
        }
        for (String[] r : rows) {
            for (int k = 0; k < fields.length; k++) {
                sb.append(k == 0 ? "" : ",").append(fields[k] < 0 ? "0" : r[fields[k]]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String canonical(List<String[]> rows) {
        return csv(HEADER, rows, 0, 1, 2, 3, 4, 5);
    }
}
