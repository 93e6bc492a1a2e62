package io.trader.fake.hyperliquid;

import io.trader.fake.hyperliquid.smartmoney.LeaderboardStream;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * The stats-data host's reads, served on the fake's own port: {@code GET /Mainnet/leaderboard} (written as a
 * chunked stream, piece by piece as the connection drains, so a 25 MB answer is never built whole) and
 * {@code GET /Mainnet/vaults}. Injected refusal bursts of scope {@code all} and response delays apply to them.
 */
final class StatsRoutes {

    static final String LEADERBOARD = "/Mainnet/leaderboard";
    static final String VAULTS = "/Mainnet/vaults";
    private static final int CHUNK_CHARS = 64 * 1024;

    private final SmartMoney smartMoney;
    private final HttpFaults faults;
    private final FakeMarket market;
    private final io.vertx.core.Vertx vertx;

    StatsRoutes(SmartMoney smartMoney, HttpFaults faults, FakeMarket market, io.vertx.core.Vertx vertx) {
        this.smartMoney = smartMoney;
        this.faults = faults;
        this.market = market;
        this.vertx = vertx;
    }

    /** Whether {@code req} is one of these reads (then it is answered here). */
    boolean handles(HttpServerRequest req) {
        return req.method() == HttpMethod.GET && (req.path().equals(LEADERBOARD) || req.path().equals(VAULTS));
    }

    void handle(HttpServerRequest req) {
        HttpServerResponse resp = req.response();
        int fail = faults.takeFailure(false, false);
        if (fail != 0) {
            resp.setStatusCode(fail).putHeader("content-type", "application/json")
                    .end("{\"code\":" + fail + ",\"msg\":\"injected by the fake\"}");
            return;
        }
        Runnable send = () -> {
            if (resp.closed()) {
                return;
            }
            resp.putHeader("content-type", "application/json");
            if (req.path().equals(VAULTS)) {
                resp.end(LeaderboardStream.vaultsJson(smartMoney.wallets(), market.now()));
                return;
            }
            smartMoney.countLeaderboard();
            resp.setChunked(true);
            pump(resp, new LeaderboardStream(smartMoney.wallets(), smartMoney.config().seed(), CHUNK_CHARS));
        };
        long delay = faults.delayMillis();
        if (delay > 0) {
            vertx.setTimer(delay, id -> send.run());
        } else {
            send.run();
        }
    }

    private static void pump(HttpServerResponse resp, LeaderboardStream rows) {
        while (!resp.closed() && !resp.writeQueueFull()) {
            String chunk = rows.nextChunk();
            if (chunk == null) {
                resp.end();
                return;
            }
            resp.write(chunk);
        }
        if (!resp.closed()) {
            resp.drainHandler(v -> pump(resp, rows));
        }
    }
}
