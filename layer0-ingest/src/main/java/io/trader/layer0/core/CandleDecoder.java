package io.trader.layer0.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Bytes of a candle file to a {@link CandleSeries}: {@link CandleParser}, {@link BarValidator}, then the
 * checks that need the whole series: a newest-first source is put in time order, {@link PriceSpikes} are
 * taken out as {@link RejectReason#PRICE_SPIKE}, zero-volume bars are counted. The caller decides the
 * instrument (symbol and scales) and the interval, usually from {@link FormatInference#infer(byte[])}.
 */
public final class CandleDecoder {

    private CandleDecoder() {
    }

    /** Parses and validates every row of {@code data}, oldest first. Bad rows are counted, never thrown. */
    public static CandleSeries decode(byte[] data, String source, InstrumentSpec instrument, long intervalMillis) {
        return decode(data, source, instrument, intervalMillis, false);
    }

    /**
     * Parses and validates every row of {@code data}; when {@code newestFirst} the rows are expected to go
     * back in time and the bars are returned in time order. Bad rows are counted, never thrown.
     *
     * @throws CandleInputException when the header lacks a needed column
     */
    public static CandleSeries decode(byte[] data, String source, InstrumentSpec instrument, long intervalMillis,
                                      boolean newestFirst) {
        BarValidator validator = new BarValidator(instrument, intervalMillis, newestFirst);
        CandleParser parser = new CandleParser(data);
        CandleRow row = new CandleRow();
        List<Bar> bars = new ArrayList<>(Math.max(16, data.length / 64));
        long[] lines = new long[Math.max(16, data.length / 64)];
        int scale = instrument.priceScale();
        while (parser.advance()) {
            parser.decode(row, scale);
            Bar bar = validator.accept(row);
            if (bar != null) {
                if (bars.size() == lines.length) {
                    lines = Arrays.copyOf(lines, lines.length * 2);
                }
                lines[bars.size()] = row.lineNumber;
                bars.add(bar);
            }
        }
        if (newestFirst) {
            Collections.reverse(bars);
            reverse(lines, bars.size());
        }
        int[] spikes = PriceSpikes.find(bars);
        List<Long> spikeLines = new ArrayList<>(spikes.length);
        if (spikes.length > 0) {
            List<Bar> kept = new ArrayList<>(bars.size() - spikes.length);
            for (int i = 0, k = 0; i < bars.size(); i++) {
                if (k < spikes.length && spikes[k] == i) {
                    spikeLines.add(lines[i]);
                    k++;
                } else {
                    kept.add(bars.get(i));
                }
            }
            bars = kept;
        }
        long zeroVolume = 0;
        for (Bar b : bars) {
            zeroVolume += b.volume() == 0 ? 1 : 0;
        }
        ValidationReport report = validator.report().after(RejectReason.PRICE_SPIKE, spikeLines, newestFirst,
                zeroVolume);
        return new CandleSeries(source, instrument, intervalMillis, bars, report);
    }

    /**
     * Infers the format from the first {@link FormatInference#DEFAULT_SAMPLE_ROWS} rows (order included)
     * and decodes. {@code fallbackIntervalMillis} is used when the sample has fewer than two valid rows;
     * when that is not positive either, the interval cannot be known and this throws
     * {@link IllegalArgumentException}.
     */
    public static CandleSeries decode(byte[] data, String source, String symbol, long fallbackIntervalMillis) {
        CandleFormat format = FormatInference.infer(data);
        long interval = format.hasInterval() ? format.intervalMillis() : fallbackIntervalMillis;
        if (interval <= 0) {
            throw new IllegalArgumentException("cannot infer the candle interval of " + source
                    + " (fewer than two valid rows); pass it explicitly");
        }
        InstrumentSpec spec = new InstrumentSpec(symbol, format.priceScale(), format.qtyScale());
        return decode(data, source, spec, interval, format.newestFirst());
    }

    private static void reverse(long[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
