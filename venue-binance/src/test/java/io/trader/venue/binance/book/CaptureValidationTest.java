package io.trader.venue.binance.book;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rebuilds the book from the real Binance captures (REST snapshot + every depth diff, files chained where one
 * continues the other) and checks it against the captured bookTicker stream. bookTicker is sent on every change of
 * the touch with the book's update id u, so the touch after the diff ending at u must equal the last bookTicker
 * with an id at or below u: that is the agreement measured here. (Comparing at each bookTicker's arrival instead
 * measures mostly the 100 ms batching of the diff stream: the book lags; it is printed for information.)
 */
class CaptureValidationTest {

    /** A bookTicker: update id, best bid/ask in ticks and lots. */
    private record Ticker(long id, long bid, long bidQty, long ask, long askQty) {
    }

    @ParameterizedTest
    @CsvSource({
        "SPOT, 2, 8, hftbacktest-binance-spot-btcusdt_20240808.gz;hftbacktest-binance-spot-btcusdt_20240809.gz, 0.999",
        "USDM, 1, 3, hftbacktest-binance-usdm-btcusdt_20240718.gz;hftbacktest-binance-usdm-btcusdt_20240719.gz, 0.999",
        "USDM, 1, 3, hftbacktest-binance-usdm-btcusdt_20240808.gz, 0.999",
    })
    void rebuildsTheBookAndMatchesTheCapturedBookTicker(SyncRule rule, int priceScale, int qtyScale, String files,
                                                        double floor) throws IOException {
        InstrumentSpec spec = new InstrumentSpec("BTCUSDT", priceScale, qtyScale);
        List<String> lines = new ArrayList<>();
        for (String name : files.split(";")) {
            lines.addAll(read(SharedData.file("microstructure/" + name)));
        }
        Ticker[] tickers = tickers(lines, spec);
        long[] tickerIds = Arrays.stream(tickers).mapToLong(Ticker::id).toArray();

        BinanceDepthParser parser = new BinanceDepthParser(spec);
        BinanceBook book = new BinanceBook(spec, rule, 100_000);
        long compared = 0;
        long touchAgree = 0;
        long sizeAgree = 0;
        long arrivalCompared = 0;
        long arrivalAgree = 0;
        long crossedSeen = 0;
        int tickerAt = 0;
        for (String line : lines) {
            String json = line.substring(line.indexOf(' ') + 1);
            if (json.contains("@bookTicker")) {
                Ticker t = tickers[tickerAt++];
                if (book.isLive()) {
                    arrivalCompared++;
                    arrivalAgree += book.bestBid() == t.bid() && book.bestAsk() == t.ask() ? 1 : 0;
                }
                continue;
            }
            if (!json.contains("@depth") && !json.startsWith("{\"lastUpdateId\"")) {
                continue;
            }
            BinanceDepthMessage message = parser.parse(json);
            if (message instanceof DepthSnapshot snapshot) {
                assertEquals(SnapshotOutcome.LIVE, book.onSnapshot(snapshot), book.resyncDetail());
            } else if (message instanceof DepthDiff diff) {
                if (book.onDiff(diff) != DiffOutcome.APPLIED) {
                    continue;
                }
            } else {
                throw new AssertionError("rejected " + message + ": " + json.substring(0, 120));
            }
            if (!book.isLive()) {
                continue;
            }
            crossedSeen += book.bestBid() >= book.bestAsk() ? 1 : 0;
            int at = lastAtOrBelow(tickerIds, book.lastUpdateId());
            if (at < 0) {
                continue;
            }
            Ticker t = tickers[at];
            compared++;
            if (book.bestBid() == t.bid() && book.bestAsk() == t.ask()) {
                touchAgree++;
                sizeAgree += book.bestBidLots() == t.bidQty() && book.bestAskLots() == t.askQty() ? 1 : 0;
            }
        }
        double agreement = (double) touchAgree / compared;
        System.out.printf("%s %s: applied=%d dropped=%d buffered=%d gaps=%d crossed=%d | touch agrees with the"
                        + " last bookTicker at or below u on %d/%d = %.4f (sizes too: %.4f) | at ticker arrival"
                        + " %.4f of %d%n", rule, files, book.count(DiffOutcome.APPLIED),
                book.count(DiffOutcome.DROPPED_OLD), book.count(DiffOutcome.BUFFERED), book.count(DiffOutcome.GAP),
                book.count(DiffOutcome.CROSSED), touchAgree, compared, agreement, (double) sizeAgree / compared,
                (double) arrivalAgree / arrivalCompared, arrivalCompared);
        assertEquals(BookState.LIVE, book.state(), book.resyncDetail());
        assertEquals(0, book.count(DiffOutcome.GAP), "the captures are continuous");
        assertEquals(0, book.count(DiffOutcome.CROSSED));
        assertEquals(0, crossedSeen);
        assertEquals(0, parser.rejected(DepthReject.Reason.OFF_SCALE) + parser.rejected(DepthReject.Reason.MALFORMED_JSON));
        assertTrue(compared > 2_000, "compared " + compared);
        assertTrue(agreement >= floor, "touch agreement " + agreement + " below " + floor);
    }

    private static int lastAtOrBelow(long[] ids, long id) {
        int idx = Arrays.binarySearch(ids, id);
        return idx >= 0 ? idx : -(idx + 1) - 1;
    }

    private static Ticker[] tickers(List<String> lines, InstrumentSpec spec) {
        List<Ticker> out = new ArrayList<>();
        for (String line : lines) {
            if (line.contains("@bookTicker")) {
                out.add(new Ticker(Long.parseLong(field(line, "\"u\":", ',')),
                        spec.ticks(new BigDecimal(field(line, "\"b\":\"", '"'))),
                        lots(spec, field(line, "\"B\":\"", '"')),
                        spec.ticks(new BigDecimal(field(line, "\"a\":\"", '"'))),
                        lots(spec, field(line, "\"A\":\"", '"'))));
            }
        }
        Ticker[] sorted = out.toArray(Ticker[]::new);
        for (int i = 1; i < sorted.length; i++) {
            assertTrue(sorted[i].id() >= sorted[i - 1].id(), "bookTicker ids arrive in order");
        }
        return sorted;
    }

    private static long lots(InstrumentSpec spec, String qty) {
        return new BigDecimal(qty).movePointRight(spec.qtyScale()).longValueExact();
    }

    private static String field(String line, String key, char end) {
        int start = line.indexOf(key) + key.length();
        return line.substring(start, line.indexOf(end, start));
    }

    private static List<String> read(Path file) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.US_ASCII))) {
            return in.lines().filter(l -> !l.isEmpty()).toList();
        }
    }
}
