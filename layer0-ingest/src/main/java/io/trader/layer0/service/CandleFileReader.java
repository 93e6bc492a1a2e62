package io.trader.layer0.service;

import io.trader.core.domain.InstrumentSpec;
import io.trader.layer0.core.CandleDecoder;
import io.trader.layer0.core.CandleFormat;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.core.FormatInference;
import io.trader.layer0.core.RejectReason;
import io.trader.layer0.core.SourceNames;
import io.trader.layer0.core.ValidationReport;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads candle files ({@code .csv}, or gzip-compressed, recognised by its magic bytes) into validated
 * {@link CandleSeries}. The symbol comes from the file name unless given; scales and interval are
 * inferred from the first {@link FormatInference#DEFAULT_SAMPLE_ROWS} rows, the interval falling back
 * to the file name token ({@code -1m-}, {@code -1h-}). Rejected rows are logged as one WARN line per
 * reason. I/O errors propagate; bad rows never throw.
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
        CandleFormat format = FormatInference.infer(data);
        String symbol = options.symbol() != null ? options.symbol() : SourceNames.symbolOf(name);
        long interval = resolveInterval(name, format, options);
        InstrumentSpec spec = new InstrumentSpec(symbol, format.priceScale(), format.qtyScale());
        CandleSeries series = CandleDecoder.decode(data, name, spec, interval);
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

    /** All bytes of {@code file}, gunzipped when it starts with the gzip magic {@code 1f 8b}. */
    public static byte[] readBytes(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        if (raw.length < 2 || raw[0] != (byte) 0x1f || raw[1] != (byte) 0x8b) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), 1 << 16)) {
            return in.readAllBytes();
        }
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
