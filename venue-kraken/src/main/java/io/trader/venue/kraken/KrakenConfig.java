package io.trader.venue.kraken;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * How the Kraken adapter connects and behaves. <b>Kraken spot has no public sandbox</b>, so there is no safe
 * default venue: live Kraken ({@link #MAINNET_URL}) needs {@code mainnetConfirmed} (what the app's
 * {@code --mainnet} flag sets), and without it only an explicit {@code baseUrl} that is <i>not</i> Kraken's
 * (a local fake, {@code --base-url http://127.0.0.1:port}) is accepted. No secret lives here: keys come from
 * {@link KrakenKeyLoader}.
 *
 * @param baseUrl              REST base URL; {@code null} means {@link #MAINNET_URL} (only with {@code mainnetConfirmed})
 * @param mainnetConfirmed     the explicit go-ahead for real money on api.kraken.com
 * @param tier                 the account's verification tier (sizes both rate-limit budgets)
 * @param counterMargin        calls kept in reserve below the tier's counter maximum (the venue decays in steps
 *                             "every couple of seconds"; default 2)
 * @param decayFactor          fraction of the documented decay the budget assumes (default 0.9: conservative)
 * @param requestTimeoutMillis per HTTP attempt; default 10000
 * @param pollMillis           how often own orders and fills are polled ({@code QueryOrders} + {@code TradesHistory},
 *                             3 counter points per poll, sent only while orders are live; on Starter's 0.33/s the
 *                             budget stretches polls to about 10 s); default 5000
 * @param fillOverlapMillis    each {@code TradesHistory} poll starts this far before the newest trade seen (trades
 *                             that arrive late with an earlier time are still found; duplicates are dropped by trade
 *                             id); default 60000
 * @param maxSubmitAttempts    sends of one order when the venue provably never took the earlier ones; default 3
 * @param maxRetries           retries of a refused-not-applied call (rate limit, nonce) and of failed reads; default 4
 * @param quoteAsset           the account currency for {@code TradeBalance} and cash, e.g. {@code USDT}
 * @param pairOverrides        platform symbol to Kraken pair, for symbols the default rule misses
 */
public record KrakenConfig(String baseUrl, boolean mainnetConfirmed, KrakenTier tier, int counterMargin,
                           double decayFactor, long requestTimeoutMillis, long pollMillis, long fillOverlapMillis,
                           int maxSubmitAttempts, int maxRetries, String quoteAsset,
                           Map<String, String> pairOverrides) {

    public static final String MAINNET_URL = "https://api.kraken.com";

    public KrakenConfig {
        if (baseUrl == null) {
            if (!mainnetConfirmed) {
                throw new IllegalArgumentException("Kraken spot has no sandbox: pass --mainnet to trade on "
                        + MAINNET_URL + " with real money, or --base-url to a local fake Kraken");
            }
            baseUrl = MAINNET_URL;
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("baseUrl must be http(s): " + baseUrl);
        }
        if (isKraken(baseUrl) && !mainnetConfirmed) {
            throw new IllegalArgumentException(baseUrl + " is live Kraken (real money): it needs --mainnet");
        }
        if (tier == null || quoteAsset == null || quoteAsset.isBlank()) {
            throw new IllegalArgumentException("tier and quoteAsset are required");
        }
        if (counterMargin < 0 || counterMargin >= tier.maxCounter() - 2 || !(decayFactor > 0 && decayFactor <= 1)) {
            throw new IllegalArgumentException("counterMargin must leave room below the maximum and decayFactor "
                    + "lie in (0, 1]");
        }
        if (requestTimeoutMillis < 1 || pollMillis < 1 || fillOverlapMillis < 0 || maxSubmitAttempts < 1
                || maxRetries < 0) {
            throw new IllegalArgumentException("timeouts, poll interval and attempts must be positive");
        }
        pairOverrides = pairOverrides == null ? Map.of() : Map.copyOf(pairOverrides);
    }

    /** Live Kraken; {@code confirmed} must be true (the app passes its {@code --mainnet} flag). */
    public static KrakenConfig mainnet(boolean confirmed, String quoteAsset) {
        return new KrakenConfig(null, confirmed, KrakenTier.STARTER, 2, 0.9, 10_000, 5_000, 60_000, 3, 4,
                quoteAsset, Map.of());
    }

    /** A local or fake Kraken at {@code url} (never api.kraken.com). */
    public static KrakenConfig local(String url, String quoteAsset) {
        return new KrakenConfig(url, false, KrakenTier.STARTER, 2, 0.9, 10_000, 5_000, 60_000, 3, 4, quoteAsset,
                Map.of());
    }

    public KrakenConfig withTier(KrakenTier t) {
        return new KrakenConfig(baseUrl, mainnetConfirmed, t, counterMargin, decayFactor, requestTimeoutMillis,
                pollMillis, fillOverlapMillis, maxSubmitAttempts, maxRetries, quoteAsset, pairOverrides);
    }

    public KrakenConfig withTimings(long requestTimeout, long poll, long overlap) {
        return new KrakenConfig(baseUrl, mainnetConfirmed, tier, counterMargin, decayFactor, requestTimeout, poll,
                overlap, maxSubmitAttempts, maxRetries, quoteAsset, pairOverrides);
    }

    /** Another retry count for refused-not-applied calls and failed reads. */
    public KrakenConfig withRetries(int retries) {
        return new KrakenConfig(baseUrl, mainnetConfirmed, tier, counterMargin, decayFactor, requestTimeoutMillis,
                pollMillis, fillOverlapMillis, maxSubmitAttempts, retries, quoteAsset, pairOverrides);
    }

    public KrakenConfig withPairOverrides(Map<String, String> overrides) {
        return new KrakenConfig(baseUrl, mainnetConfirmed, tier, counterMargin, decayFactor, requestTimeoutMillis,
                pollMillis, fillOverlapMillis, maxSubmitAttempts, maxRetries, quoteAsset, overrides);
    }

    /** The REST call-counter budget this config implies. */
    public DecayingCounter newCallBudget() {
        return new DecayingCounter(tier.maxCounter() - counterMargin, tier.decayPerSecond() * decayFactor);
    }

    /** A per-pair trading-engine budget. */
    public DecayingCounter newOrderBudget() {
        return new DecayingCounter(tier.orderThreshold() - 2 * counterMargin, tier.orderDecay() * decayFactor);
    }

    private static boolean isKraken(String url) {
        String host = URI.create(url).getHost();
        return host != null && (host.toLowerCase(Locale.ROOT).equals("api.kraken.com")
                || host.toLowerCase(Locale.ROOT).endsWith(".kraken.com"));
    }
}
