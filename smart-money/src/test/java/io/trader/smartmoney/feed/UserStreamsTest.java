package io.trader.smartmoney.feed;

import io.trader.smartmoney.data.WalletState;
import io.trader.venue.hyperliquid.stream.HyperliquidEndpoint;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.trader.smartmoney.feed.WalletPollerTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserStreamsTest {

    Vertx vertx;
    MiniVenue venue;
    final List<WalletState> states = new CopyOnWriteArrayList<>();
    final Map<String, Boolean> live = new ConcurrentHashMap<>();
    final List<String> refused = new CopyOnWriteArrayList<>();
    final FeedMetrics metrics = new FeedMetrics();

    @BeforeEach
    void up() throws Exception {
        vertx = Vertx.vertx();
        venue = new MiniVenue(vertx);
    }

    @AfterEach
    void down() throws Exception {
        venue.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private UserStreams streams(int maxUsers) {
        return new UserStreams(vertx.getOrCreateContext(), HyperliquidEndpoint.of(venue.base()), maxUsers, 50_000,
                metrics, System::currentTimeMillis, () -> 0.0, new UserStreams.Events() {
                    @Override
                    public void onState(WalletState state) {
                        states.add(state);
                    }

                    @Override
                    public void onLive(String user, boolean isLive) {
                        live.put(user, isLive);
                    }

                    @Override
                    public void onRefused(String user, String reason) {
                        refused.add(user + ": " + reason);
                    }
                });
    }

    @Test
    void subscribesDecodesAndResubscribesAfterADrop() throws Exception {
        UserStreams s = streams(3);
        List<String> users = List.of(Wallets.address(0), Wallets.address(1));
        s.track(users);
        await(() -> states.size() == 2, 10_000);
        assertEquals(2, states.size());
        assertEquals(Map.of(users.get(0), true, users.get(1), true), live);
        assertEquals(new BigDecimal("83.307638"), states.get(0).accountValue());
        assertEquals(1, metrics.wsConnects.get());
        venue.dropSockets();
        await(() -> states.size() == 4, 10_000);
        assertEquals(4, states.size(), "resubscribed after the drop");
        assertEquals(2, metrics.wsConnects.get());
        assertEquals(1, metrics.wsDrops.get());
        assertEquals(4, venue.subscribes.size());
        assertTrue(live.values().stream().allMatch(b -> b));
        s.close();
    }

    @Test
    void refusesMoreUsersThanSlotsAndFallsBackWhenTheVenueRefuses() throws Exception {
        venue.userLimit = 2;
        UserStreams s = streams(3);
        assertThrows(IllegalArgumentException.class, () -> s.track(List.of(Wallets.address(0), Wallets.address(1),
                Wallets.address(2), Wallets.address(3))));
        s.track(List.of(Wallets.address(0), Wallets.address(1), Wallets.address(2)));
        await(() -> states.size() == 2 && refused.size() == 1, 10_000);
        assertEquals(List.of(Wallets.address(2) + ": Cannot track more than 2 total users."), refused);
        assertEquals(1, metrics.wsRefused.get());
        assertEquals(null, live.get(Wallets.address(2)));
        // dropping a user frees its slot on the venue; the next track asks again for the refused one
        s.track(List.of(Wallets.address(0), Wallets.address(2)));
        await(() -> states.size() == 3, 10_000);
        assertEquals(Wallets.address(2), states.get(2).address());
        assertEquals(false, live.get(Wallets.address(1)));
        s.close();
    }
}
