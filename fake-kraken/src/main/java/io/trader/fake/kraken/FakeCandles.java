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
 * one, and {@code last} is the time of the newest committed candle, as Kraken does.
 */
final class FakeCandles {

    /** One committed candle: time (s), open, high, low, close, vwap, volume, count. */
    record Candle(long time, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, BigDecimal volume) {
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

    /** Committed candles with time after {@code since} (all when 0), oldest first, at most 720. */
    synchronized List<Candle> after(String pair, long since) {
        List<Candle> out = new ArrayList<>();
        for (Candle c : byPair.getOrDefault(pair, List.of())) {
            if (c.time() > since) {
                out.add(c);
            }
        }
        return out.size() > 720 ? out.subList(out.size() - 720, out.size()) : out;
    }

    /** Time of the newest committed candle of {@code pair}, or the one before the first when none. */
    synchronized long last(String pair) {
        List<Candle> list = byPair.getOrDefault(pair, List.of());
        return list.isEmpty() ? nextTime - 60 : list.get(list.size() - 1).time();
    }
}
