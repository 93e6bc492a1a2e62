package io.trader.venue.hyperliquid.stream;

import io.trader.core.market.Bar;
import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.core.candle.CandleCsv;
import io.trader.venue.hyperliquid.data.HlInterval;
import io.trader.layer0.service.CandleDownloader;
import io.trader.layer0.service.CandleFileReader;
import io.trader.layer0.service.DownloadProgress;
import io.trader.layer0.service.DownloadResult;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.trader.venue.hyperliquid.stream.FakeVenue.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyperliquidCandleDownloaderTest {

    private static final long H = 3_600_000L;

    private Vertx vertx;
    private FakeHyperliquid fake;
    private HyperliquidInfoClient info;
    private CandleDownloader downloader;
    private final List<DownloadProgress> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        fake = FakeVenue.start(vertx, FakeConfig.defaults().withStartTime(FakeConfig.DEFAULT_START + 30 * 60_000L));
        info = new HyperliquidInfoClient(vertx, FakeVenue.infoConfig(fake));
        downloader = new CandleDownloader(vertx, fake.market()::now);
    }

    @AfterEach
    void stop() throws Exception {
        info.close();
        fake.close();
        await(vertx.close());
    }

    @Test
    void writesTheSharedDataLayoutAndReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("btc-1h-hyperliquid-perp.csv");

        DownloadResult r = await(downloader.download("BTC", HlInterval.H1, 30, file, (s, e, page) -> info.candles("BTC", HlInterval.H1, s, e, page), progress::add));

        long lastClosed = FakeConfig.DEFAULT_START - H;
        assertEquals(720, r.rowsWritten());
        assertEquals(lastClosed, r.lastOpenTime());
        List<String> lines = Files.readAllLines(file);
        assertEquals(721, lines.size());
        assertEquals("date,open,high,low,close,volume", lines.get(0));
        var c = fake.market().candle("BTC", "1h", FakeConfig.DEFAULT_START - 720 * H);
        assertEquals("2024-12-02T00:00:00.000Z," + plain(c.path("o").asText()) + "," + plain(c.path("h").asText()) + ","
                + plain(c.path("l").asText()) + "," + plain(c.path("c").asText()) + "," + plain(c.path("v").asText()),
                lines.get(1));
        assertTrue(lines.get(720).startsWith("2024-12-31T23:00:00.000Z,"), lines.get(720));
        assertEquals(List.of(500L, 720L), progress.stream().map(DownloadProgress::rowsWritten).toList());
        assertEquals(1.0, progress.get(1).fraction());

        CandleSeries series = new CandleFileReader().read(file);
        assertEquals("BTC", series.symbol());
        assertEquals(H, series.intervalMillis());
        assertEquals(720, series.size());
        assertTrue(series.report().clean());
        Bar last = series.bars().get(719);
        assertEquals(lastClosed, last.openTime());
        var lc = fake.market().candle("BTC", "1h", lastClosed);
        assertEquals(new BigDecimal(lc.path("c").asText()).doubleValue(), last.closePrice(), 1e-9);
    }

    @Test
    void resumesAfterTheLastRowWithoutDuplicatesAndRepairsATornLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("eth-1h-hyperliquid-perp.csv");
        await(downloader.download("ETH", HlInterval.H1, 2, file, (s, e, page) -> info.candles("ETH", HlInterval.H1, s, e, page), progress::add));
        assertEquals(49, Files.readAllLines(file).size());

        DownloadResult again = await(downloader.download("ETH", HlInterval.H1, 2, file, (s, e, page) -> info.candles("ETH", HlInterval.H1, s, e, page), progress::add));
        assertEquals(0, again.rowsWritten(), "nothing new");

        fake.market().advance(5 * H);
        Files.writeString(file, "2025-01-01T00:00:00.000Z,3300.1,33", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        DownloadResult resumed = await(downloader.download("ETH", HlInterval.H1, 2, file, (s, e, page) -> info.candles("ETH", HlInterval.H1, s, e, page), progress::add));

        assertTrue(resumed.resumed());
        assertEquals(5, resumed.rowsWritten());
        List<String> lines = Files.readAllLines(file);
        assertEquals(54, lines.size());
        assertEquals(lines.size() - 1, lines.stream().skip(1).map(l -> l.substring(0, 24)).distinct().count());
        assertEquals(CandleCsv.date(FakeConfig.DEFAULT_START + 4 * H), lines.get(53).substring(0, 24));
        assertTrue(Files.readString(file).endsWith("\n"));
        CandleSeries series = new CandleFileReader().read(file);
        assertEquals(53, series.size());
        assertTrue(series.report().clean(), series.report().toString());
    }

    private static String plain(String decimal) {
        BigDecimal d = new BigDecimal(decimal);
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
