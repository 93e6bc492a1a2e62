package io.trader.bench;

import io.trader.core.domain.InstrumentSpec;
import io.trader.venue.binance.book.BinanceBook;
import io.trader.venue.binance.book.BinanceDepthMessage;
import io.trader.venue.binance.book.BinanceDepthParser;
import io.trader.venue.binance.book.DepthDiff;
import io.trader.venue.binance.book.DepthSnapshot;
import io.trader.venue.binance.book.DiffOutcome;
import io.trader.venue.binance.book.SnapshotOutcome;
import io.trader.venue.binance.book.SyncRule;
import io.trader.venue.kraken.book.BookMessage;
import io.trader.venue.kraken.book.KrakenBook;
import io.trader.venue.kraken.book.KrakenBookParser;
import io.trader.venue.kraken.book.KrakenOutcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The venue order books, in ns per message.
 * <ul>
 *   <li>{@code binanceApply}: a parsed Binance depth diff applied to the book; {@code binanceParseAndApply}: the
 *       diff's raw JSON text parsed to ticks/lots and applied (the goal: at most 2 us per diff);
 *       {@code binanceParseBytesAndApply}: the same from the frame's UTF-8 bytes (no String decoding);
 *       {@code binanceParseIntoBook}: the frame's bytes parsed straight into the book (the parser's scratch
 *       levels applied without a diff object or arrays). Each
 *       invocation replays the first {@value Binance#SLICE} diffs after a real capture's REST snapshot on a book
 *       freshly loaded with it (the load is per-invocation setup, not measured). Captures:
 *       {@code -p capture=NAME} from {@code -Dbench.microstructure=DIR} (default
 *       {@code ../shared/data/microstructure}).</li>
 *   <li>{@code krakenApply} / {@code krakenParseAndApply}: a Kraken v2 update message applied with its checksum
 *       verified, parsed or from text. No Kraken capture exists in shared/, so the updates are seeded synthetic
 *       BTC/USD messages (1-3 levels near the touch, 35% deletes, checksums computed in setup) replayed on a
 *       freshly loaded snapshot; {@code -p depth=10,100}.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VenueBookBenchmark {

    /** A Binance capture's diffs after its snapshot, and a book loaded with that snapshot. */
    @State(Scope.Thread)
    public static class Binance {

        /** Diffs replayed per invocation. */
        static final int SLICE = 3_000;

        @Param({"hftbacktest-binance-spot-btcusdt_20240808.gz", "hftbacktest-binance-usdm-btcusdt_20240808.gz"})
        public String capture;

        private InstrumentSpec spec;
        private SyncRule rule;
        private DepthSnapshot snapshot;
        private DepthDiff[] diffs;
        private String[] texts;
        private byte[][] frames;
        private BinanceBook book;
        private BinanceDepthParser parser;

        @Setup(Level.Trial)
        public void load() throws IOException {
            boolean spot = capture.contains("-spot-");
            spec = spot ? new InstrumentSpec("BTCUSDT", 2, 8) : new InstrumentSpec("BTCUSDT", 1, 3);
            rule = spot ? SyncRule.SPOT : SyncRule.USDM;
            Path file = Path.of(System.getProperty("bench.microstructure", "../shared/data/microstructure"))
                    .resolve(capture);
            BinanceDepthParser setupParser = new BinanceDepthParser(spec);
            List<String> jsons = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.US_ASCII))) {
                String line;
                while ((line = in.readLine()) != null) {
                    String json = line.substring(line.indexOf(' ') + 1);
                    if (json.startsWith("{\"lastUpdateId\"")) {
                        snapshot = (DepthSnapshot) setupParser.parse(json);
                    } else if (json.contains("@depth")) {
                        jsons.add(json);
                    }
                }
            }
            List<DepthDiff> kept = new ArrayList<>();
            List<String> keptTexts = new ArrayList<>();
            for (String json : jsons) {
                DepthDiff diff = (DepthDiff) setupParser.parse(json);
                boolean newer = spot ? diff.finalId() > snapshot.lastUpdateId() : diff.finalId() >= snapshot.lastUpdateId();
                if (newer && kept.size() < SLICE) {
                    kept.add(diff);
                    keptTexts.add(json);
                }
            }
            if (kept.size() < SLICE) {
                throw new IllegalStateException(capture + " has only " + kept.size() + " diffs after its snapshot");
            }
            diffs = kept.toArray(DepthDiff[]::new);
            texts = keptTexts.toArray(String[]::new);
            frames = keptTexts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
            freshBook();
            for (DepthDiff diff : diffs) {
                if (book.onDiff(diff) != DiffOutcome.APPLIED) {
                    throw new IllegalStateException("slice does not replay cleanly: " + book.resyncDetail());
                }
            }
        }

        @Setup(Level.Invocation)
        public void freshBook() {
            book = new BinanceBook(spec, rule, 1_000);
            parser = new BinanceDepthParser(spec);
            if (book.onSnapshot(snapshot) != SnapshotOutcome.LIVE) {
                throw new IllegalStateException("snapshot did not load");
            }
        }
    }

    /** Seeded synthetic Kraken v2 updates with their checksums, and a book loaded with the snapshot. */
    @State(Scope.Thread)
    public static class Kraken {


        static final int UPDATES = 5_000;
        private static final InstrumentSpec SPEC = new InstrumentSpec("BTCUSD", 1, 8);

        @Param({"10", "100"})
        public int depth;

        private String snapshotText;
        private String[] texts;
        private BookMessage snapshot;
        private BookMessage[] messages;
        private KrakenBook book;
        private KrakenBookParser parser;

        @Setup(Level.Trial)
        public void generate() {
            Random rnd = new Random(17);
            KrakenBookParser setupParser = new KrakenBookParser(SPEC);
            KrakenBook reference = new KrakenBook(SPEC, "BTC/USD", depth);
            long mid = 452_850;
            StringBuilder bids = new StringBuilder();
            StringBuilder asks = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                append(bids, mid - 1 - i * 2L, qty(rnd));
                append(asks, mid + 1 + i * 2L, qty(rnd));
            }
            snapshotText = withChecksum(reference, setupParser, "snapshot", bids, asks);
            snapshot = (BookMessage) setupParser.parse(snapshotText);
            texts = new String[UPDATES];
            messages = new BookMessage[UPDATES];
            for (int n = 0; n < UPDATES; n++) {
                bids.setLength(0);
                asks.setLength(0);
                int levels = 1 + rnd.nextInt(3);
                for (int i = 0; i < levels; i++) {
                    boolean bid = rnd.nextBoolean();
                    long off = 1 + rnd.nextInt(2 * depth);
                    String q = rnd.nextInt(100) < 35 ? "0.00000000" : qty(rnd);
                    append(bid ? bids : asks, bid ? mid - off : mid + off, q);
                }
                texts[n] = withChecksum(reference, setupParser, "update", bids, asks);
                messages[n] = (BookMessage) setupParser.parse(texts[n]);
            }
            freshBook();
            for (BookMessage m : messages) {
                if (book.onMessage(m) != KrakenOutcome.APPLIED) {
                    throw new IllegalStateException("generated updates do not replay: " + book.resyncDetail());
                }
            }
        }

        /** Applies the message to the reference book and writes it with the checksum the reference then has. */
        private static String withChecksum(KrakenBook reference, KrakenBookParser parser, String type,
                                           StringBuilder bids, StringBuilder asks) {
            String body = "{\"channel\":\"book\",\"type\":\"" + type + "\",\"data\":[{\"symbol\":\"BTC/USD\",\"bids\":["
                    + bids + "],\"asks\":[" + asks + "],\"checksum\":";
            BookMessage.BookData data = ((BookMessage) parser.parse(body + "0}]}")).entries().get(0);
            reference.apply(new BookMessage.BookData(data.symbol(), data.bids(), data.asks(), -1, false),
                    type.equals("snapshot"));
            return body + reference.checksum() + ",\"timestamp\":\"2026-12-03T20:00:00.000000Z\"}]}";
        }

        private static void append(StringBuilder sb, long tick, String qty) {
            sb.append(sb.length() > 0 ? "," : "").append("{\"price\":").append(BigDecimal.valueOf(tick, 1).toPlainString())
                    .append(",\"qty\":").append(qty).append('}');
        }

        private static String qty(Random rnd) {
            return BigDecimal.valueOf(1 + rnd.nextInt(500_000_000), 8).toPlainString();
        }

        @Setup(Level.Invocation)
        public void freshBook() {
            book = new KrakenBook(SPEC, "BTC/USD", depth);
            parser = new KrakenBookParser(SPEC);
            book.onMessage(snapshot);
        }
    }

    @Benchmark
    @OperationsPerInvocation(Binance.SLICE)
    public long binanceApply(Binance s) {
        long sum = 0;
        for (DepthDiff diff : s.diffs) {
            sum += s.book.onDiff(diff).ordinal();
        }
        return sum + s.book.bestBid();
    }

    @Benchmark
    @OperationsPerInvocation(Binance.SLICE)
    public long binanceParseAndApply(Binance s) {
        long sum = 0;
        for (String text : s.texts) {
            BinanceDepthMessage message = s.parser.parse(text);
            sum += s.book.onDiff((DepthDiff) message).ordinal();
        }
        return sum + s.book.bestBid();
    }

    @Benchmark
    @OperationsPerInvocation(Binance.SLICE)
    public long binanceParseBytesAndApply(Binance s) {
        long sum = 0;
        for (byte[] frame : s.frames) {
            BinanceDepthMessage message = s.parser.parse(frame, 0, frame.length);
            sum += s.book.onDiff((DepthDiff) message).ordinal();
        }
        return sum + s.book.bestBid();
    }

    @Benchmark
    @OperationsPerInvocation(Binance.SLICE)
    public long binanceParseIntoBook(Binance s) {
        long sum = 0;
        for (byte[] frame : s.frames) {
            sum += s.parser.parseInto(s.book, frame, 0, frame.length).ordinal();
        }
        return sum + s.book.bestBid();
    }

    @Benchmark
    @OperationsPerInvocation(Kraken.UPDATES)
    public long krakenApply(Kraken s) {
        long sum = 0;
        for (BookMessage m : s.messages) {
            sum += s.book.onMessage(m).ordinal();
        }
        return sum + s.book.bestBid();
    }

    @Benchmark
    @OperationsPerInvocation(Kraken.UPDATES)
    public long krakenParseAndApply(Kraken s) {
        long sum = 0;
        for (String text : s.texts) {
            sum += s.book.onMessage((BookMessage) s.parser.parse(text)).ordinal();
        }
        return sum + s.book.bestBid();
    }
}
