package io.trader.bench;

import io.trader.core.domain.Side;
import io.trader.layer4.capture.BinanceLineParser;
import io.trader.layer4.capture.CaptureFormat;
import io.trader.layer4.capture.CaptureReader;
import io.trader.layer4.core.book.BookSimulator;
import io.trader.layer4.core.book.MarketEvent;
import io.trader.layer4.core.book.OrderCommand;
import io.trader.layer4.core.book.SequenceCheck;
import io.trader.layer4.core.book.SimConfig;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * The book-level simulator on the Binance captures, in events per second (the {@code events} counter):
 * {@code replay} replays the parsed events (preloaded in memory) through a {@link BookSimulator} with a bid and an
 * ask re-quoted at the touch every 1,000 events (the goal: >= 2,000,000 events/s); {@code parse} parses the
 * capture's lines (decompressed, in memory) into events; {@code readAndParse} reads the gzip file and parses it.
 * Captures: {@code -p capture=NAME,...} from {@code -Dbench.microstructure=DIR} (default
 * {@code ../shared/data/microstructure}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BookSimulatorBenchmark {

    @Param({"hftbacktest-binance-usdm-btcusdt_20240808.gz", "hftbacktest-binance-spot-btcusdt_20240809.gz"})
    public String capture;

    private Path file;
    private CaptureFormat format;
    private List<MarketEvent> events;
    private List<String> lines;

    /** Events processed, reported by JMH as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Events {
        public long events;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
        }
    }

    @Setup
    public void setUp() throws IOException {
        file = Path.of(System.getProperty("bench.microstructure", "../shared/data/microstructure")).resolve(capture);
        format = CaptureFormat.forFile(file);
        events = CaptureReader.readAll(file).events();
        lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        }
    }

    @Benchmark
    public long replay(Events counter) {
        BookSimulator sim = new BookSimulator(new SimConfig(1_000_000, 500_000, 200, 500), format.rule());
        long id = 0;
        long reports = 0;
        int i = 0;
        for (MarketEvent event : events) {
            if (sim.onEvent(event) == SequenceCheck.Outcome.GAP) {
                sim.acceptGap();
            }
            if (++i % 1000 == 0 && sim.book().twoSided()) {
                if (id > 0) {
                    sim.submit(new OrderCommand.Cancel(id - 1, event.recvNs()));
                    sim.submit(new OrderCommand.Cancel(id, event.recvNs()));
                }
                sim.submit(new OrderCommand.Limit(++id, event.recvNs(), Side.BUY, sim.book().bestBid(), 10));
                sim.submit(new OrderCommand.Limit(++id, event.recvNs(), Side.SELL, sim.book().bestAsk(), 10));
                reports += sim.drainReports().size();
            }
        }
        counter.events += events.size();
        return reports + sim.book().bestBid();
    }

    @Benchmark
    public long parse(Events counter) {
        BinanceLineParser parser = new BinanceLineParser(format);
        long sum = 0;
        for (String line : lines) {
            MarketEvent e = parser.parse(line);
            sum += e == null ? 1 : e.recvNs();
        }
        counter.events += lines.size();
        return sum;
    }

    @Benchmark
    public long readAndParse(Events counter) {
        long[] n = new long[1];
        CaptureReader.Counts counts = CaptureReader.stream(file, format, e -> n[0]++);
        if (counts.events() != n[0]) {
            throw new UncheckedIOException(new IOException("event count mismatch"));
        }
        counter.events += n[0];
        return n[0];
    }
}
