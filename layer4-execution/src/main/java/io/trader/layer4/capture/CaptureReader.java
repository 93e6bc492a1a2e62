package io.trader.layer4.capture;

import io.trader.layer4.core.book.MarketEvent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads a gzip capture ({@code /work/shared/data/microstructure/*.gz}) line by line into market events. */
public final class CaptureReader {

    private CaptureReader() {
    }

    /** How many lines of each kind were parsed, and how many were malformed and dropped. */
    public record Counts(long depth, long trade, long bookTicker, long snapshot, long malformed) {

        public long events() {
            return depth + trade + bookTicker + snapshot;
        }
    }

    /** A whole capture in memory. */
    public record Capture(CaptureFormat format, List<MarketEvent> events, Counts counts) {
    }

    /** Reads a whole capture, its format taken from the file name. */
    public static Capture readAll(Path file) {
        CaptureFormat format = CaptureFormat.forFile(file);
        List<MarketEvent> events = new ArrayList<>();
        Counts counts = stream(file, format, events::add);
        return new Capture(format, events, counts);
    }

    /** Streams the events of a capture to {@code sink} in file order; malformed lines are counted and dropped. */
    public static Counts stream(Path file, CaptureFormat format, Consumer<MarketEvent> sink) {
        BinanceLineParser parser = new BinanceLineParser(format);
        long[] counts = new long[5];
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.US_ASCII), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                MarketEvent event = parser.parse(line);
                if (event == null) {
                    counts[4]++;
                    continue;
                }
                counts[parser.lastKind().ordinal()]++;
                sink.accept(event);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read capture " + file, e);
        }
        return new Counts(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }
}
