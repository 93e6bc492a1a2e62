package io.trader.smartmoney.feed;

import io.trader.smartmoney.core.Tier;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmartMoneyConfigTest {

    private static void rejects(String key, Runnable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
        assertTrue(e.getMessage().startsWith("smart-money." + key + " must be"), e.getMessage());
    }

    @Test
    void defaultsAndDerivedBudgets() {
        SmartMoneyConfig c = SmartMoneyConfig.defaults();
        assertEquals("https://stats-data.hyperliquid.xyz/Mainnet/leaderboard", c.leaderboardUrl());
        assertEquals(8, c.wsSlots());
        assertEquals(1000, c.smartMoneyWeightPerMinute());
        assertEquals(Map.of(Tier.WHALE, 5_000L, Tier.CORE, 60_000L, Tier.EXTENDED, 90_000L), c.targetMillis());
    }

    @Test
    void badValuesNameTheKeyAndRange() {
        SmartMoneyConfig d = SmartMoneyConfig.defaults();
        rejects("leaderboardUrl", () -> d.withLeaderboardUrl("ftp://x/y"));
        rejects("leaderboardUrl", () -> d.withLeaderboardUrl("not a url"));
        rejects("leaderboardMaxBytes", () -> d.withLeaderboardLimits(10, Duration.ofSeconds(5), Duration.ofMinutes(5)));
        rejects("leaderboardTimeout", () -> d.withLeaderboardLimits(1 << 20, Duration.ZERO, Duration.ofMinutes(5)));
        rejects("leaderboardRefresh", () -> d.withLeaderboardLimits(1 << 20, Duration.ofSeconds(5), Duration.ofSeconds(1)));
        rejects("wsSlotsForTrading", () -> d.withSlots(10, 11));
        rejects("wsSlotsPerIp", () -> d.withSlots(-1, 0));
        rejects("tradingReservePerMinute", () -> d.withWeights(1200, 1199));
        rejects("weightPerMinute", () -> d.withWeights(0, 0));
        rejects("tierRefresh.CORE", () -> d.withTierRefresh(Map.of(Tier.WHALE, Duration.ofSeconds(5),
                Tier.EXTENDED, Duration.ofSeconds(90))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.withSlots(10, 11));
        assertEquals("smart-money.wsSlotsForTrading must be in [0, 10], got 11", e.getMessage());
    }
}
