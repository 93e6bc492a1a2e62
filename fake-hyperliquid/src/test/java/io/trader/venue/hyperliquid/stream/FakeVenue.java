package io.trader.venue.hyperliquid.stream;

import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import io.trader.venue.hyperliquid.data.HlBackoff;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Test plumbing: a fake venue, fast retry settings, blocking waits with deadlines (never bare sleeps). */
final class FakeVenue {

    static final Duration WAIT = Duration.ofSeconds(10);
    /** Short retries so tests stay fast: 20 ms doubling to 100 ms, no jitter. */
    static final HlBackoff FAST = new HlBackoff(20, 100, 0);

    private FakeVenue() {
    }

    static FakeHyperliquid start(Vertx vertx, FakeConfig config) {
        return FakeHyperliquid.start(vertx, config);
    }

    static InfoClientConfig infoConfig(FakeHyperliquid fake) {
        return InfoClientConfig.defaults(HyperliquidEndpoint.of(fake.baseUrl())).withRetry(4, FAST)
                .withRequestTimeout(Duration.ofSeconds(5));
    }

    static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    static Throwable failure(Future<?> f) throws Exception {
        try {
            await(f);
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected a failure");
    }

    /** Polls {@code condition} until it holds or the deadline passes; returns whether it held. */
    static boolean eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
