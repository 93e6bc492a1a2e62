package io.trader.core.market;

import io.trader.core.domain.InstrumentSpec;

/**
 * One OHLCV candle. Prices are ticks of the instrument; volume is in base units.
 * The bar is known only at {@link #closeTime()}: that is its event time stamp, and a decision
 * that sees this bar is made at or after it.
 *
 * @param instrument instrument and scales
 * @param openTime   open time, epoch ms UTC (the time in the data file)
 * @param closeTime  close time, epoch ms UTC (open time + interval)
 */
public record Bar(InstrumentSpec instrument, long openTime, long closeTime, long open, long high, long low,
                  long close, double volume) {

    public Bar {
        if (instrument == null) {
            throw new IllegalArgumentException("instrument is required");
        }
        if (closeTime <= openTime) {
            throw new IllegalArgumentException("closeTime must be after openTime");
        }
    }

    public double openPrice() {
        return instrument.price(open);
    }

    public double highPrice() {
        return instrument.price(high);
    }

    public double lowPrice() {
        return instrument.price(low);
    }

    public double closePrice() {
        return instrument.price(close);
    }
}
