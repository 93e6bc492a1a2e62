package io.trader.layer0.service.aux;

import io.trader.core.market.Bar;
import io.trader.core.market.MarketContext;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.core.aux.AuxAligner;
import io.trader.layer0.core.aux.AuxConfig;
import io.trader.layer0.core.aux.AuxFeatures;
import io.trader.layer0.core.aux.BinanceCapture;
import io.trader.layer0.core.aux.BookSeries;
import io.trader.layer0.core.aux.CaptureStats;
import io.trader.layer0.service.CandleFileReader;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rebuilding the books of the Binance captures in shared/data/microstructure. Three of the five files hold a REST
 * depth snapshot (spot 2024-08-08, USD-M 2024-07-18 and 2024-08-08), the other two continue them; each file is
 * also rebuilt alone, from diffs only.
 */
class BinanceCaptureRealDataTest {

    static final String DIR = "microstructure/hftbacktest-binance-";
    static final long WARMUP = 30_000;

    static BinanceCapture.Result rebuild(BinanceCapture.Market m, String... names) throws Exception {
        List<Path> files = Arrays.stream(names).map(n -> SharedData.file(DIR + n)).toList();
        BinanceCapture.Result r = AuxFileLoader.capture(files, m, 1000, WARMUP);
        CaptureStats s = r.stats();
        System.out.printf("%s: %s; bookTicker agreement: prices %.2f%%, prices and sizes %.2f%%%n",
                Arrays.toString(names), s, s.priceAgreementPct(), s.fullAgreementPct());
        BookSeries b = r.book();
        for (int i = 0; i < b.size(); i++) {
            assertTrue(b.bestBid(i) < b.bestAsk(i), b.name() + " snapshot " + i + " crossed");
            assertTrue(b.bidLevels(i) == 10 && b.askLevels(i) == 10, "top 10 known after warm-up");
        }
        assertTrue(b.size() > 200, b.size() + " snapshots");
        return r;
    }

    @Test
    void spotSyncedFromItsSnapshotAcrossTwoFiles() throws Exception {
        CaptureStats s = rebuild(BinanceCapture.Market.SPOT, "spot-btcusdt_20240808.gz", "spot-btcusdt_20240809.gz")
                .stats();
        assertEquals(1, s.snapshots());
        assertEquals(0, s.gaps(), "U == previous u + 1 throughout, across the file boundary");
        assertEquals(0, s.uncrossed());
        assertTrue(s.tickersCompared() > 6000 && s.priceAgreementPct() > 99.9, s.toString());
    }

    @Test
    void usdmSyncedFromItsSnapshots() throws Exception {
        for (String[] names : new String[][]{{"usdm-btcusdt_20240718.gz", "usdm-btcusdt_20240719.gz"},
                {"usdm-btcusdt_20240808.gz"}}) {
            CaptureStats s = rebuild(BinanceCapture.Market.USDM, names).stats();
            assertEquals(1, s.snapshots());
            assertEquals(0, s.gaps(), "pu == previous u throughout");
            assertTrue(s.droppedBeforeSync() > 0, "diffs older than the snapshot are dropped");
            assertTrue(s.tickersCompared() > 6000 && s.priceAgreementPct() > 99.9, s.toString());
        }
    }

    @Test
    void diffOnlyBooksAfterWarmUp() throws Exception {
        CaptureStats spot = rebuild(BinanceCapture.Market.SPOT, "spot-btcusdt_20240809.gz").stats();
        CaptureStats usdm = rebuild(BinanceCapture.Market.USDM, "usdm-btcusdt_20240719.gz").stats();
        for (CaptureStats s : List.of(spot, usdm)) {
            assertEquals(0, s.snapshots());
            assertEquals(0, s.gaps());
            assertTrue(s.tickersCompared() > 2000 && s.priceAgreementPct() > 99.5, s.toString());
        }
    }

    /** One depth line removed from the middle of the capture is one continuity gap. */
    @Test
    void aMissingDiffIsCountedAsAGap() throws Exception {
        Path file = SharedData.file(DIR + "usdm-btcusdt_20240808.gz");
        BinanceCapture c = new BinanceCapture("cut", BinanceCapture.Market.USDM, 1000, WARMUP);
        int depthLines = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            long n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.contains("@depth") && ++depthLines == 3000) {
                    continue;
                }
                c.line(file.toString(), n, line);
            }
        }
        CaptureStats s = c.finish().stats();
        assertEquals(1, s.gaps());
        System.out.println("one diff removed: " + s + String.format(" agreement %.2f%%", s.priceAgreementPct()));
    }

    /**
     * The spot capture against the 1 m spot candles of the same minutes: the trades of each whole minute sum to
     * the candle's volume, and the aligned features are known and sensible.
     */
    @Test
    void spotFlowMatchesTheCandlesOfTheSameMinutes() throws Exception {
        BinanceCapture.Result r = rebuild(BinanceCapture.Market.SPOT, "spot-btcusdt_20240808.gz",
                "spot-btcusdt_20240809.gz");
        CandleSeries candles = new CandleFileReader().read(
                SharedData.file("ohlcv_1m/btcusdt-1m-binance-spot-20240726-20240825.csv.gz"));
        AuxAligner a = AuxAligner.builder(AuxConfig.DEFAULT).book(r.book()).trades(r.trades()).build();
        AuxFeatures features = new AuxFeatures();
        MarketContext c = new MarketContext();
        FeatureVector v = new FeatureVector(candles.instrument());
        int minutes = 0;
        double worst = 0;
        for (Bar bar : candles.bars()) {
            if (bar.openTime() < r.trades().start() || bar.closeTime() > r.trades().end()) {
                continue;
            }
            a.fill(bar.openTime(), bar.closeTime(), c);
            features.onBar(bar, c, v);
            double volume = c.takerBuyVolume() + c.takerSellVolume();
            worst = Math.max(worst, Math.abs(volume - bar.volume()) / bar.volume());
            double mid = (c.bidPrice(0) + c.askPrice(0)) / 2;
            assertTrue(Math.abs(mid - bar.closePrice()) / bar.closePrice() < 2e-4, "mid " + mid + " vs close");
            assertTrue(v.get(Feature.SPREAD_BPS) >= 0 && v.get(Feature.SPREAD_BPS) < 1, "spread bps");
            assertTrue(v.get(Feature.TRADE_INTENSITY) > 0 && v.get(Feature.TAKER_BUY_RATIO) > 0
                    && v.get(Feature.TAKER_BUY_RATIO) < 1);
            assertTrue(Math.abs(v.get(Feature.BOOK_IMBALANCE_10)) <= 1 && v.get(Feature.DEPTH_10) > 0);
            minutes++;
        }
        System.out.printf("spot capture vs 1m candles: %d whole minutes, worst volume difference %.4f%%%n", minutes,
                worst * 100);
        assertEquals(10, minutes);
        assertTrue(worst < 0.01, "trade volume per minute vs candle volume: worst relative difference " + worst);
    }
}
