package io.trader.smartmoney.feed;

import io.trader.core.venue.WeightBudget;
import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.data.LeaderboardRow;
import io.trader.smartmoney.data.WalletState;
import io.trader.venue.hyperliquid.stream.HyperliquidEndpoint;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoRaw;
import io.trader.venue.hyperliquid.stream.HyperliquidResilience;
import io.trader.venue.hyperliquid.stream.InfoClientConfig;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WalletPollerTest {

    Vertx vertx;
    MiniVenue venue;
    HyperliquidInfoRaw info;
    WeightBudget budget = new WeightBudget(1200, 60_000, 200);
    final List<WalletState> states = new CopyOnWriteArrayList<>();
    final List<String> failures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void up() throws Exception {
        vertx = Vertx.vertx();
        venue = new MiniVenue(vertx);
        info = new HyperliquidInfoRaw(vertx, InfoClientConfig.defaults(HyperliquidEndpoint.of(venue.base()))
                .withRetry(2, HyperliquidResilience.RETRY_BACKOFF), budget, System::currentTimeMillis, () -> 0.0);
    }

    @AfterEach
    void down() throws Exception {
        info.close();
        venue.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static void await(BooleanSupplier done, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
            Thread.sleep(10);
        }
    }

    private WalletPoller poller(PollSchedule schedule, SmartMoneyConfig config, FeedMetrics metrics) {
        Context ctx = vertx.getOrCreateContext();
        return new WalletPoller(ctx, info, schedule, config, metrics, System::currentTimeMillis,
                new WalletPoller.Sink() {
                    @Override
                    public void onState(WalletState state, TrackedWallet wallet) {
                        assertEquals(wallet.address(), state.address());
                        states.add(state);
                    }

                    @Override
                    public void onFailed(TrackedWallet wallet, String reason) {
                        failures.add(wallet.address() + ": " + reason);
                    }
                });
    }

    @Test
    void readsEveryDueWalletThroughTheSharedBudget() throws Exception {
        List<TrackedWallet> wallets = new ArrayList<>(Wallets.of(0, 5, 15));
        String bad = "0x" + "0".repeat(37) + "bad";
        wallets.add(new TrackedWallet(new LeaderboardRow(bad, BigDecimal.ONE, null, Map.of()), Tier.EXTENDED, 0));
        PollSchedule schedule = new PollSchedule(wallets, 0, 6000, 2, PollScheduleTest.TARGETS,
                System.currentTimeMillis());
        FeedMetrics metrics = new FeedMetrics();
        double before = budget.available(System.currentTimeMillis());
        WalletPoller p = poller(schedule, SmartMoneyConfig.defaults(), metrics);
        p.start();
        await(() -> states.size() == 20 && failures.size() == 1, 10_000);
        p.close();
        assertEquals(20, states.size());
        assertEquals(20, states.stream().map(WalletState::address).distinct().count());
        for (WalletState s : states) {
            assertEquals(new BigDecimal("83.307638"), s.accountValue());
            assertEquals(List.of("HYPE"), s.coins(), "the flat ETH row is dropped");
            assertTrue(s.position("HYPE").size().signum() > 0);
            assertEquals(1754467216357L, s.time());
        }
        assertTrue(failures.get(0).startsWith(bad + ": malformed clearinghouseState"), failures.get(0));
        assertEquals(1, metrics.malformedStates.get());
        assertEquals(21, metrics.requests.get());
        assertEquals(42, metrics.weightUsed.get());
        assertEquals(21, venue.infoRequests.get());
        assertTrue(budget.available(System.currentTimeMillis()) < before - 42 + 20,
                "the reads were charged to the venue's shared budget");
        // tier order: the five Tier 2 wallets were asked first (four in flight may arrive out of order)
        assertTrue(venue.infoUsers.subList(0, 8).containsAll(wallets.subList(0, 5).stream()
                .map(TrackedWallet::address).toList()), venue.infoUsers.toString());
    }

    @Test
    void aRateLimitedReadPausesThePoller() throws Exception {
        venue.rateLimit = true;
        PollSchedule schedule = new PollSchedule(Wallets.of(0, 0, 10), 0, 60_000, 2, PollScheduleTest.TARGETS,
                System.currentTimeMillis());
        FeedMetrics metrics = new FeedMetrics();
        SmartMoneyConfig config = new SmartMoneyConfig(SmartMoneyConfig.DEFAULT_LEADERBOARD_URL, 1 << 20,
                Duration.ofSeconds(10), Duration.ofMinutes(5), 10, 0, 1200, 200, SmartMoneyConfig.defaults()
                .tierRefresh(), 2, Duration.ofSeconds(3));
        WalletPoller p = poller(schedule, config, metrics);
        p.start();
        await(() -> metrics.rateLimited.get() >= 1, 10_000);
        assertTrue(metrics.rateLimited.get() >= 1);
        Thread.sleep(300);
        int during = venue.infoRequests.get();
        // two reads in flight, each tried twice by the transport (its own backoff) before the poller hears
        assertTrue(during <= 4, "requests before the pause: " + during);
        venue.rateLimit = false;
        Thread.sleep(1_500);
        assertEquals(during, venue.infoRequests.get(), "no request during the pause");
        await(() -> states.size() == 10, 15_000);
        p.close();
        assertEquals(10, states.size(), "reads resume after the pause");
        assertTrue(failures.stream().allMatch(f -> f.contains("RATE_LIMITED")), failures.toString());
        System.out.printf("429 pause: %d rate-limited answers, %d failures, then %d states%n",
                venue.rateLimited.get(), failures.size(), states.size());
    }
}
