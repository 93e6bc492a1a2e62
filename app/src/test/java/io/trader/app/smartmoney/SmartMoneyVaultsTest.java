package io.trader.app.smartmoney;

import io.trader.core.venue.WeightBudget;
import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import io.trader.fake.hyperliquid.smartmoney.SyntheticWallets;
import io.trader.fake.hyperliquid.smartmoney.WalletProfile;
import io.trader.smartmoney.core.AlertConfig;
import io.trader.smartmoney.core.SelectionConfig;
import io.trader.smartmoney.core.ThrottleConfig;
import io.trader.smartmoney.core.TraderWeight;
import io.trader.smartmoney.core.WeightConfig;
import io.trader.smartmoney.feed.LeaderboardClient;
import io.trader.smartmoney.feed.SmartMoneyConfig;
import io.trader.venue.hyperliquid.stream.HyperliquidEndpoint;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoRaw;
import io.trader.venue.hyperliquid.stream.InfoClientConfig;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Vaults are pooled money, not traders: the service reads the vault list next to the leaderboard and the selection
 * leaves them out, even with selection rules that would take every row (no score bar, room for all).
 */
class SmartMoneyVaultsTest {

    @Test
    void theVaultListIsReadAndNoVaultIsTracked() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (FakeHyperliquid fake = FakeHyperliquid.start(vertx, FakeConfig.defaults()
                .withSmartMoney(io.trader.fake.hyperliquid.smartmoney.SmartMoneyConfig.defaults().withNoiseRows(0)))) {
            HyperliquidInfoRaw info = new HyperliquidInfoRaw(vertx, InfoClientConfig.defaults(
                    HyperliquidEndpoint.of(fake.baseUrl())), new WeightBudget(1200, 60_000), System::currentTimeMillis,
                    Math::random);
            SmartMoneyConfig feed = SmartMoneyConfig.defaults().withLeaderboardUrl(fake.baseUrl()
                    + "/Mainnet/leaderboard").withSlots(10, 0).withWeights(1200, 0);
            SelectionConfig takeAll = new SelectionConfig(650, 30, 150, 470, new BigDecimal("10000000"), 100, 70,
                    0.75, 0, Set.of());
            SmartMoneyService service = new SmartMoneyService(vertx, info, new SmartMoneyService.Settings(feed,
                    takeAll, WeightConfig.DEFAULTS, AlertConfig.DEFAULTS, ThrottleConfig.DEFAULTS, 300_000, 5, 1_000),
                    new SmartMoneyRecorder(new SmartMoneyBoard(), null), null, null, System::currentTimeMillis);
            try {
                LeaderboardClient.Result first = service.start().toCompletionStage().toCompletableFuture()
                        .get(60, TimeUnit.SECONDS);
                assertTrue(first instanceof LeaderboardClient.Result.Ok, "leaderboard read: " + first);
                Set<String> vaults = fake.smartMoney().wallets().vaults().stream().map(WalletProfile::address)
                        .collect(Collectors.toSet());
                assertTrue(service.vaults().containsAll(vaults), "every vault of the list read");
                assertTrue(service.vaults().contains(SyntheticWallets.HLP), "HLP is in the list too");
                Set<String> tracked;
                synchronized (service.tracker()) {
                    tracked = service.tracker().weights().stream().map(TraderWeight::address)
                            .collect(Collectors.toSet());
                }
                assertEquals(500, tracked.size(), "every synthetic trader, nothing else");
                assertTrue(tracked.stream().noneMatch(service.vaults()::contains), "no vault tracked");
            } finally {
                service.close();
                info.close();
            }
        } finally {
            vertx.close();
        }
    }
}
