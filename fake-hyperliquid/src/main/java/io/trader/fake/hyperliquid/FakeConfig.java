package io.trader.fake.hyperliquid;

import io.trader.fake.hyperliquid.smartmoney.SmartMoneyConfig;

import java.nio.file.Path;
import java.util.List;

/**
 * How a {@link FakeHyperliquid} starts. Immutable; start from {@link #defaults()} and change with the
 * {@code with...} methods.
 *
 * @param coins           market coins in asset-id order; {@code null} takes them from the cassettes' {@code meta}
 *                        and {@code allMids} when cassettes are loaded, else {@link #DEFAULT_COINS}
 * @param cassetteDir     folder of recorded {@code *.yaml} interactions, or {@code null} for none
 * @param bundledCassettes serve the recordings bundled in the fake's jar (see {@link #withBundledCassettes()}),
 *                        before those of {@code cassetteDir}
 * @param startTime       initial fake clock, epoch ms
 * @param rowCap          most rows per time-range response ({@code candleSnapshot}, {@code fundingHistory}); the
 *                        venue's is 500
 * @param candleHistory   newest candles available per coin and interval; the venue's is 5000
 * @param greeting        send {@code Websocket connection established.} to each new websocket, as the venue may
 * @param exchangeHandler answers {@code POST /exchange}
 * @param port            TCP port on {@code 127.0.0.1} for HTTP and websocket; 0 (the default) takes a free one
 * @param smartMoney      the smart-money data to serve ({@link SmartMoney}), or {@code null} for none
 * @param weightLimit     REST weight allowed per IP in any 60 s before 429s ({@link VenueWeights}; the venue's is
 *                        1200); 0 (the default) enforces nothing but still counts ({@link FakeHyperliquid#weightStats})
 */
public record FakeConfig(List<FakeCoin> coins, Path cassetteDir, boolean bundledCassettes, long startTime, int rowCap, int candleHistory,
                         boolean greeting, ExchangeHandler exchangeHandler, int port, SmartMoneyConfig smartMoney,
                         int weightLimit) {

    /** BTC, ETH, SOL and DYDX with the 2023 recorded szDecimals and mids. */
    public static final List<FakeCoin> DEFAULT_COINS = List.of(FakeCoin.of("BTC", 5, "30135.0"),
            FakeCoin.of("ETH", 4, "1903.95"), FakeCoin.of("SOL", 2, "26.516"), FakeCoin.of("DYDX", 1, "2.11305"));
    /** 2025-01-01T00:00:00Z. */
    public static final long DEFAULT_START = 1_735_689_600_000L;
    public static final int VENUE_ROW_CAP = 500;
    public static final int VENUE_CANDLE_HISTORY = 5000;

    public FakeConfig {
        coins = coins == null ? null : List.copyOf(coins);
        if (rowCap <= 0 || candleHistory <= 0) {
            throw new IllegalArgumentException("rowCap and candleHistory must be > 0");
        }
        if (exchangeHandler == null) {
            throw new IllegalArgumentException("exchangeHandler is required (use ExchangeHandler.NOT_SIMULATED)");
        }
        if (weightLimit < 0) {
            throw new IllegalArgumentException("weightLimit must be >= 0 (0: not enforced)");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535 (0: a free port)");
        }
    }

    /** Default coins, no cassettes, the venue's caps, greeting on, exchange not simulated. */
    public static FakeConfig defaults() {
        return new FakeConfig(null, null, false, DEFAULT_START, VENUE_ROW_CAP, VENUE_CANDLE_HISTORY, true,
                ExchangeHandler.NOT_SIMULATED, 0, null, 0);
    }

    public FakeConfig withCoins(List<FakeCoin> c) {
        return new FakeConfig(c, cassetteDir, bundledCassettes, startTime, rowCap, candleHistory, greeting,
                exchangeHandler, port, smartMoney, weightLimit);
    }

    public FakeConfig withCassettes(Path dir) {
        return new FakeConfig(coins, dir, bundledCassettes, startTime, rowCap, candleHistory, greeting,
                exchangeHandler, port, smartMoney, weightLimit);
    }

    /**
     * Serves the small set of real recordings bundled in the fake's jar: {@code meta} (28 assets), {@code allMids},
     * {@code l2Book} (DYDX), {@code candleSnapshot} (kPEPE 1h) and {@code fundingHistory} (BTC), recorded by the
     * official Python SDK's tests. Market coins then come from that {@code meta}.
     */
    public FakeConfig withBundledCassettes() {
        return new FakeConfig(coins, cassetteDir, true, startTime, rowCap, candleHistory, greeting,
                exchangeHandler, port, smartMoney, weightLimit);
    }

    public FakeConfig withStartTime(long millis) {
        return new FakeConfig(coins, cassetteDir, bundledCassettes, millis, rowCap, candleHistory, greeting,
                exchangeHandler, port, smartMoney, weightLimit);
    }

    public FakeConfig withRowCap(int cap) {
        return new FakeConfig(coins, cassetteDir, bundledCassettes, startTime, cap, candleHistory, greeting,
                exchangeHandler, port, smartMoney, weightLimit);
    }

    public FakeConfig withCandleHistory(int candles) {
        return new FakeConfig(coins, cassetteDir, bundledCassettes, startTime, rowCap, candles, greeting,
                exchangeHandler, port, smartMoney, weightLimit);
    }

    public FakeConfig withGreeting(boolean send) {
        return new FakeConfig(coins, cassetteDir, bundledCassettes, startTime, rowCap, candleHistory, send,
                exchangeHandler, port, smartMoney, weightLimit);
    }

    public FakeConfig withExchangeHandler(ExchangeHandler h) {
        return new FakeConfig(coins, cassetteDir, bundledCassettes, startTime, rowCap, candleHistory, greeting, h, port,
                smartMoney, weightLimit);
    }

    /** Listens on {@code p} (0: a free port, see {@link FakeHyperliquid#port()}). */
    public FakeConfig withPort(int p) {
        return new FakeConfig(coins, cassetteDir, bundledCassettes, startTime, rowCap, candleHistory, greeting,
                exchangeHandler, p, smartMoney, weightLimit);
    }

    /**
     * Serves the smart-money data of {@code sm} ({@link SmartMoney}); also enforces the venue's 1200 weight per IP
     * per minute unless a limit was set ({@link #withWeightLimit}, which may follow to change it; 0 turns it off).
     */
    public FakeConfig withSmartMoney(SmartMoneyConfig sm) {
        return new FakeConfig(coins, cassetteDir, bundledCassettes, startTime, rowCap, candleHistory, greeting,
                exchangeHandler, port, sm, weightLimit == 0 ? WeightBudget.VENUE_LIMIT : weightLimit);
    }

    /** Refuses REST requests with 429 past {@code perMinute} weight per IP in any 60 s (0: never). */
    public FakeConfig withWeightLimit(int perMinute) {
        return new FakeConfig(coins, cassetteDir, bundledCassettes, startTime, rowCap, candleHistory, greeting,
                exchangeHandler, port, smartMoney, perMinute);
    }
}
