package io.trader.smartmoney.feed;

import io.trader.smartmoney.core.Tier;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Settings of the smart-money feed. Every bad value fails with an {@link IllegalArgumentException} naming the key and
 * its allowed range.
 *
 * @param leaderboardUrl          the leaderboard document ({@code http(s)}; default Hyperliquid's stats-data URL)
 * @param leaderboardMaxBytes     largest leaderboard body read, bytes [1 KiB, 1 GiB] (default 128 MiB; the real one
 *                                is ~25 MB)
 * @param leaderboardTimeout      whole leaderboard download, [1 s, 10 min] (default 120 s)
 * @param leaderboardRefresh      time between leaderboard reads, [30 s, 24 h] (default 5 min)
 * @param wsSlotsPerIp            WebSocket user slots of the IP, [0, 100] (default 10, the venue's limit)
 * @param wsSlotsForTrading       slots the trading session's own user streams take, [0, wsSlotsPerIp] (default 2)
 * @param weightPerMinute         the venue's REST weight per minute per IP, [1, 100000] (default 1200)
 * @param tradingReservePerMinute weight per minute smart money leaves to trading, [0, weightPerMinute - 2]
 *                                (default 200)
 * @param tierRefresh             target refresh interval per tier, each [1 s, 1 h] (default 5 s / 60 s / 90 s)
 * @param maxReadsInFlight        REST wallet reads outstanding at once, [1, 64] (default 4)
 * @param rateLimitPause          pause of the poller after a read that failed with 429 after its retries,
 *                                [0, 10 min] (default 10 s)
 */
public record SmartMoneyConfig(String leaderboardUrl, long leaderboardMaxBytes, Duration leaderboardTimeout,
                               Duration leaderboardRefresh, int wsSlotsPerIp, int wsSlotsForTrading,
                               int weightPerMinute, int tradingReservePerMinute, Map<Tier, Duration> tierRefresh,
                               int maxReadsInFlight, Duration rateLimitPause) {

    public static final String DEFAULT_LEADERBOARD_URL = "https://stats-data.hyperliquid.xyz/Mainnet/leaderboard";
    /** Weight of one {@code clearinghouseState} read (HlInfoWeights). */
    public static final int READ_WEIGHT = 2;

    public SmartMoneyConfig {
        if (leaderboardUrl == null) {
            throw bad("leaderboardUrl", "an http(s) URL", null);
        }
        try {
            URI u = URI.create(leaderboardUrl);
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw bad("leaderboardUrl", "an http(s) URL", leaderboardUrl);
            }
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("smart-money.")) {
                throw e;
            }
            throw bad("leaderboardUrl", "an http(s) URL", leaderboardUrl);
        }
        range("leaderboardMaxBytes", leaderboardMaxBytes, 1024, 1L << 30);
        range("leaderboardTimeout", leaderboardTimeout, Duration.ofSeconds(1), Duration.ofMinutes(10));
        range("leaderboardRefresh", leaderboardRefresh, Duration.ofSeconds(30), Duration.ofHours(24));
        range("wsSlotsPerIp", wsSlotsPerIp, 0, 100);
        range("wsSlotsForTrading", wsSlotsForTrading, 0, wsSlotsPerIp);
        range("weightPerMinute", weightPerMinute, 1, 100_000);
        range("tradingReservePerMinute", tradingReservePerMinute, 0, weightPerMinute - READ_WEIGHT);
        if (tierRefresh == null) {
            throw bad("tierRefresh", "one interval per tier", null);
        }
        for (Tier t : Tier.values()) {
            range("tierRefresh." + t, tierRefresh.get(t), Duration.ofSeconds(1), Duration.ofHours(1));
        }
        tierRefresh = Map.copyOf(new EnumMap<>(tierRefresh));
        range("maxReadsInFlight", maxReadsInFlight, 1, 64);
        range("rateLimitPause", rateLimitPause, Duration.ZERO, Duration.ofMinutes(10));
    }

    /** The defaults described on the record. */
    public static SmartMoneyConfig defaults() {
        return new SmartMoneyConfig(DEFAULT_LEADERBOARD_URL, 128L << 20, Duration.ofSeconds(120),
                Duration.ofMinutes(5), 10, 2, 1200, 200,
                Map.of(Tier.WHALE, Duration.ofSeconds(5), Tier.CORE, Duration.ofSeconds(60),
                        Tier.EXTENDED, Duration.ofSeconds(90)),
                4, Duration.ofSeconds(10));
    }

    /** WebSocket slots smart money may use: the IP's minus the trading session's. */
    public int wsSlots() {
        return wsSlotsPerIp - wsSlotsForTrading;
    }

    /** REST weight per minute smart money may use: the venue's minus the trading reserve. */
    public int smartMoneyWeightPerMinute() {
        return weightPerMinute - tradingReservePerMinute;
    }

    /** Target intervals in ms, as {@link PollSchedule} takes them. */
    public Map<Tier, Long> targetMillis() {
        Map<Tier, Long> m = new EnumMap<>(Tier.class);
        tierRefresh.forEach((t, d) -> m.put(t, d.toMillis()));
        return m;
    }

    public SmartMoneyConfig withLeaderboardUrl(String url) {
        return new SmartMoneyConfig(url, leaderboardMaxBytes, leaderboardTimeout, leaderboardRefresh, wsSlotsPerIp,
                wsSlotsForTrading, weightPerMinute, tradingReservePerMinute, tierRefresh, maxReadsInFlight,
                rateLimitPause);
    }

    public SmartMoneyConfig withLeaderboardLimits(long maxBytes, Duration timeout, Duration refresh) {
        return new SmartMoneyConfig(leaderboardUrl, maxBytes, timeout, refresh, wsSlotsPerIp, wsSlotsForTrading,
                weightPerMinute, tradingReservePerMinute, tierRefresh, maxReadsInFlight, rateLimitPause);
    }

    public SmartMoneyConfig withSlots(int perIp, int forTrading) {
        return new SmartMoneyConfig(leaderboardUrl, leaderboardMaxBytes, leaderboardTimeout, leaderboardRefresh, perIp,
                forTrading, weightPerMinute, tradingReservePerMinute, tierRefresh, maxReadsInFlight, rateLimitPause);
    }

    public SmartMoneyConfig withWeights(int perMinute, int tradingReserve) {
        return new SmartMoneyConfig(leaderboardUrl, leaderboardMaxBytes, leaderboardTimeout, leaderboardRefresh,
                wsSlotsPerIp, wsSlotsForTrading, perMinute, tradingReserve, tierRefresh, maxReadsInFlight,
                rateLimitPause);
    }

    public SmartMoneyConfig withTierRefresh(Map<Tier, Duration> refresh) {
        return new SmartMoneyConfig(leaderboardUrl, leaderboardMaxBytes, leaderboardTimeout, leaderboardRefresh,
                wsSlotsPerIp, wsSlotsForTrading, weightPerMinute, tradingReservePerMinute, refresh, maxReadsInFlight,
                rateLimitPause);
    }

    private static void range(String key, long v, long min, long max) {
        if (v < min || v > max) {
            throw bad(key, "[" + min + ", " + max + "]", v);
        }
    }

    private static void range(String key, Duration v, Duration min, Duration max) {
        if (v == null || v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw bad(key, "[" + min + ", " + max + "]", v);
        }
    }

    private static IllegalArgumentException bad(String key, String allowed, Object value) {
        return new IllegalArgumentException("smart-money." + key + " must be " + (allowed.startsWith("[")
                ? "in " : "") + allowed + ", got " + value);
    }
}
