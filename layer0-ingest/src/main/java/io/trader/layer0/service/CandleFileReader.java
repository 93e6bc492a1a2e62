package io.trader.layer0.service;

import io.trader.core.domain.InstrumentSpec;
import io.trader.layer0.core.CandleColumns;
import io.trader.layer0.core.CandleDecoder;
import io.trader.layer0.core.CandleFormat;
import io.trader.layer0.core.CandleInputException;
import io.trader.layer0.core.CandleParser;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.core.FormatInference;
import io.trader.layer0.core.RejectReason;
import io.trader.layer0.core.SourceNames;
import io.trader.layer0.core.ValidationReport;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads candle files ({@code .csv}, or gzip-compressed, recognised by its magic bytes) into validated
 * {@link CandleSeries}. The symbol comes from the file name unless given; scales, interval and row order
 * are inferred from the first {@link FormatInference#DEFAULT_SAMPLE_ROWS} rows, the interval falling back
 * to the file name token ({@code -1m-}, {@code -1h-}); columns are found by the header's names
 * ({@link io.trader.layer0.core.CandleColumns}). Rejected rows are logged as one WARN line per reason; a
 * newest-first file (sorted), columns read by name and all-zero volume are logged too.
 *
 * <p>A file that cannot be candles is refused with a {@link CandleInputException} saying why: a
 * directory, an empty file, a header without rows, a header without the needed columns, a {@code .gz}
 * name on data that is not gzip, truncated gzip. A missing file is a {@link java.nio.file.NoSuchFileException};
 * bad rows never throw.
 */
@Singleton
public class CandleFileReader {

    private static final Logger LOG = LoggerFactory.getLogger(CandleFileReader.class);

    /** Reads {@code file} with the symbol from its name. */
    public CandleSeries read(Path file) throws IOException {
        return read(file, ReadOptions.AUTO);
    }

    /** Reads {@code file} as {@code symbol}. */
    public CandleSeries read(Path file, String symbol) throws IOException {
        return read(file, ReadOptions.symbol(symbol));
    }

    /**
     * Reads {@code file}.
     *
     * @throws IllegalArgumentException when the interval is neither given, inferable (two valid rows)
     *                                  nor in the file name
     */
    public CandleSeries read(Path file, ReadOptions options) throws IOException {
        String name = file.getFileName().toString();
        byte[] data = readBytes(file);
        CandleColumns columns;
        CandleFormat format;
        try {
            CandleParser parser = new CandleParser(data);
            columns = parser.columns();
            if (!parser.advance()) {
                throw new CandleInputException(file + (columns.header() != null
                        ? " has a header but no data rows" : " has no data rows"));
            }
            format = FormatInference.infer(data);
        } catch (CandleInputException e) {
            throw e.getMessage().startsWith(file.toString()) ? e : new CandleInputException(file + ": " + e.getMessage());
        }
        String symbol = options.symbol() != null ? options.symbol() : SourceNames.symbolOf(name);
        long interval = resolveInterval(name, format, options);
        InstrumentSpec spec = new InstrumentSpec(symbol, format.priceScale(), format.qtyScale());
        CandleSeries series = CandleDecoder.decode(data, name, spec, interval, format.newestFirst());
        if (columns.header() != null && !columns.canonical()) {
            LOG.info("{}: columns read by name from the header: {}", name, columns.describe());
        }
        log(series);
        return series;
    }

    /** Reads several files in order (symbols from their names). */
    public List<CandleSeries> readAll(Collection<Path> files) throws IOException {
        List<CandleSeries> out = new ArrayList<>(files.size());
        for (Path f : files) {
            out.add(read(f));
        }
        return out;
    }

    /**
     * All bytes of {@code file}, gunzipped when it starts with the gzip magic {@code 1f 8b}.
     *
     * @throws CandleInputException for a directory, an empty or blank file, a {@code .gz} name on data that
     *                              is not gzip, or gzip data that is truncated or corrupt
     */
    public static byte[] readBytes(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new CandleInputException(file + " is a directory, not a candle file (give one file per instrument)");
        }
        byte[] raw = Files.readAllBytes(file);
        boolean gzip = raw.length >= 2 && raw[0] == (byte) 0x1f && raw[1] == (byte) 0x8b;
        if (raw.length == 0) {
            throw new CandleInputException(file + " is empty (0 bytes)");
        }
        if (!gzip && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            throw new CandleInputException(file + " is named .gz but is not gzip data (it starts with "
                    + FileText.preview(raw) + ")");
        }
        if (!gzip) {
            return requireText(file, raw, "");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), 1 << 16)) {
            return requireText(file, in.readAllBytes(), " once decompressed");
        } catch (ZipException | EOFException e) {
            throw new CandleInputException(file + ": gzip data is truncated or corrupt (" + e.getMessage() + ")");
        }
    }

    private static byte[] requireText(Path file, byte[] data, String how) {
        if (FileText.blank(data)) {
            throw new CandleInputException(file + " is empty" + how + " (no header, no rows)");
        }
        return data;
    }

    private static long resolveInterval(String name, CandleFormat format, ReadOptions options) {
        if (options.intervalMillis() > 0) {
            return options.intervalMillis();
        }
        if (format.hasInterval()) {
            return format.intervalMillis();
        }
        long fromName = SourceNames.intervalOf(name);
        if (fromName > 0) {
            return fromName;
        }
        throw new IllegalArgumentException("cannot tell the candle interval of " + name
                + ": fewer than two valid rows and no interval token in the name; pass ReadOptions.intervalMillis");
    }

    private static void log(CandleSeries s) {
        ValidationReport r = s.report();
        if (r.newestFirst()) {
            LOG.info("{}: the rows are newest first; sorted oldest first", s.source());
        }
        if (r.allZeroVolume()) {
            LOG.warn("{}: every bar has zero volume; the paper exchange fills at most a fraction of a bar's volume,"
                    + " so no order will fill on these bars", s.source());
        }
        for (RejectReason reason : RejectReason.values()) {
            long n = r.count(reason);
            if (n > 0) {
                LOG.warn("{}: {} rows rejected as {} (first lines {})", s.source(), n, reason,
                        r.examplesOf(reason));
            }
        }
        LOG.info("{}: {} {} bars of {} ms from {} rows (priceScale {}, qtyScale {})", s.source(), s.size(),
                s.symbol(), s.intervalMillis(), r.totalRows(), s.instrument().priceScale(),
                s.instrument().qtyScale());
    }
}
