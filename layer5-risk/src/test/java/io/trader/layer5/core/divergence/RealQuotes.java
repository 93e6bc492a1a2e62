package io.trader.layer5.core.divergence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Quotes read from the real market data of {@code shared/data} (see its README for the files' layout). */
final class RealQuotes {

    record Quote(String source, long time, BigDecimal mid) {
    }

    private static final Pattern BID = Pattern.compile("\"b\":\"([0-9.]+)\"");
    private static final Pattern ASK = Pattern.compile("\"a\":\"([0-9.]+)\"");

    private RealQuotes() {
    }

    /**
     * The closes of a bar file ({@code date,open,high,low,close,volume}, date = bar OPEN time) as quotes at the
     * bar's close time, the moment the close is known.
     */
    static List<Quote> closes(Path file, String source, long barMillis) throws IOException {
        List<Quote> out = new ArrayList<>();
        try (BufferedReader r = gzip(file)) {
            String line = r.readLine();
            if (line == null || !line.startsWith("date,open,high,low,close")) {
                throw new IllegalStateException("unexpected header in " + file + ": " + line);
            }
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                out.add(new Quote(source, Instant.parse(f[0]).toEpochMilli() + barMillis, new BigDecimal(f[4])));
            }
        }
        return out;
    }

    /**
     * The mids ((bid + ask) / 2, exact) of the {@code bookTicker} messages of an hftbacktest capture, at the
     * collector's receive time (the first field, ns): the time a live shell would stamp at ingress.
     */
    static List<Quote> bookTickerMids(Path file, String source) throws IOException {
        List<Quote> out = new ArrayList<>();
        try (BufferedReader r = gzip(file)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.contains("@bookTicker")) {
                    continue;
                }
                Matcher b = BID.matcher(line);
                Matcher a = ASK.matcher(line);
                if (!b.find() || !a.find()) {
                    throw new IllegalStateException("bookTicker without bid or ask: " + line);
                }
                long ns = Long.parseLong(line.substring(0, line.indexOf(' ')));
                BigDecimal mid = new BigDecimal(b.group(1)).add(new BigDecimal(a.group(1)))
                        .divide(BigDecimal.valueOf(2));
                out.add(new Quote(source, ns / 1_000_000, mid));
            }
        }
        out.sort(Comparator.comparingLong(Quote::time)); // receive order is time order; sort is stable
        return out;
    }

    /** Both lists merged in time order, cut to the span where both have quotes. */
    static List<Quote> overlap(List<Quote> a, List<Quote> b) {
        long from = Math.max(a.get(0).time(), b.get(0).time());
        long to = Math.min(a.get(a.size() - 1).time(), b.get(b.size() - 1).time());
        List<Quote> out = new ArrayList<>();
        for (List<Quote> list : List.of(a, b)) {
            for (Quote q : list) {
                if (q.time() >= from && q.time() <= to) {
                    out.add(q);
                }
            }
        }
        out.sort(Comparator.comparingLong(Quote::time));
        return out;
    }

    private static BufferedReader gzip(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.US_ASCII));
    }
}
