package io.trader.fake.kraken;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local fake Kraken spot REST venue on a dynamic port, speaking the real protocol: {@code GET /0/public/*}
 * (AssetPairs, Assets, Ticker, Depth, OHLC, Time) and signed {@code POST /0/private/*} (AddOrder, CancelOrder,
 * OpenOrders, ClosedOrders, QueryOrders, TradesHistory, Balance, BalanceEx, TradeBalance) in Kraken's envelope
 * {@code {"error":[],"result":{...}}}. It checks {@code API-Sign} with its own code ({@code EAPI:Invalid signature}), refuses a non-increasing nonce
 * ({@code EAPI:Invalid nonce}) and an unknown key ({@code EAPI:Invalid key}), applies the REST call counter
 * ({@code EAPI:Rate limit exceeded}), matches on a scripted price, and injects faults.
 *
 * <p>Control (tests use the Java methods; the same over HTTP for a standalone fake): {@code POST /control/price}
 * ({@code pair}, {@code price}, optional {@code max_volume}), {@code POST /control/fault} ({@code method},
 * {@code kind}, {@code times}, {@code delay_ms}), {@code GET /control/stats}.
 */
public final class FakeKraken implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FakeKraken.class);

    private final Vertx vertx;
    private final boolean ownVertx;
    private final FakeAuth auth = new FakeAuth();
    private final FakeMarket market = new FakeMarket();
    private final FakeCandles candles;
    private final Map<String, Deque<long[]>> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
    private HttpServer server;

    public FakeKraken(Vertx vertx) {
        this(vertx, System.currentTimeMillis() / 1000 - 200 * 60);
    }

    /** @param candleStartSeconds open time of the first candle {@link #advanceCandles} commits (default 200 min ago) */
    public FakeKraken(Vertx vertx, long candleStartSeconds) {
        this.vertx = vertx == null ? Vertx.vertx() : vertx;
        this.ownVertx = vertx == null;
        this.candles = new FakeCandles(candleStartSeconds);
    }

    /** Standalone: {@code java ... FakeKraken [port]} with key {@code fake-key} and the docs' example secret. */
    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        FakeKraken fake = new FakeKraken(null);
        fake.addKey("fake-key", "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==",
                15, 0.33);
        fake.setBalance("USDT", new BigDecimal("10000"));
        fake.start(port).onSuccess(p -> LOG.info("fake Kraken listening on http://127.0.0.1:{}", p));
    }

    /** Starts on {@code port} (0: a free one); the bound port. */
    public Future<Integer> start(int port) {
        server = vertx.createHttpServer();
        server.requestHandler(this::handle);
        return server.listen(port, "127.0.0.1").map(HttpServer::actualPort);
    }

    public int port() {
        return server.actualPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Registers an API key with its REST call counter maximum and decay per second. */
    public void addKey(String apiKey, String secretBase64, double maxCounter, double decayPerSecond) {
        auth.register(apiKey, secretBase64, maxCounter, decayPerSecond);
    }

    public void setBalance(String asset, BigDecimal amount) {
        market.setBalance(asset, amount);
    }

    public BigDecimal balance(String asset) {
        return market.balance(asset);
    }

    /** Sets the scripted price of {@code pair} and fills the resting orders it crosses (each up to maxVolume). */
    public void setPrice(String pair, BigDecimal price, BigDecimal maxVolume) {
        market.setPrice(pair, price, maxVolume);
    }

    /**
     * Commits {@code n} one-minute candles of {@code pair} (Kraken's name, e.g. {@code XBTUSDT}), the price walking
     * with them; resting orders the walk crosses fill. OHLC serves them at every Kraken interval.
     */
    public void advanceCandles(String pair, int n) {
        FakePairs.Pair p = FakePairs.find(pair);
        if (p == null) {
            throw new IllegalArgumentException("unknown pair " + pair);
        }
        candles.advance(p, n, market);
    }

    /**
     * The next {@code times} calls of {@code method} get {@code fault} ({@code delayMillis} for DELAY). A public
     * method ({@code OHLC}, {@code AssetPairs} ...) takes {@link FakeFault#RATE_LIMITED} and
     * {@link FakeFault#HTTP_502_BEFORE}.
     */
    public void fault(String method, FakeFault fault, int times, long delayMillis) {
        Deque<long[]> q = faults.computeIfAbsent(method, k -> new ArrayDeque<>());
        synchronized (q) {
            for (int i = 0; i < times; i++) {
                q.add(new long[]{fault.ordinal(), delayMillis});
            }
        }
    }

    /** Orders placed so far (any status). */
    public int ordersPlaced() {
        return market.orders().size();
    }

    /** Orders currently open. */
    public long openOrders() {
        return market.orders().stream().filter(o -> o.status.equals("open")).count();
    }

    /** Calls of a method that reached the fake (private ones authenticated or not; faulted ones included). */
    public long calls(String method) {
        AtomicLong c = calls.get(method);
        return c == null ? 0 : c.get();
    }

    /** Calls refused with {@code EAPI:Rate limit exceeded} for {@code apiKey}. */
    public long counterExceeded(String apiKey) {
        FakeAuth.Key k = auth.key(apiKey);
        return k == null ? 0 : k.exceeded;
    }

    /** The highest REST call counter level {@code apiKey} reached. */
    public double counterMaxSeen(String apiKey) {
        FakeAuth.Key k = auth.key(apiKey);
        return k == null ? 0 : k.maxSeen;
    }

    private void handle(HttpServerRequest req) {
        req.body().onSuccess(buf -> {
            String path = req.path();
            String body = buf.toString(StandardCharsets.UTF_8);
            try {
                if (path.startsWith("/0/public/")) {
                    String method = path.substring(10);
                    calls.computeIfAbsent(method, k -> new AtomicLong()).incrementAndGet();
                    long[] fault = nextFault(method);
                    FakeFault kind = fault == null ? null : FakeFault.values()[(int) fault[0]];
                    if (kind == FakeFault.RATE_LIMITED) {
                        reply(req, 200, FakeJson.error("EAPI:Rate limit exceeded"));
                        return;
                    }
                    if (kind == FakeFault.HTTP_502_BEFORE) {
                        reply(req, 502, "<html><body>502 Bad Gateway</body></html>");
                        return;
                    }
                    reply(req, 200, FakePublic.answer(path.substring(10), req.params().entries().stream()
                            .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll),
                            market, candles));
                } else if (path.startsWith("/0/private/") && req.method().name().equals("POST")) {
                    privateCall(req, path, body);
                } else if (path.startsWith("/control/")) {
                    reply(req, 200, control(path.substring(9), form(body)));
                } else {
                    reply(req, 404, FakeJson.error("EGeneral:Unknown method"));
                }
            } catch (RuntimeException e) {
                LOG.warn("fake Kraken failed on {}", path, e);
                reply(req, 500, "internal error");
            }
        });
    }

    private void privateCall(HttpServerRequest req, String path, String body) {
        String method = path.substring("/0/private/".length());
        calls.computeIfAbsent(method, k -> new AtomicLong()).incrementAndGet();
        Map<String, String> f = form(body);
        int cost = switch (method) {
            case "AddOrder", "CancelOrder" -> 0;
            case "TradesHistory", "Ledgers", "QueryLedgers" -> 2;
            default -> 1;
        };
        String refused = auth.check(req.getHeader("API-Key"), req.getHeader("API-Sign"), path, body, f, cost);
        if (refused != null) {
            reply(req, 200, FakeJson.error(refused));
            return;
        }
        long[] fault = nextFault(method);
        FakeFault kind = fault == null ? null : FakeFault.values()[(int) fault[0]];
        if (kind == FakeFault.HTTP_502_BEFORE) {
            reply(req, 502, "<html><body>502 Bad Gateway</body></html>");
            return;
        }
        if (kind == FakeFault.RATE_LIMITED) {
            reply(req, 200, FakeJson.error("EAPI:Rate limit exceeded"));
            return;
        }
        String answer = FakePrivate.answer(method, f, market);
        if (kind == FakeFault.UNAVAILABLE_AFTER_APPLY) {
            reply(req, 200, FakeJson.error("EService:Unavailable"));
        } else if (kind == FakeFault.HTTP_502_AFTER_APPLY) {
            reply(req, 502, "<html><body>502 Bad Gateway</body></html>");
        } else if (kind == FakeFault.DELAY) {
            vertx.setTimer(Math.max(1, fault[1]), id -> reply(req, 200, answer));
        } else {
            reply(req, 200, answer);
        }
    }

    private long[] nextFault(String method) {
        Deque<long[]> q = faults.get(method);
        if (q == null) {
            return null;
        }
        synchronized (q) {
            return q.poll();
        }
    }

    private String control(String what, Map<String, String> f) {
        switch (what) {
            case "price" -> market.setPrice(f.get("pair"), new BigDecimal(f.get("price")),
                    f.containsKey("max_volume") ? new BigDecimal(f.get("max_volume")) : null);
            case "fault" -> fault(f.get("method"), FakeFault.valueOf(f.get("kind")),
                    Integer.parseInt(f.getOrDefault("times", "1")), Long.parseLong(f.getOrDefault("delay_ms", "0")));
            case "stats" -> {
                ObjectNode n = FakeJson.JSON.createObjectNode();
                n.put("orders_placed", ordersPlaced());
                n.put("open_orders", openOrders());
                calls.forEach((k, v) -> n.put("calls_" + k, v.get()));
                return FakeJson.ok(n);
            }
            default -> {
                return FakeJson.error("EGeneral:Unknown method");
            }
        }
        return FakeJson.ok(FakeJson.JSON.createObjectNode());
    }

    private static void reply(HttpServerRequest req, int status, String body) {
        req.response().setStatusCode(status).putHeader("Content-Type",
                status == 200 ? "application/json" : "text/html").end(body);
    }

    static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return out;
        }
        for (String kv : body.split("&")) {
            int i = kv.indexOf('=');
            String k = URLDecoder.decode(i < 0 ? kv : kv.substring(0, i), StandardCharsets.UTF_8);
            out.put(k, i < 0 ? "" : URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    static String rfc1123(long epochSeconds) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochSecond(epochSeconds).atOffset(ZoneOffset.UTC));
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        if (ownVertx) {
            vertx.close();
        }
    }
}
