package io.trader.venue.hyperliquid.stream;

import java.net.URI;

/**
 * Where a Hyperliquid API lives: {@code POST <base>/info}, {@code POST <base>/exchange} and the websocket at
 * {@code <base with ws scheme>/ws}.
 *
 * @param baseUrl {@code http(s)://host[:port]}, no trailing slash
 */
public record HyperliquidEndpoint(String baseUrl) {

    public static final HyperliquidEndpoint MAINNET = new HyperliquidEndpoint("https://api.hyperliquid.xyz");
    public static final HyperliquidEndpoint TESTNET = new HyperliquidEndpoint("https://api.hyperliquid-testnet.xyz");

    public HyperliquidEndpoint {
        if (baseUrl == null) {
            throw new IllegalArgumentException("baseUrl is required");
        }
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        URI u = URI.create(baseUrl);
        if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be http(s)://host[:port]: " + baseUrl);
        }
    }

    /** Any base URL, e.g. a local fake's {@code http://127.0.0.1:40123}. */
    public static HyperliquidEndpoint of(String baseUrl) {
        return new HyperliquidEndpoint(baseUrl);
    }

    public String infoUrl() {
        return baseUrl + "/info";
    }

    public String exchangeUrl() {
        return baseUrl + "/exchange";
    }

    /** The websocket URL, e.g. {@code wss://api.hyperliquid.xyz/ws}. */
    public String wsUrl() {
        return (ssl() ? "wss" : "ws") + baseUrl.substring(baseUrl.indexOf(':')) + "/ws";
    }

    public boolean ssl() {
        return baseUrl.startsWith("https:");
    }

    public String host() {
        return URI.create(baseUrl).getHost();
    }

    /** The port, defaulting to 443 / 80. */
    public int port() {
        int p = URI.create(baseUrl).getPort();
        return p > 0 ? p : ssl() ? 443 : 80;
    }
}
