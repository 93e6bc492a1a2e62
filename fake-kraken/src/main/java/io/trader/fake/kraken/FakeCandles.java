package io.trader.fake.kraken;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The fake's 1-minute OHLC history per pair: candles committed on a simulated clock by {@link #advance}, each a
 * seeded random walk from the scripted price that ends at the new scripted price (so resting orders fill as the
 * price moves). The OHLC endpoint serves the committed candles after {@code since} plus the current, uncommitted
 * one, and {@code last} is the time of the newest committed candle, as Kraken does. Longer intervals
 * ({@code interval} in minutes) are built from the one-minute candles: a candle is committed once all its minutes
 * are, the one in progress is the current candle, and a first one the history starts inside of is not served. At
 * most {@value #SERVED} entries are served, the current one included ("up to 720 of the most recent entries").
 */
final class FakeCandles {

    /** One committed candle: time (s), open, high, low, close, vwap, volume, count. */
    record Candle(long time, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, BigDecimal volume) {
    }

    /** What Kraken's OHLC serves at most, the current candle included. */
    static final int SERVED = 720;

    /** An OHLC answer: the committed candles after {@code since}, the current one, and {@code last}. */
    record Ohlc(List<Candle> committed, Candle current, long last) {
    }

    private final Map<String, List<Candle>> byPair = new HashMap<>();
    private final Random random = new Random(13);
    private long nextTime;

    /** @param startSeconds open time of the first candle */
    FakeCandles(long startSeconds) {
        this.nextTime = startSeconds / 60 * 60;
    }

    /** Commits {@code n} candles of {@code pair}, moving the market's price along the walk. */
    synchronized void advance(FakePairs.Pair pair, int n, FakeMarket market) {
        List<Candle> list = byPair.computeIfAbsent(pair.name(), k -> new ArrayList<>());
        for (int i = 0; i < n; i++) {
            long t = list.isEmpty() ? nextTime : list.get(list.size() - 1).time() + 60;
            BigDecimal open = market.price(pair.name());
            BigDecimal high = open;
            BigDecimal low = open;
            BigDecimal px = open;
            for (int step = 0; step < 4; step++) {
                double move = (random.nextDouble() - 0.5) * 0.004; // +-0.2% per step
                px = px.multiply(BigDecimal.valueOf(1 + move)).setScale(pair.pairDecimals(), RoundingMode.HALF_EVEN);
                high = high.max(px);
                low = low.min(px);
            }
            BigDecimal volume = BigDecimal.valueOf(1 + random.nextInt(50)).setScale(8, RoundingMode.UNNECESSARY);
            list.add(new Candle(t, open, high, low, px, volume));
            market.setPrice(pair.name(), px, null);
        }
    }

    /**
     * The answer to {@code OHLC?pair&interval&since}: the committed {@code minutes}-candles with time after
     * {@code since}, the most recent {@value #SERVED} - 1 of them, then the current one ({@code price} flat when
     * none has started).
     */
    synchronized Ohlc ohlc(String pair, int minutes, long since, BigDecimal price) {
        List<Candle> ones = byPair.getOrDefault(pair, List.of());
        long step = minutes * 60L;
        List<Candle> all = new ArrayList<>();
        Candle partial = null;
        int i = 0;
        while (i < ones.size()) {
            long bucket = Math.floorDiv(ones.get(i).time(), step) * step;
            int j = i;
            while (j < ones.size() && ones.get(j).time() < bucket + step) {
                j++;
            }
            Candle c = aggregate(bucket, ones.subList(i, j));
            if (j - i == minutes) {
                all.add(c);
            } else if (j == ones.size()) {
                partial = c; // in progress
            } // else: the history starts inside this candle: Kraken would have it whole, the fake does not
            i = j;
        }
        long last = !all.isEmpty() ? all.get(all.size() - 1).time()
                : Math.floorDiv(nextTime, step) * step - step;
        Candle current = partial != null ? partial
                : new Candle(last + step, price, price, price, price, BigDecimal.ZERO.setScale(8));
        List<Candle> out = new ArrayList<>();
        for (Candle c : all) {
            if (c.time() > since) {
                out.add(c);
            }
        }
        int keep = SERVED - 1;
        return new Ohlc(out.size() > keep ? out.subList(out.size() - keep, out.size()) : out, current, last);
    }

    private static Candle aggregate(long time, List<Candle> minutes) {
        BigDecimal high = minutes.get(0).high();
        BigDecimal low = minutes.get(0).low();
        BigDecimal volume = BigDecimal.ZERO;
        for (Candle c : minutes) {
            high = high.max(c.high());
            low = low.min(c.low());
            volume = volume.add(c.volume());
        }
        return new Candle(time, minutes.get(0).open(), high, low, minutes.get(minutes.size() - 1).close(), volume);
    }
}
