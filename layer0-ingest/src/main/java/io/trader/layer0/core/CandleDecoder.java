package io.trader.layer0.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;

import java.util.ArrayList;
import java.util.List;

/**
 * Bytes of a candle file to a {@link CandleSeries}: {@link CandleParser} then {@link BarValidator}.
 * The caller decides the instrument (symbol and scales) and the interval, usually from
 * {@link FormatInference#infer(byte[])}.
 */
public final class CandleDecoder {

    private CandleDecoder() {
    }

    /** Parses and validates every row of {@code data}. Bad rows are counted, never thrown. */
    public static CandleSeries decode(byte[] data, String source, InstrumentSpec instrument, long intervalMillis) {
        BarValidator validator = new BarValidator(instrument, intervalMillis);
        CandleParser parser = new CandleParser(data);
        CandleRow row = new CandleRow();
        List<Bar> bars = new ArrayList<>(Math.max(16, data.length / 64));
        int scale = instrument.priceScale();
        while (parser.advance()) {
            parser.decode(row, scale);
            Bar bar = validator.accept(row);
            if (bar != null) {
                bars.add(bar);
            }
        }
        return new CandleSeries(source, instrument, intervalMillis, bars, validator.report());
    }

    /**
     * Infers the format from the first {@link FormatInference#DEFAULT_SAMPLE_ROWS} rows and decodes.
     * {@code fallbackIntervalMillis} is used when the sample has fewer than two valid rows; when that
     * is not positive either, the interval cannot be known and this throws
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
        return decode(data, source, spec, interval);
    }
}
