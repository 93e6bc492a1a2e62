package io.trader.layer0.service.aux;

import io.trader.layer0.core.aux.AsOfSeries;
import io.trader.layer0.core.aux.AuxInputException;
import io.trader.layer0.core.aux.AuxLayouts;
import io.trader.layer0.core.aux.BinanceCapture;
import io.trader.layer0.core.aux.CaptureStats;
import io.trader.layer0.core.aux.FundingEvents;
import io.trader.layer0.core.aux.TimeValues;
import io.trader.layer0.service.CandleFileReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the auxiliary files (plain or gzip, told by the magic bytes) through the pure layouts of
 * {@link AuxLayouts} and {@link BinanceCapture}, and logs what reading found (rows skipped for an empty value,
 * a newest-first file reversed, funding times snapped, capture gaps). A refused file throws an
 * {@link AuxInputException} naming the file, line and reason.
 */
public final class AuxFileLoader {

    private static final Logger LOG = LoggerFactory.getLogger(AuxFileLoader.class);

    private AuxFileLoader() {
    }

    /** A Binance funding-rate file (freqtrade layout, rate in {@code open}). */
    public static FundingEvents funding(Path file) throws IOException {
        FundingEvents f = AuxLayouts.funding(file.toString(), CandleFileReader.readBytes(file));
        LOG.info("{}: {} funding events, {} times snapped to the whole second, {} empty rates skipped", file,
                f.series().size(), f.snapped(), f.skippedEmpty());
        return f;
    }

    /** The closes of a candle file (mark-price, perp or spot klines), each known at open + {@code intervalMs}. */
    public static AsOfSeries closes(Path file, long intervalMs) throws IOException {
        AsOfSeries s = AuxLayouts.closes(file.toString(), CandleFileReader.readBytes(file), intervalMs);
        LOG.info("{}: {} closes, known at open + {} ms", file, s.size(), intervalMs);
        return s;
    }

    /** A daily on-chain or sentiment file (any of the four layouts). */
    public static TimeValues daily(Path file) throws IOException {
        TimeValues tv = AuxLayouts.daily(file.toString(), CandleFileReader.readBytes(file));
        LOG.info("{}: {} days of '{}'{}, {} empty values skipped", file, tv.size(), tv.column(),
                tv.reversed() ? " (newest-first file, reversed)" : "", tv.skippedEmpty());
        return tv;
    }

    /**
     * Rebuilds a Binance capture from its files, read in the order given as one stream (e.g. the 2024-08-08 and
     * 2024-08-09 files of the same recording).
     */
    public static BinanceCapture.Result capture(List<Path> files, BinanceCapture.Market market, long bucketMs,
                                                long warmupMs) throws IOException {
        BinanceCapture capture = new BinanceCapture(files.get(0).getFileName().toString(), market, bucketMs,
                warmupMs);
        for (Path file : files) {
            try (BufferedReader r = reader(file)) {
                long n = 0;
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    capture.line(file.toString(), ++n, line);
                }
            }
        }
        BinanceCapture.Result result = capture.finish();
        CaptureStats s = result.stats();
        LOG.info("{}: {} depth updates, {} snapshots, {} continuity gaps, {} stale crossing levels removed, {} trades,"
                        + " {} book snapshots, best levels agree with bookTicker on {}% of {} states", files,
                s.depthUpdates(), s.snapshots(), s.gaps(), s.uncrossed(), s.trades(), s.bookSnapshots(),
                String.format("%.2f", s.priceAgreementPct()), s.tickersCompared());
        return result;
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        in = new java.io.BufferedInputStream(in, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
