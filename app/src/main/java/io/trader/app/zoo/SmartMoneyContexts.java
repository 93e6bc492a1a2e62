package io.trader.app.zoo;

import io.trader.core.port.MarketContextSource;
import io.trader.layer0.core.aux.SmartMoneySeries;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The smart-money signal of each coin as auxiliary data of the instruments that trade it: the feed (or a replay of
 * recorded wallet states) appends each coin's bias as it is computed, and each instrument's context source reads the
 * point visible at its bar's close ({@link SmartMoneySeries}: never a later one, unknown once stale). BTC on
 * Hyperliquid ({@code BTC}), Binance ({@code BTCUSDT}), Kraken ({@code XBTUSDT}) and Coinbase ({@code BTC-USD}) all
 * read coin {@code BTC}.
 */
public final class SmartMoneyContexts {

    private static final String[] QUOTES = {"USDT", "USDC", "BUSD", "FDUSD", "USD", "PERP"};
    private final Map<String, SmartMoneySeries> byCoin = new ConcurrentHashMap<>();
    private final long maxAgeMs;
    private final int capacity;

    /**
     * @param maxAgeMs a coin's point older than this at a bar's close is unknown
     * @param capacity points kept per coin
     */
    public SmartMoneyContexts(long maxAgeMs, int capacity) {
        this.maxAgeMs = maxAgeMs;
        this.capacity = capacity;
    }

    /** Appends a coin's signal computed from wallet states read up to {@code time}; false when it was refused. */
    public boolean onBias(String coin, long time, double bias, double divergence, double confidence) {
        return series(coin).append(time, bias, divergence, confidence);
    }

    /** The series of {@code coin} (created empty on first use). */
    public SmartMoneySeries series(String coin) {
        return byCoin.computeIfAbsent(coin.toUpperCase(Locale.ROOT),
                c -> new SmartMoneySeries(c, maxAgeMs, capacity));
    }

    /** {@code base}, then the smart-money point of the symbol's coin as of the bar's close. */
    public MarketContextSource wrap(String symbol, MarketContextSource base) {
        SmartMoneySeries s = series(coinOf(symbol));
        return (bar, context) -> {
            base.fill(bar, context);
            s.fill(bar.closeTime(), context);
        };
    }

    /**
     * The coin an instrument symbol trades: the base asset, without a venue prefix, a quote currency or a separator,
     * Kraken's {@code XBT} read as {@code BTC}.
     */
    public static String coinOf(String symbol) {
        String s = symbol.toUpperCase(Locale.ROOT);
        int colon = s.indexOf(':');
        if (colon >= 0) {
            s = s.substring(colon + 1);
        }
        for (char sep : new char[]{'-', '/', '_'}) {
            int i = s.indexOf(sep);
            if (i > 0) {
                s = s.substring(0, i);
            }
        }
        for (String q : QUOTES) {
            if (s.length() > q.length() && s.endsWith(q)) {
                s = s.substring(0, s.length() - q.length());
                break;
            }
        }
        return "XBT".equals(s) ? "BTC" : s;
    }
}
