package io.trader.layer0.core;

import java.util.Locale;

/**
 * What a candle file's name says: the symbol and, when present, the interval token.
 * <ul>
 *   <li>{@code btcusdt-1m-binance-spot-20250520-20250818.csv.gz} &rarr; {@code BTCUSDT}, 1m</li>
 *   <li>{@code ETH_USDT-1m.csv} &rarr; {@code ETHUSDT}, 1m</li>
 *   <li>otherwise the upper-cased name up to the first {@code '-'} or {@code '.'}, with {@code _} and
 *       {@code /} removed</li>
 * </ul>
 */
public final class SourceNames {

    /** Symbol used when the name has nothing before its first '-' or '.'. */
    public static final String UNKNOWN = "UNKNOWN";

    private SourceNames() {
    }

    /** Symbol from a file name (no directories). */
    public static String symbolOf(String fileName) {
        int cut = fileName.length();
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (c == '-' || c == '.') {
                cut = i;
                break;
            }
        }
        StringBuilder sb = new StringBuilder(cut);
        for (int i = 0; i < cut; i++) {
            char c = fileName.charAt(i);
            if (c != '_' && c != '/' && !Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.isEmpty() ? UNKNOWN : sb.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * Interval in milliseconds from the first token like {@code 1m}, {@code 15m}, {@code 1h},
     * {@code 4h}, {@code 1d}, {@code 1w} or {@code 30s} between '-', '_' or '.'; 0 when there is none.
     */
    public static long intervalOf(String fileName) {
        int start = 0;
        for (int i = 0; i <= fileName.length(); i++) {
            if (i == fileName.length() || isSeparator(fileName.charAt(i))) {
                long ms = token(fileName, start, i);
                if (ms > 0) {
                    return ms;
                }
                start = i + 1;
            }
        }
        return 0;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == '.';
    }

    private static long token(String s, int from, int to) {
        if (to - from < 2 || to - from > 5) {
            return 0;
        }
        long n = 0;
        for (int i = from; i < to - 1; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            n = n * 10 + (c - '0');
        }
        long unit = switch (s.charAt(to - 1)) {
            case 's' -> 1_000L;
            case 'm' -> 60_000L;
            case 'h' -> 3_600_000L;
            case 'd' -> 86_400_000L;
            case 'w' -> 7 * 86_400_000L;
            default -> 0L;
        };
        return n * unit;
    }
}
