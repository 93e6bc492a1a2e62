package io.trader.layer5.core.divergence;

import java.util.List;
import java.util.Locale;

/**
 * Maps an instrument symbol to the venue-neutral asset the {@link FeedDivergenceBreaker} compares across venues,
 * e.g. {@code BTC} on Hyperliquid and {@code BTCUSDT} on Binance both to {@code BTC}. The mapping is explicit:
 * the shell passes the one it means to the gate and uses the same one for the quotes.
 */
@FunctionalInterface
public interface AssetMapper {

    /** Quote suffixes {@link #DEFAULT} strips, longest first where one ends another. */
    List<String> DEFAULT_SUFFIXES = List.of("PERP", "FDUSD", "BUSD", "USDT", "USDC", "USD", "EUR");

    /**
     * The default mapping, in this order: drop a venue prefix (lower-case letters, digits, {@code -} or
     * {@code _} before the first {@code :}, e.g. {@code binance:}); upper-case; then, as long as something is
     * left, drop a trailing separator ({@code - / _ :}) or one of {@link #DEFAULT_SUFFIXES}. So {@code BTCUSDT},
     * {@code binance:BTCUSDT}, {@code BTC-PERP}, {@code BTC/USDT:USDT}, {@code btc-usd} and {@code BTC} all map
     * to {@code BTC}; a symbol that is only a quote currency ({@code USDT}) maps to itself.
     *
     * <p>Caveat: {@code BTCEUR} also maps to {@code BTC}. Prices in different quote currencies differ by the
     * exchange rate, which the breaker would see as a divergence: feed quotes of one quote currency per asset, or
     * pass a mapper that keeps the currency (e.g. {@link #stripping} without {@code EUR}).
     */
    AssetMapper DEFAULT = stripping(DEFAULT_SUFFIXES);

    /** The asset of {@code symbol}; never null or blank for a non-blank symbol. */
    String assetOf(String symbol);

    /** The {@link #DEFAULT} rule with other quote suffixes (tried in the given order). */
    static AssetMapper stripping(List<String> suffixes) {
        List<String> upper = suffixes.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        return symbol -> {
            if (symbol == null || symbol.isBlank()) {
                throw new IllegalArgumentException("symbol must not be blank");
            }
            String s = symbol.strip();
            int colon = s.indexOf(':');
            if (colon > 0 && colon < s.length() - 1 && s.substring(0, colon).matches("[a-z0-9_-]+")) {
                s = s.substring(colon + 1);
            }
            s = s.toUpperCase(Locale.ROOT);
            boolean changed = true;
            while (changed) {
                changed = false;
                char last = s.charAt(s.length() - 1);
                if (s.length() > 1 && (last == '-' || last == '/' || last == '_' || last == ':')) {
                    s = s.substring(0, s.length() - 1);
                    changed = true;
                    continue;
                }
                for (String suffix : upper) {
                    if (s.length() > suffix.length() && s.endsWith(suffix)) {
                        s = s.substring(0, s.length() - suffix.length());
                        changed = true;
                        break;
                    }
                }
            }
            return s;
        };
    }
}
