package io.trader.venue.binance;

/**
 * Where and how the adapter talks to Binance spot. The spot testnet is the default; mainnet only when
 * {@code mainnet} is true. Holds no secret (the {@link BinanceSigner} does), so {@link #toString()} is safe to log.
 *
 * @param baseUrl              REST base, e.g. {@value #TESTNET_REST}
 * @param wsApiUrl             WebSocket API endpoint that carries the user-data stream
 *                             ({@code userDataStream.subscribe.signature}), e.g. {@value #TESTNET_WS_API}
 * @param streamUrl            market-data stream base, e.g. {@value #TESTNET_STREAM} (for the depth-book code)
 * @param mainnet              true only when trading real money on {@value #MAINNET_REST}
 * @param recvWindowMillis     {@code recvWindow} sent with every signed request (default 5000, at most 60000)
 * @param requestTimeoutMillis HTTP request timeout; a timed-out order is UNKNOWN and looked up before any resend
 * @param reconnectMinMillis   first user-stream reconnect delay (doubles up to {@code reconnectMaxMillis})
 * @param reconnectMaxMillis   largest user-stream reconnect delay
 */
public record BinanceConfig(String baseUrl, String wsApiUrl, String streamUrl, boolean mainnet, long recvWindowMillis,
                            long requestTimeoutMillis, long reconnectMinMillis, long reconnectMaxMillis) {

    public static final String TESTNET_REST = "https://testnet.binance.vision";
    public static final String TESTNET_WS_API = "wss://ws-api.testnet.binance.vision/ws-api/v3";
    public static final String TESTNET_STREAM = "wss://stream.testnet.binance.vision";
    public static final String MAINNET_REST = "https://api.binance.com";
    public static final String MAINNET_WS_API = "wss://ws-api.binance.com:443/ws-api/v3";
    public static final String MAINNET_STREAM = "wss://stream.binance.com:9443";
    /** Binance's default {@code recvWindow}. */
    public static final long DEFAULT_RECV_WINDOW = 5_000;

    public BinanceConfig {
        if (baseUrl == null || baseUrl.isBlank() || wsApiUrl == null || wsApiUrl.isBlank()) {
            throw new IllegalArgumentException("baseUrl and wsApiUrl are required");
        }
        if (recvWindowMillis < 1 || recvWindowMillis > 60_000) {
            throw new IllegalArgumentException("recvWindow must be 1..60000 ms: " + recvWindowMillis);
        }
        if (requestTimeoutMillis < 1 || reconnectMinMillis < 1 || reconnectMaxMillis < reconnectMinMillis) {
            throw new IllegalArgumentException("timeouts and reconnect delays must be positive and ordered");
        }
        boolean mainnetUrl = baseUrl.contains("api.binance.com") || wsApiUrl.contains("ws-api.binance.com");
        if (mainnetUrl && !mainnet) {
            throw new IllegalArgumentException("a mainnet URL needs the mainnet flag: " + baseUrl);
        }
        baseUrl = stripSlash(baseUrl);
    }

    /** The spot testnet (default). */
    public static BinanceConfig testnet() {
        return new BinanceConfig(TESTNET_REST, TESTNET_WS_API, TESTNET_STREAM, false, DEFAULT_RECV_WINDOW, 10_000,
                500, 30_000);
    }

    /** Mainnet (real money): only on an explicit flag ({@link #of}). */
    public static BinanceConfig production() {
        return new BinanceConfig(MAINNET_REST, MAINNET_WS_API, MAINNET_STREAM, true, DEFAULT_RECV_WINDOW, 10_000,
                500, 30_000);
    }

    /** Testnet or mainnet by the flag. */
    public static BinanceConfig of(boolean mainnet) {
        return mainnet ? production() : testnet();
    }

    /**
     * A local peer (the fake) at {@code baseUrl}: REST there, the WS-API at {@code ws://host:port/ws-api/v3}.
     * Short timeouts and reconnects suit tests.
     */
    public static BinanceConfig local(String baseUrl) {
        String b = stripSlash(baseUrl);
        String ws = b.replaceFirst("^http", "ws");
        return new BinanceConfig(b, ws + "/ws-api/v3", ws, false, DEFAULT_RECV_WINDOW, 3_000, 50, 1_000);
    }

    public BinanceConfig withRequestTimeout(long millis) {
        return new BinanceConfig(baseUrl, wsApiUrl, streamUrl, mainnet, recvWindowMillis, millis, reconnectMinMillis,
                reconnectMaxMillis);
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
