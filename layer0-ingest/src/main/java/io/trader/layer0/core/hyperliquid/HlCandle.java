package io.trader.layer0.core.hyperliquid;

import io.trader.core.domain.InstrumentSpec;
import io.trader.layer0.core.CandleRow;
import io.trader.layer0.core.RejectReason;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One Hyperliquid candle ({@code candleSnapshot} row or {@code candle} stream update), prices exact.
 *
 * @param coin      {@code s}
 * @param interval  {@code i}, e.g. {@code 1m}
 * @param openTime  {@code t}, epoch ms
 * @param closeTime {@code T}, epoch ms (the venue sends open + interval - 1)
 * @param open      {@code o}
 * @param high      {@code h}
 * @param low       {@code l}
 * @param close     {@code c}
 * @param volume    {@code v}, base units
 * @param trades    {@code n}
 */
public record HlCandle(String coin, String interval, long openTime, long closeTime, BigDecimal open,
                       BigDecimal high, BigDecimal low, BigDecimal close, BigDecimal volume, long trades) {

    public HlCandle {
        if (coin == null || interval == null || open == null || high == null || low == null || close == null
                || volume == null) {
            throw new IllegalArgumentException("coin, interval and o/h/l/c/v are required");
        }
    }

    /**
     * Fills {@code row} with this candle at {@code spec}'s price scale, for {@link io.trader.layer0.core.BarValidator}.
     * A price finer than the tick is marked {@link RejectReason#PRECISION}; one too large for a {@code long} is
     * {@link RejectReason#MALFORMED}.
     */
    public CandleRow toRow(CandleRow row, InstrumentSpec spec, long sequence) {
        int scale = spec.priceScale();
        long o = ticks(open, scale);
        long h = ticks(high, scale);
        long l = ticks(low, scale);
        long c = ticks(close, scale);
        if (o == HlDecimal.NOT_EXACT || h == HlDecimal.NOT_EXACT || l == HlDecimal.NOT_EXACT
                || c == HlDecimal.NOT_EXACT) {
            return row.reject(sequence, RejectReason.PRECISION);
        }
        if (o == Long.MAX_VALUE || h == Long.MAX_VALUE || l == Long.MAX_VALUE || c == Long.MAX_VALUE) {
            return row.reject(sequence, RejectReason.MALFORMED);
        }
        return row.set(sequence, openTime, o, h, l, c, volume.doubleValue());
    }

    /** Ticks at {@code scale}; {@link HlDecimal#NOT_EXACT} when finer, {@code Long.MAX_VALUE} when too large. */
    private static long ticks(BigDecimal v, int scale) {
        BigDecimal s;
        try {
            s = v.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            return HlDecimal.NOT_EXACT;
        }
        return s.unscaledValue().bitLength() < 63 ? s.unscaledValue().longValue() : Long.MAX_VALUE;
    }
}
