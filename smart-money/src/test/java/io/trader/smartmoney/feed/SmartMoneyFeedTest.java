package io.trader.smartmoney.feed;

import io.trader.core.venue.WeightBudget;
import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.data.WalletState;
import io.trader.venue.hyperliquid.stream.HyperliquidEndpoint;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoRaw;
import io.trader.venue.hyperliquid.stream.InfoClientConfig;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.trader.smartmoney.feed.WalletPollerTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmartMoneyFeedTest {

    Vertx vertx;
    MiniVenue venue;
    HyperliquidInfoRaw info;
    final List<List<TrackedWallet>> walletSets = new CopyOnWriteArrayList<>();
    final Map<String, Set<SmartMoneyListener.Source>> sources = new ConcurrentHashMap<>();
    final List<String> failures = new CopyOnWriteArrayList<>();

    final SmartMoneyListener listener = new SmartMoneyListener() {
        @Override
        public void onWallets(List<TrackedWallet> wallets, long time) {
            walletSets.add(wallets);
        }

        @Override
        public void onState(WalletState state, TrackedWallet wallet, Source source) {
            assertEquals(wallet.address(), state.address());
            sources.computeIfAbsent(state.address(), a -> ConcurrentHashMap.newKeySet()).add(source);
            if (state.address().endsWith("f")) {
                throw new IllegalStateException("a listener bug must not stop the feed");
            }
        }

        @Override
        public void onReadFailed(String address, String reason) {
            failures.add(address + ": " + reason);
        }

        @Override
        public void onLeaderboardFailed(String reason) {
            failures.add("leaderboard: " + reason);
        }
    };

    @BeforeEach
    void up() throws Exception {
        vertx = Vertx.vertx();
        venue = new MiniVenue(vertx);
        info = new HyperliquidInfoRaw(vertx, InfoClientConfig.defaults(HyperliquidEndpoint.of(venue.base())),
                new WeightBudget(1200, 60_000, 200), System::currentTimeMillis, () -> 0.0);
    }

    @AfterEach
    void down() throws Exception {
        info.close();
        venue.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void leaderboardToWalletsToStatesOverRestAndWebSocket() throws Exception {
        SmartMoneyConfig config = SmartMoneyConfig.defaults().withLeaderboardUrl(venue.base() + "/leaderboard?rows=300")
                .withSlots(10, 8);
        SmartMoneyFeed feed = new SmartMoneyFeed(vertx, config, info, () -> new TopByValueSelection(30, 5, 10),
                listener, System::currentTimeMillis);
        var first = LeaderboardClientTest.await(feed.start());
        assertInstanceOf(LeaderboardClient.Result.Ok.class, first);
        await(() -> sources.size() == 30, 15_000);
        List<TrackedWallet> wallets = feed.wallets();
        assertEquals(1, walletSets.size());
        assertEquals(30, wallets.size());
        assertEquals(30, sources.size(), "every tracked wallet got a state");
        Set<String> viaWs = sources.entrySet().stream()
                .filter(e -> e.getValue().contains(SmartMoneyListener.Source.WS)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertEquals(Set.of(wallets.get(0).address(), wallets.get(1).address()), viaWs,
                "the two WebSocket slots go to the two best whales");
        assertEquals(Tier.WHALE, wallets.get(1).tier());
        FeedMetrics m = feed.metrics();
        assertEquals(1, m.leaderboardReads.get());
        assertEquals(300, m.leaderboardRows.get());
        assertTrue(m.requests.get() >= 28 && m.requests.get() <= 30, "REST reads " + m.requests.get());
        assertEquals(2 * m.requests.get(), m.weightUsed.get());
        assertEquals(2, m.wsStates.get());
        assertTrue(m.listenerErrors.get() >= 2, "the throwing listener was guarded: " + m.listenerErrors.get());
        assertTrue(failures.isEmpty(), failures.toString());
        feed.close();
    }

    @Test
    void aFailedLeaderboardChangesNothing() throws Exception {
        SmartMoneyConfig config = SmartMoneyConfig.defaults().withLeaderboardUrl(venue.base() + "/leaderboard/broken")
                .withLeaderboardLimits(1 << 20, Duration.ofSeconds(5), Duration.ofMinutes(5));
        SmartMoneyFeed feed = new SmartMoneyFeed(vertx, config, info, () -> new TopByValueSelection(30, 5, 10),
                listener, System::currentTimeMillis);
        var first = LeaderboardClientTest.await(feed.start());
        assertInstanceOf(LeaderboardClient.Result.Failed.class, first);
        assertTrue(feed.wallets().isEmpty());
        assertTrue(walletSets.isEmpty());
        assertEquals(1, feed.metrics().leaderboardFailures.get());
        assertTrue(failures.get(0).startsWith("leaderboard: malformed leaderboard"), failures.toString());
        assertEquals(0, venue.infoRequests.get());
        feed.close();
    }
}
