package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * Deterministic candles: the candle of (coin, interval, open time) is a pure function of those three and the
 * coin's reference mid, so the websocket stream and {@code candleSnapshot} always agree and a test can compute the
 * expected bars. Prices sit on the coin's tick grid around the mid (a slow wave plus noise), volume on its lot grid.
 */
final class CandleGenerator {

    private CandleGenerator() {
    }

    /** The candle JSON {@code {t, T, s, i, o, c, h, l, v, n}} (prices as decimal strings). */
    static ObjectNode candle(FakeCoin coin, String interval, long openTime) {
        long ms = Intervals.require(interval);
        SplittableRandom r = new SplittableRandom(seed(coin.name(), ms, openTime));
        double mid = coin.mid().doubleValue();
        double base = mid * (1 + 0.01 * Math.sin(openTime / (ms * 40.0)));
        double open = base * (1 + (r.nextDouble() - 0.5) * 0.002);
        double close = open * (1 + (r.nextDouble() - 0.5) * 0.004);
        double high = Math.max(open, close) * (1 + r.nextDouble() * 0.001);
        double low = Math.min(open, close) * (1 - r.nextDouble() * 0.001);
        int scale = coin.priceScale();
        BigDecimal o = px(open, scale);
        BigDecimal c = px(close, scale);
        BigDecimal h = px(high, scale).max(o).max(c);
        BigDecimal l = px(low, scale).min(o).min(c);
        BigDecimal v = BigDecimal.valueOf(1 + r.nextDouble() * 100).setScale(coin.szDecimals(), RoundingMode.HALF_EVEN);
        return json(coin.name(), interval, openTime, ms, o, h, l, c, v, 1 + r.nextInt(50));
    }

    static ObjectNode json(String coin, String interval, long openTime, long ms, BigDecimal o, BigDecimal h,
                           BigDecimal l, BigDecimal c, BigDecimal v, int n) {
        ObjectNode j = JsonNodeFactory.instance.objectNode();
        j.put("t", openTime);
        j.put("T", openTime + ms - 1);
        j.put("s", coin);
        j.put("i", interval);
        j.put("o", o.toPlainString());
        j.put("c", c.toPlainString());
        j.put("h", h.toPlainString());
        j.put("l", l.toPlainString());
        j.put("v", v.toPlainString());
        j.put("n", n);
        return j;
    }

    private static BigDecimal px(double value, int scale) {
        BigDecimal p = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
        BigDecimal tick = BigDecimal.ONE.movePointLeft(scale);
        return p.signum() > 0 ? p : tick;
    }

    private static long seed(String coin, long ms, long openTime) {
        long h = coin.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= ms * 0xC2B2AE3D27D4EB4FL;
        h ^= openTime * 0x165667B19E3779F9L;
        return h ^ (h >>> 31);
    }
}
