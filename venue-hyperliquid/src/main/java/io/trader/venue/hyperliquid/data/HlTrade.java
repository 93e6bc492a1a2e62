package io.trader.venue.hyperliquid.data;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;

/**
 * One public trade from the {@code trades} channel, in exact ticks and lots of its instrument.
 *
 * @param instrument coin and scales (symbol = coin name)
 * @param side       aggressor side ({@code B} = buy, {@code A} = sell)
 * @param priceTicks price in ticks of {@code instrument}
 * @param sizeLots   size in lots of {@code instrument}
 * @param time       trade time, epoch ms
 * @param tid        venue trade id (unique per coin and block time)
 */
public record HlTrade(InstrumentSpec instrument, Side side, long priceTicks, long sizeLots, long time, long tid) {

    public HlTrade {
        if (instrument == null || side == null) {
            throw new IllegalArgumentException("instrument and side are required");
        }
    }

    public String coin() {
        return instrument.symbol();
    }
}
