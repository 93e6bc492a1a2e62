package io.trader.layer1.core.label;

import io.trader.core.testing.SharedData;
import io.trader.layer1.core.label.PriceSeries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The mlfinlab oracle data: 1000 E-mini dollar bars, {@code shared/oracles/mlfinlab/dollar_bar_sample.csv}. */
final class DollarBars {

    static final DateTimeFormatter FMT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private DollarBars() {
    }

    static Path file() {
        return SharedData.sharedFile("oracles/mlfinlab/dollar_bar_sample.csv");
    }

    static long time(String text) {
        String t = text.length() == 19 ? text + ".000" : text;
        return LocalDateTime.parse(t, FMT).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    static String text(long ms) {
        return FMT.format(LocalDateTime.ofEpochSecond(Math.floorDiv(ms, 1000), (int) Math.floorMod(ms, 1000) * 1_000_000,
                ZoneOffset.UTC));
    }

    static PriceSeries load() {
        try {
            List<String> lines = Files.readAllLines(file());
            if (!lines.get(0).startsWith("date_time,open,high,low,close")) {
                throw new IllegalStateException("unexpected header: " + lines.get(0));
            }
            int n = lines.size() - 1;
            long[] t = new long[n];
            double[] h = new double[n];
            double[] l = new double[n];
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                String[] f = lines.get(i + 1).split(",");
                t[i] = time(f[0]);
                h[i] = Double.parseDouble(f[2]);
                l[i] = Double.parseDouble(f[3]);
                c[i] = Double.parseDouble(f[4]);
            }
            return new PriceSeries(t, h, l, c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
