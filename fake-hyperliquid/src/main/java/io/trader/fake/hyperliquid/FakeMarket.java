package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The fake's in-memory market: coins (asset id = position), mids, order books, candles and funding, and a clock.
 * The clock only moves when told to, unless it {@linkplain #followClock follows} a source such as the wall clock;
 * either way a {@linkplain #clockOffset(long) clock offset} shifts every venue timestamp. Books default to five
 * levels a side around the mid (regenerated when the mid moves); candles default to {@link CandleGenerator}'s;
 * both can be overridden. Thread-safe.
 */
public final class FakeMarket {

    /** One book level as the venue sends it. */
    public record Level(String px, String sz, int n) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, FakeCoin> coins = new LinkedHashMap<>();
    private final Map<String, BigDecimal> mids = new HashMap<>();
    private final Map<String, List<List<Level>>> books = new HashMap<>();
    /** Coins whose book was set by {@link #setBook} (kept when the mid moves). */
    private final Set<String> fixedBooks = new HashSet<>();
    private final Map<String, ObjectNode> candles = new HashMap<>();
    private final Map<String, BigDecimal> funding = new HashMap<>();
    /** Manual clock (when no source is followed), without the offset. */
    private long now;
    private LongSupplier source;
    private long offset;
    private long bookTime;

    FakeMarket(List<FakeCoin> coinList, long startTime) {
        coinList.forEach(c -> {
            coins.put(c.name(), c);
            mids.put(c.name(), c.mid());
        });
        this.now = startTime;
    }

    public synchronized List<FakeCoin> coins() {
        return List.copyOf(coins.values());
    }

    /** The coin called {@code name}, or {@code null}. */
    public synchronized FakeCoin coin(String name) {
        return coins.get(name);
    }

    /** Asset id of {@code name}, or -1. */
    public synchronized int assetId(String name) {
        int i = 0;
        for (String n : coins.keySet()) {
            if (n.equals(name)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** The coin with asset id {@code id}, or {@code null}. */
    public synchronized FakeCoin coinOf(int id) {
        return id < 0 || id >= coins.size() ? null : new ArrayList<>(coins.values()).get(id);
    }

    /** The venue clock, epoch ms: the manual clock or the followed source, plus the clock offset. */
    public synchronized long now() {
        return (source != null ? source.getAsLong() : now) + offset;
    }

    /** Sets the clock so that {@link #now()} is {@code millis} (when following a source: by changing the offset). */
    public synchronized void setNow(long millis) {
        if (source != null) {
            offset = millis - source.getAsLong();
        } else {
            now = millis - offset;
        }
    }

    /** Moves the clock forward (when following a source: by raising the offset). */
    public synchronized void advance(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("time only moves forward");
        }
        if (source != null) {
            offset += millis;
        } else {
            now += millis;
        }
    }

    /**
     * From now on the clock is {@code clock} (e.g. {@code System::currentTimeMillis}) plus the offset; {@code null}
     * goes back to a manual clock standing at the current time.
     */
    public synchronized void followClock(LongSupplier clock) {
        if (clock == null && source != null) {
            now = source.getAsLong();
        }
        source = clock;
    }

    /**
     * Venue timestamps (fills, orders, books, candles, user state) run {@code millis} ahead of (positive) or behind
     * (negative) the clock; 0 removes the offset. Changing it jumps the clock, backwards too.
     */
    public synchronized void clockOffset(long millis) {
        offset = millis;
        bookTime = Math.min(bookTime, now() - 1);
    }

    public synchronized long clockOffset() {
        return offset;
    }

    public synchronized BigDecimal mid(String coin) {
        return mids.get(coin);
    }

    public synchronized void setMid(String coin, BigDecimal mid) {
        requireCoin(coin);
        if (mid == null || mid.signum() <= 0) {
            throw new IllegalArgumentException("a mid must be > 0");
        }
        mids.put(coin, mid);
        if (!fixedBooks.contains(coin)) {
            books.remove(coin);
        }
    }

    /** Replaces the book of {@code coin} (bids best first, asks best first). */
    public synchronized void setBook(String coin, List<Level> bids, List<Level> asks) {
        requireCoin(coin);
        books.put(coin, List.of(List.copyOf(bids), List.copyOf(asks)));
        fixedBooks.add(coin);
    }

    /** Sets the hourly funding rate of {@code coin}. */
    public synchronized void setFunding(String coin, BigDecimal rate) {
        requireCoin(coin);
        funding.put(coin, rate);
    }

    public synchronized BigDecimal funding(String coin) {
        return funding.getOrDefault(coin, new BigDecimal("0.0000125"));
    }

    /** Fixes the candle of (coin, interval, openTime) instead of the generated one. */
    public synchronized void putCandle(String coin, String interval, long openTime, String o, String h, String l,
                                       String c, String v, int n) {
        requireCoin(coin);
        long ms = Intervals.require(interval);
        candles.put(coin + "|" + interval + "|" + openTime, CandleGenerator.json(coin, interval, openTime, ms,
                new BigDecimal(o), new BigDecimal(h), new BigDecimal(l), new BigDecimal(c), new BigDecimal(v), n));
    }

    /** The candle of (coin, interval, openTime): the fixed one, else the generated one. */
    public synchronized ObjectNode candle(String coin, String interval, long openTime) {
        ObjectNode fixed = candles.get(coin + "|" + interval + "|" + openTime);
        return fixed != null ? fixed.deepCopy() : CandleGenerator.candle(requireCoin(coin), interval, openTime);
    }

    /** Open time of the candle in progress at the fake clock. */
    public synchronized long currentOpenTime(String interval) {
        long ms = Intervals.require(interval);
        return Math.floorDiv(now(), ms) * ms;
    }

    /** The {@code l2Book} JSON of {@code coin}; each call gets a later {@code time}. */
    public synchronized ObjectNode bookJson(String coin) {
        FakeCoin c = requireCoin(coin);
        List<List<Level>> levels = books.computeIfAbsent(coin, k -> generatedBook(c, mids.get(coin)));
        bookTime = Math.max(bookTime + 1, now());
        ObjectNode root = JSON.objectNode();
        root.put("coin", coin);
        root.put("time", bookTime);
        ArrayNode sides = root.putArray("levels");
        for (List<Level> side : levels) {
            ArrayNode arr = sides.addArray();
            side.forEach(l -> arr.addObject().put("px", l.px()).put("sz", l.sz()).put("n", l.n()));
        }
        return root;
    }

    /** {@code meta}: the universe in asset-id order. */
    public synchronized ObjectNode metaJson() {
        ObjectNode root = JSON.objectNode();
        ArrayNode u = root.putArray("universe");
        coins.values().forEach(c -> u.addObject().put("szDecimals", c.szDecimals()).put("name", c.name())
                .put("maxLeverage", c.maxLeverage()));
        return root;
    }

    /** {@code allMids}. */
    public synchronized ObjectNode midsJson() {
        ObjectNode root = JSON.objectNode();
        coins.keySet().forEach(c -> root.put(c, mids.get(c).toPlainString()));
        return root;
    }

    /** {@code metaAndAssetCtxs}: {@code [meta, [ctx...]]} with deterministic contexts around each mid. */
    public synchronized ArrayNode metaAndCtxsJson() {
        ArrayNode root = JSON.arrayNode();
        root.add(metaJson());
        ArrayNode ctxs = root.addArray();
        coins.values().forEach(c -> {
            String mid = mids.get(c.name()).toPlainString();
            ctxs.addObject().put("funding", funding(c.name()).toPlainString()).put("openInterest", "1000.5")
                    .put("prevDayPx", mid).put("dayNtlVlm", "1000000.0").put("premium", "0.0001")
                    .put("oraclePx", mid).put("markPx", mid).put("midPx", mid).put("dayBaseVlm", "100.0");
        });
        return root;
    }

    FakeCoin requireCoin(String coin) {
        FakeCoin c = coins.get(coin);
        if (c == null) {
            throw new IllegalArgumentException("unknown coin " + coin);
        }
        return c;
    }

    private static List<List<Level>> generatedBook(FakeCoin c, BigDecimal mid) {
        BigDecimal tick = BigDecimal.ONE.movePointLeft(c.priceScale());
        BigDecimal step = mid.multiply(new BigDecimal("0.0001")).setScale(c.priceScale(), RoundingMode.HALF_EVEN)
                .max(tick);
        BigDecimal half = step.divide(BigDecimal.valueOf(2));
        BigDecimal bid = mid.subtract(half).setScale(c.priceScale(), RoundingMode.FLOOR);
        BigDecimal ask = mid.add(half).setScale(c.priceScale(), RoundingMode.CEILING);
        List<Level> bids = new ArrayList<>();
        List<Level> asks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String sz = BigDecimal.valueOf(i + 1).setScale(c.szDecimals(), RoundingMode.UNNECESSARY).toPlainString();
            BigDecimal off = step.multiply(BigDecimal.valueOf(i));
            if (bid.subtract(off).signum() > 0) {
                bids.add(new Level(bid.subtract(off).toPlainString(), sz, i + 1));
            }
            asks.add(new Level(ask.add(off).toPlainString(), sz, i + 1));
        }
        return List.of(bids, asks);
    }
}
