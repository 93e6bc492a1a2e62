package io.trader.fake.binance;

import java.util.List;
import java.util.Map;

/**
 * How a {@link FakeBinance} starts.
 *
 * @param port       0 for an ephemeral port
 * @param keys       API key → secret of the accounts the fake knows (one account holds every key's orders)
 * @param symbols    listed symbols
 * @param limits     declared and enforced rate limits
 * @param banMillis  how long a 418 ban lasts (requests during a 429 back-off earn one)
 */
public record FakeBinanceConfig(int port, Map<String, String> keys, List<FakeSymbol> symbols, List<FakeLimit> limits,
                                long banMillis) {

    /** Binance spot's real limits. */
    public static final List<FakeLimit> SPOT_LIMITS = List.of(new FakeLimit("REQUEST_WEIGHT", "MINUTE", 1, 6000),
            new FakeLimit("ORDERS", "SECOND", 10, 100), new FakeLimit("ORDERS", "DAY", 1, 200_000));

    public FakeBinanceConfig {
        keys = Map.copyOf(keys);
        symbols = List.copyOf(symbols);
        limits = List.copyOf(limits);
    }

    /** BTCUSDT and ETHUSDT, spot limits, one key pair, a 2 s ban. */
    public static FakeBinanceConfig defaults(String apiKey, String secret) {
        return new FakeBinanceConfig(0, Map.of(apiKey, secret), List.of(FakeSymbol.btcusdt(), FakeSymbol.ethusdt()),
                SPOT_LIMITS, 2_000);
    }

    public FakeBinanceConfig withPort(int p) {
        return new FakeBinanceConfig(p, keys, symbols, limits, banMillis);
    }

    public FakeBinanceConfig withLimits(List<FakeLimit> l) {
        return new FakeBinanceConfig(port, keys, symbols, l, banMillis);
    }

    public FakeBinanceConfig withSymbols(List<FakeSymbol> s) {
        return new FakeBinanceConfig(port, keys, s, limits, banMillis);
    }
}
