package io.trader.venue.hyperliquid;

import io.trader.venue.hyperliquid.exec.Hex;
import io.trader.venue.hyperliquid.exec.HyperliquidRateLimitPolicy;
import io.trader.venue.hyperliquid.exec.Network;

import java.util.Locale;
import java.util.Map;

/**
 * How the Hyperliquid adapter connects and behaves. {@link #DEFAULT} is <b>testnet</b>; mainnet needs
 * {@code network = MAINNET} <i>and</i> {@code mainnetConfirmed = true} (what the app's {@code --mainnet} flag sets),
 * and the mainnet URL is refused unless both hold. No secret lives here: the key comes from
 * {@link HyperliquidKeyLoader}.
 *
 * @param baseUrl               REST base URL ({@code /exchange}, {@code /info}); {@code null} for the network's
 *                              default; any URL (e.g. a local fake) otherwise
 * @param network               what signatures are made for; default TESTNET
 * @param mainnetConfirmed      the explicit go-ahead for mainnet; default false
 * @param accountAddress        the account whose state is read (the master account when an API wallet signs);
 *                              {@code null}: the signer's own address
 * @param vaultAddress          vault or sub-account traded for (signed into every action), or {@code null}
 * @param slippageCapBps        a market order's IOC limit lies at most this far beyond the mid/last; default 50
 * @param deadManSeconds        {@code scheduleCancel} horizon (at least 5 s ahead, the venue's minimum, and beyond
 *                              the refresh period); 0 turns the dead-man switch off; default 30
 * @param deadManRefreshSeconds how often the dead-man switch is pushed forward while healthy; default 10
 * @param requestTimeoutMillis  per HTTP attempt; default 10000
 * @param fillGraceMillis       how long fill records and venue cancels may take to arrive over the user stream
 *                              before the adapter asks {@code orderStatus}/{@code userFills}; default 1500
 * @param maxSubmitAttempts     sends of one order when the venue never saw earlier ones (same cloid, fresh nonce);
 *                              default 3
 * @param actionsInFlight       {@code /exchange} actions sent at once; 1 (the default) sends them one after another,
 *                              each signed when it goes out, so nonces reach the venue in increasing order (required by
 *                              a strict nonce check; the venue itself tolerates reordering within its 100-nonce set)
 * @param rateLimit             weight budget and 429 backoff; default {@link HyperliquidRateLimitPolicy#DEFAULT}
 * @param coinOverrides         platform symbol to coin, for symbols the default rule ({@code BTCUSDT → BTC}) misses
 * @param takerFeeBps           fee assumed for fills synthesized from a response (4.5, the base tier)
 * @param makerFeeBps           fee assumed for synthesized maker fills (1.5)
 */
public record HyperliquidConfig(String baseUrl, Network network, boolean mainnetConfirmed, String accountAddress,
                                String vaultAddress, double slippageCapBps, int deadManSeconds,
                                int deadManRefreshSeconds, long requestTimeoutMillis, long fillGraceMillis,
                                int maxSubmitAttempts, int actionsInFlight, HyperliquidRateLimitPolicy rateLimit,
                                Map<String, String> coinOverrides, double takerFeeBps, double makerFeeBps) {

    public static final String MAINNET_URL = "https://api.hyperliquid.xyz";
    public static final String TESTNET_URL = "https://api.hyperliquid-testnet.xyz";

    /** Testnet, signer's own account, no vault, 50 bps cap, dead-man 30 s refreshed every 10 s. */
    public static final HyperliquidConfig DEFAULT = new HyperliquidConfig(null, Network.TESTNET, false, null, null,
            50, 30, 10, 10_000, 1_500, 3, 1, HyperliquidRateLimitPolicy.DEFAULT, Map.of(), 4.5, 1.5);

    public HyperliquidConfig {
        if (network == null) {
            throw new IllegalArgumentException("network is required");
        }
        if (network == Network.MAINNET && !mainnetConfirmed) {
            throw new IllegalArgumentException("mainnet trading needs an explicit confirmation (--mainnet)");
        }
        baseUrl = baseUrl == null ? (network == Network.MAINNET ? MAINNET_URL : TESTNET_URL) : trimSlash(baseUrl);
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("baseUrl must be http(s): " + baseUrl);
        }
        if (baseUrl.toLowerCase(Locale.ROOT).startsWith(MAINNET_URL) && network != Network.MAINNET) {
            throw new IllegalArgumentException("the mainnet URL needs network MAINNET and --mainnet");
        }
        accountAddress = accountAddress == null ? null : Hex.address(accountAddress);
        vaultAddress = vaultAddress == null ? null : Hex.address(vaultAddress);
        if (!(slippageCapBps > 0 && slippageCapBps < 10_000)) {
            throw new IllegalArgumentException("slippageCapBps must be in (0, 10000)");
        }
        if (deadManSeconds != 0 && (deadManRefreshSeconds < 1 || deadManSeconds < 5
                || deadManSeconds <= deadManRefreshSeconds)) {
            throw new IllegalArgumentException("deadManSeconds must be 0 or at least 5 and above the refresh period");
        }
        if (requestTimeoutMillis < 1 || fillGraceMillis < 0 || maxSubmitAttempts < 1 || actionsInFlight < 1) {
            throw new IllegalArgumentException(
                    "requestTimeoutMillis, maxSubmitAttempts, actionsInFlight > 0 and fillGraceMillis >= 0");
        }
        if (rateLimit == null) {
            throw new IllegalArgumentException("rateLimit is required");
        }
        coinOverrides = coinOverrides == null ? Map.of() : Map.copyOf(coinOverrides);
        if (takerFeeBps < 0 || makerFeeBps < -10 || takerFeeBps > 100 || makerFeeBps > 100) {
            throw new IllegalArgumentException("fee bps out of range");
        }
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Testnet with everything else default. */
    public static HyperliquidConfig testnet() {
        return DEFAULT;
    }

    /** Mainnet; {@code confirmed} must be true (the app passes its {@code --mainnet} flag). */
    public static HyperliquidConfig mainnet(boolean confirmed) {
        return DEFAULT.with(null, Network.MAINNET, confirmed);
    }

    public String exchangeUrl() {
        return baseUrl + "/exchange";
    }

    public String infoUrl() {
        return baseUrl + "/info";
    }

    /** Another base URL (e.g. a local fake), same network. */
    public HyperliquidConfig withBaseUrl(String url) {
        return with(url, network, mainnetConfirmed);
    }

    private HyperliquidConfig with(String url, Network net, boolean confirmed) {
        return new HyperliquidConfig(url, net, confirmed, accountAddress, vaultAddress, slippageCapBps, deadManSeconds,
                deadManRefreshSeconds, requestTimeoutMillis, fillGraceMillis, maxSubmitAttempts, actionsInFlight,
                rateLimit, coinOverrides, takerFeeBps, makerFeeBps);
    }

    public HyperliquidConfig withAccount(String account, String vault) {
        return new HyperliquidConfig(baseUrl, network, mainnetConfirmed, account, vault, slippageCapBps,
                deadManSeconds, deadManRefreshSeconds, requestTimeoutMillis, fillGraceMillis, maxSubmitAttempts,
                actionsInFlight, rateLimit, coinOverrides, takerFeeBps, makerFeeBps);
    }

    public HyperliquidConfig withSlippageCapBps(double bps) {
        return new HyperliquidConfig(baseUrl, network, mainnetConfirmed, accountAddress, vaultAddress, bps,
                deadManSeconds, deadManRefreshSeconds, requestTimeoutMillis, fillGraceMillis, maxSubmitAttempts,
                actionsInFlight, rateLimit, coinOverrides, takerFeeBps, makerFeeBps);
    }

    public HyperliquidConfig withDeadMan(int seconds, int refreshSeconds) {
        return new HyperliquidConfig(baseUrl, network, mainnetConfirmed, accountAddress, vaultAddress, slippageCapBps,
                seconds, refreshSeconds, requestTimeoutMillis, fillGraceMillis, maxSubmitAttempts, actionsInFlight,
                rateLimit, coinOverrides, takerFeeBps, makerFeeBps);
    }

    public HyperliquidConfig withTimeouts(long requestMillis, long graceMillis) {
        return new HyperliquidConfig(baseUrl, network, mainnetConfirmed, accountAddress, vaultAddress, slippageCapBps,
                deadManSeconds, deadManRefreshSeconds, requestMillis, graceMillis, maxSubmitAttempts, actionsInFlight,
                rateLimit, coinOverrides, takerFeeBps, makerFeeBps);
    }

    public HyperliquidConfig withRateLimit(HyperliquidRateLimitPolicy policy, int submitAttempts) {
        return new HyperliquidConfig(baseUrl, network, mainnetConfirmed, accountAddress, vaultAddress, slippageCapBps,
                deadManSeconds, deadManRefreshSeconds, requestTimeoutMillis, fillGraceMillis, submitAttempts,
                actionsInFlight, policy, coinOverrides, takerFeeBps, makerFeeBps);
    }

    /** How many {@code /exchange} actions may be in flight at once (1: strictly ordered nonces). */
    public HyperliquidConfig withActionsInFlight(int n) {
        return new HyperliquidConfig(baseUrl, network, mainnetConfirmed, accountAddress, vaultAddress, slippageCapBps,
                deadManSeconds, deadManRefreshSeconds, requestTimeoutMillis, fillGraceMillis, maxSubmitAttempts, n,
                rateLimit, coinOverrides, takerFeeBps, makerFeeBps);
    }

    public HyperliquidConfig withCoinOverrides(Map<String, String> overrides) {
        return new HyperliquidConfig(baseUrl, network, mainnetConfirmed, accountAddress, vaultAddress, slippageCapBps,
                deadManSeconds, deadManRefreshSeconds, requestTimeoutMillis, fillGraceMillis, maxSubmitAttempts,
                actionsInFlight, rateLimit, overrides, takerFeeBps, makerFeeBps);
    }
}
