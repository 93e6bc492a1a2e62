package io.trader.app.venue.faults;

import io.trader.fake.hyperliquid.FakeHyperliquid;

import java.math.BigDecimal;

/**
 * A BTC price path that makes the 10/30 SMA-cross rule trade often: a square wave of period 6 bars and amplitude
 * 0.3% around 30,000 (an entry about every 6 bars, its exit 3 bars later; see the scenario notes in
 * {@link FaultMatrix}). Prices are whole dollars, so they respect the venue's 5 significant figures.
 */
final class PricePath {

    static final long MINUTE = 60_000;
    private static final long BASE = 30_000;
    private static final long AMPLITUDE = 90;

    private PricePath() {
    }

    /** The close of the 1m candle opening at {@code openTime}. */
    static long close(long openTime) {
        long i = Math.floorDiv(openTime, MINUTE);
        long sign = Math.floorMod(Math.floorDiv(i, 3), 2) == 0 ? 1 : -1;
        return BASE + sign * AMPLITUDE + Math.floorMod(i, 7);
    }

    /** Fixes the fake's 1m BTC candles for {@code [from, to)} to this path. */
    static void install(FakeHyperliquid fake, long from, long to) {
        for (long t = from; t < to; t += MINUTE) {
            long o = close(t - MINUTE);
            long c = close(t);
            fake.market().putCandle("BTC", "1m", t, Long.toString(o), Long.toString(Math.max(o, c) + 2),
                    Long.toString(Math.min(o, c) - 2), Long.toString(c), "50.0", 20);
        }
    }

    static BigDecimal closePx(long openTime) {
        return BigDecimal.valueOf(close(openTime));
    }
}
