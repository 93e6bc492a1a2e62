package io.trader.smartmoney.feed;

import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.TrackedWallet;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeaderboardClientTest {

    static Vertx vertx;
    static MiniVenue venue;

    @BeforeAll
    static void up() throws Exception {
        vertx = Vertx.vertx();
        venue = new MiniVenue(vertx);
    }

    @AfterAll
    static void down() throws Exception {
        venue.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static LeaderboardClient.Result fetch(String path, long maxBytes, Duration timeout) throws Exception {
        SmartMoneyConfig c = SmartMoneyConfig.defaults().withLeaderboardUrl(venue.base() + path)
                .withLeaderboardLimits(maxBytes, timeout, Duration.ofMinutes(5));
        try (LeaderboardClient client = new LeaderboardClient(vertx, c, () -> new TopByValueSelection(500, 25, 125),
                System::currentTimeMillis)) {
            return await(client.fetch());
        }
    }

    @Test
    void streamsThirtyThousandRowsIntoTheSelection() throws Exception {
        var r = assertInstanceOf(LeaderboardClient.Result.Ok.class,
                fetch("/leaderboard?rows=30000", 64L << 20, Duration.ofSeconds(60)));
        assertEquals(30_000, r.read().accepted());
        assertEquals(500, r.wallets().size());
        TrackedWallet top = r.wallets().get(0);
        assertEquals(Tier.WHALE, top.tier());
        assertEquals("0x" + String.format("%040x", 29_999), top.address());
        assertEquals(new BigDecimal("29999000.123456"), top.row().accountValue());
        assertEquals(25, r.wallets().stream().filter(w -> w.tier() == Tier.WHALE).count());
        assertTrue(r.bytes() > 10_000_000, "bytes are counted after decompression");
        assertTrue(String.valueOf(venue.leaderboardAcceptEncoding).contains("gzip"), venue.leaderboardAcceptEncoding);
        System.out.printf("leaderboard over HTTP: %d rows, %d bytes in %d ms%n", r.read().rows(), r.bytes(), r.millis());
    }

    @Test
    void failuresAreValues() throws Exception {
        var big = assertInstanceOf(LeaderboardClient.Result.Failed.class,
                fetch("/leaderboard?rows=3000", 100_000, Duration.ofSeconds(30)));
        assertTrue(big.reason().contains("larger than 100000"), big.reason());
        var status = assertInstanceOf(LeaderboardClient.Result.Failed.class,
                fetch("/leaderboard/500", 1 << 20, Duration.ofSeconds(30)));
        assertTrue(status.reason().contains("HTTP 500"), status.reason());
        var broken = assertInstanceOf(LeaderboardClient.Result.Failed.class,
                fetch("/leaderboard/broken", 1 << 20, Duration.ofSeconds(30)));
        assertTrue(broken.reason().contains("malformed leaderboard"), broken.reason());
        long t0 = System.nanoTime();
        var slow = assertInstanceOf(LeaderboardClient.Result.Failed.class,
                fetch("/leaderboard/slow", 1 << 20, Duration.ofSeconds(1)));
        assertTrue(slow.reason().contains("within 1000 ms"), slow.reason());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10));
        var refused = assertInstanceOf(LeaderboardClient.Result.Failed.class,
                fetchUrl("http://127.0.0.1:1/leaderboard"));
        assertTrue(refused.reason().contains("request failed"), refused.reason());
    }

    private static LeaderboardClient.Result fetchUrl(String url) throws Exception {
        SmartMoneyConfig c = SmartMoneyConfig.defaults().withLeaderboardUrl(url);
        try (LeaderboardClient client = new LeaderboardClient(vertx, c, () -> new TopByValueSelection(5, 1, 1),
                System::currentTimeMillis)) {
            return await(client.fetch());
        }
    }
}
