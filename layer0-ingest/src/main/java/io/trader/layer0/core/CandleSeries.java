package io.trader.layer0.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;

import java.util.List;

/**
 * The validated candles of one source, in time order, with what was rejected on the way.
 *
 * @param source         where the rows came from (e.g. the file name)
 * @param instrument     symbol and scales the prices were parsed at
 * @param intervalMillis candle length; every bar has {@code closeTime - openTime == intervalMillis}
 * @param bars           accepted bars, strictly increasing open time (immutable)
 * @param report         row counts and rejections by reason
 */
public record CandleSeries(String source, InstrumentSpec instrument, long intervalMillis, List<Bar> bars,
                           ValidationReport report) {

    public CandleSeries {
        if (source == null || instrument == null || bars == null || report == null) {
            throw new IllegalArgumentException("source, instrument, bars and report are required");
        }
        if (intervalMillis <= 0) {
            throw new IllegalArgumentException("intervalMillis must be > 0");
        }
        bars = List.copyOf(bars);
        if (bars.size() != report.accepted()) {
            throw new IllegalArgumentException("bars " + bars.size() + " != accepted " + report.accepted());
        }
    }

    public int size() {
        return bars.size();
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    public String symbol() {
        return instrument.symbol();
    }
}
