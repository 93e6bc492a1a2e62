package io.trader.fake.binance;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * The fake's 1m klines, one store for REST and websocket so both always agree: {@code GET /api/v3/klines}
 * ({@code startTime}/{@code endTime}/{@code limit} as Binance documents them) and the combined market stream
 * {@code /stream?streams=btcusdt@kline_1m/...} (the current kline pushed every {@code pushMillis} with
 * {@code x:false}, each closing one once with {@code x:true}). Prices are the matcher's scripted last prices, so a
 * price move fills resting orders and shows in the klines alike. {@value #HISTORY} closed klines of a seeded random
 * walk ending at each symbol's starting price come first.
 *
 * <p>Time: by default klines move only when a test calls {@link #advance} (the kline clock
 * {@link #clock()} then stays inside the current kline); {@link #followWallClock()} makes them close on the wall
 * clock's minute boundaries instead (a standalone fake). Controls: {@link #advance}, {@link #dropConnections()},
 * {@link #silence}, and over HTTP {@code POST /fake/klines/advance?n=}, {@code /fake/klines/drop}.
 */
public final class FakeKlines {

    /** Closed klines before the start, per symbol (more than one REST page). */
    public static final int HISTORY = 1500;
    private static final long MINUTE = 60_000L;
    private static final String INTERVAL = "1m";

    /** One kline, mutable while current. */
    private static final class K {
        final long open;
        final BigDecimal o;
        BigDecimal h;
        BigDecimal l;
        BigDecimal c;
        BigDecimal v;
        long n;

        K(long open, BigDecimal price) {
            this.open = open;
            this.o = price;
            this.h = price;
            this.l = price;
            this.c = price;
            this.v = BigDecimal.ZERO;
        }

        void trade(BigDecimal price, BigDecimal qty) {
            h = h.max(price);
            l = l.min(price);
            c = price;
            v = v.add(qty);
            n++;
        }
    }

    private record Sub(ServerWebSocket ws, List<String> symbols) {
    }

    private final Vertx vertx;
    private final FakeMatcher matcher;
    private final Map<String, TreeMap<Long, K>> closed = new LinkedHashMap<>();
    private final Map<String, K> current = new LinkedHashMap<>();
    private final List<Sub> subs = new CopyOnWriteArrayList<>();
    private final SplittableRandom random;
    private long currentOpen;
    private long wallAtOpen;
    private boolean wallClock;
    private volatile boolean silent;

    FakeKlines(Vertx vertx, FakeMatcher matcher, long seed, long pushMillis) {
        this.vertx = vertx;
        this.matcher = matcher;
        this.random = new SplittableRandom(seed);
        long wall = System.currentTimeMillis();
        currentOpen = wall - Math.floorMod(wall, MINUTE);
        wallAtOpen = wall;
        for (FakeSymbol s : matcher.symbols().values()) {
            TreeMap<Long, K> past = new TreeMap<>();
            BigDecimal price = s.lastPrice();
            for (int i = 1; i <= HISTORY; i++) {
                BigDecimal before = step(s, price);
                K k = new K(currentOpen - i * MINUTE, before);
                k.trade(price, s.stepSize().multiply(BigDecimal.valueOf(1 + random.nextInt(1000))));
                past.put(k.open, k);
                price = before;
            }
            closed.put(s.symbol(), past);
            current.put(s.symbol(), new K(currentOpen, s.lastPrice()));
        }
        vertx.setPeriodic(pushMillis, id -> tick());
    }

    /** Klines close on the wall clock's minute boundaries from now on (a standalone fake). */
    public synchronized void followWallClock() {
        wallClock = true;
    }

    /**
     * The kline clock: the wall clock when {@link #followWallClock following it}, else a time inside the current
     * kline (what a client's clock must read for REST rows to be judged closed as the stream closes them).
     */
    public synchronized long now() {
        if (wallClock) {
            return System.currentTimeMillis();
        }
        return currentOpen + Math.min(MINUTE - 1_000, Math.max(0, System.currentTimeMillis() - wallAtOpen));
    }

    /** {@link #now()} as a supplier, for a client's clock. */
    public LongSupplier clock() {
        return this::now;
    }

    /**
     * Closes {@code n} klines of every symbol: each minute the price takes a seeded random-walk step (through the
     * matcher, so resting orders it reaches fill), the kline closes ({@code x:true} pushed) and the next opens.
     */
    public synchronized void advance(int n) {
        for (int i = 0; i < n; i++) {
            for (FakeSymbol s : matcher.symbols().values()) {
                BigDecimal next = step(s, matcher.last(s.symbol()));
                matcher.setPrice(s.symbol(), next, currentOpen + MINUTE - 1);
            }
            roll();
        }
    }

    /** Closes every market-stream connection now (clients reconnect and backfill). */
    public void dropConnections() {
        for (Sub s : subs) {
            s.ws.close();
        }
        subs.clear();
    }

    /** While silent, nothing is pushed (a stream that went quiet without closing). */
    public void silence(boolean quiet) {
        silent = quiet;
    }

    /** Sends {@code text} as is to every market-stream connection (malformed-message tests). */
    public void pushRaw(String text) {
        for (Sub s : subs) {
            if (!s.ws.isClosed()) {
                s.ws.writeTextMessage(text);
            }
        }
    }

    /** Market-stream connections open now. */
    public int connections() {
        return subs.size();
    }

    /** Accepts {@code /stream?streams=a@kline_1m/b@kline_1m}; anything else is refused with 400. */
    void accept(HttpServerRequest req) {
        String streams = req.getParam("streams");
        List<String> symbols = new ArrayList<>();
        if (streams != null) {
            for (String name : streams.split("/")) {
                int at = name.indexOf("@kline_");
                String symbol = at < 0 ? "" : name.substring(0, at).toUpperCase(Locale.ROOT);
                if (at < 0 || !name.substring(at + 7).equals(INTERVAL) || !current.containsKey(symbol)) {
                    req.response().setStatusCode(400).end("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}");
                    return;
                }
                symbols.add(symbol);
            }
        }
        if (symbols.isEmpty()) {
            req.response().setStatusCode(400).end("{\"code\":-1100,\"msg\":\"no streams\"}");
            return;
        }
        req.toWebSocket().onSuccess(ws -> {
            Sub sub = new Sub(ws, symbols);
            subs.add(sub);
            ws.closeHandler(v -> subs.remove(sub));
        });
    }

    /** {@code GET /api/v3/klines}: a JSON array, or a {@link FakeError}. */
    synchronized Object rest(Map<String, String> q) {
        String symbol = q.get("symbol");
        if (symbol == null || !current.containsKey(symbol)) {
            return new FakeError(400, -1121, "Invalid symbol.");
        }
        if (!INTERVAL.equals(q.get("interval"))) {
            return new FakeError(400, -1120, "Invalid interval.");
        }
        int limit;
        long start;
        long end;
        try {
            limit = Math.min(1000, Math.max(1, Integer.parseInt(q.getOrDefault("limit", "500"))));
            start = Long.parseLong(q.getOrDefault("startTime", Long.toString(Long.MIN_VALUE)));
            end = Long.parseLong(q.getOrDefault("endTime", Long.toString(Long.MAX_VALUE)));
        } catch (NumberFormatException e) {
            return new FakeError(400, -1100, "Illegal characters found in a parameter.");
        }
        TreeMap<Long, K> all = new TreeMap<>(closed.get(symbol));
        all.put(currentOpen, current.get(symbol));
        List<K> range = new ArrayList<>(all.subMap(start, true, end, true).values());
        List<K> page = q.containsKey("startTime") ? range.subList(0, Math.min(limit, range.size()))
                : range.subList(Math.max(0, range.size() - limit), range.size());
        StringBuilder b = new StringBuilder("[");
        for (K k : page) {
            b.append(b.length() > 1 ? "," : "").append('[').append(k.open).append(",\"").append(k.o.toPlainString())
                    .append("\",\"").append(k.h.toPlainString()).append("\",\"").append(k.l.toPlainString())
                    .append("\",\"").append(k.c.toPlainString()).append("\",\"").append(k.v.toPlainString())
                    .append("\",").append(k.open + MINUTE - 1).append(",\"0\",").append(k.n)
                    .append(",\"0\",\"0\",\"0\"]");
        }
        return b.append(']').toString();
    }

    private synchronized void tick() {
        if (wallClock) {
            long wall = System.currentTimeMillis();
            while (wall >= currentOpen + MINUTE) {
                roll();
            }
        }
        for (FakeSymbol s : matcher.symbols().values()) {
            BigDecimal last = matcher.last(s.symbol());
            K k = current.get(s.symbol());
            if (last.compareTo(k.c) != 0) {
                k.trade(last, s.stepSize());
            }
            push(s.symbol(), k, false);
        }
    }

    private void roll() {
        for (FakeSymbol s : matcher.symbols().values()) {
            K k = current.get(s.symbol());
            BigDecimal last = matcher.last(s.symbol());
            k.trade(last, s.stepSize());
            closed.get(s.symbol()).put(k.open, k);
            push(s.symbol(), k, true);
            current.put(s.symbol(), new K(currentOpen + MINUTE, last));
        }
        currentOpen += MINUTE;
        wallAtOpen = System.currentTimeMillis();
    }

    private void push(String symbol, K k, boolean final_) {
        if (silent || subs.isEmpty()) {
            return;
        }
        String stream = symbol.toLowerCase(Locale.ROOT) + "@kline_" + INTERVAL;
        String msg = "{\"stream\":\"" + stream + "\",\"data\":{\"e\":\"kline\",\"E\":" + System.currentTimeMillis()
                + ",\"s\":\"" + symbol + "\",\"k\":{\"t\":" + k.open + ",\"T\":" + (k.open + MINUTE - 1) + ",\"s\":\""
                + symbol + "\",\"i\":\"" + INTERVAL + "\",\"f\":0,\"L\":0,\"o\":\"" + k.o.toPlainString() + "\",\"c\":\""
                + k.c.toPlainString() + "\",\"h\":\"" + k.h.toPlainString() + "\",\"l\":\"" + k.l.toPlainString()
                + "\",\"v\":\"" + k.v.toPlainString() + "\",\"n\":" + k.n + ",\"x\":" + final_
                + ",\"q\":\"0\",\"V\":\"0\",\"Q\":\"0\",\"B\":\"0\"}}}";
        for (Sub s : subs) {
            if (s.symbols.contains(symbol) && !s.ws.isClosed()) {
                s.ws.writeTextMessage(msg);
            }
        }
    }

    /** One random-walk step from {@code price}: about 0.2 % a minute, on the tick grid, never below a tick. */
    private BigDecimal step(FakeSymbol s, BigDecimal price) {
        double r = Math.exp(0.002 * gaussian());
        BigDecimal next = price.multiply(BigDecimal.valueOf(r)).divide(s.tickSize(), 0, RoundingMode.HALF_EVEN)
                .multiply(s.tickSize());
        return next.signum() > 0 ? next.setScale(s.tickSize().scale(), RoundingMode.UNNECESSARY) : s.tickSize();
    }

    private double gaussian() {
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
