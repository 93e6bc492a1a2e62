package io.trader.smartmoney.data;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * One row of Hyperliquid's leaderboard ({@code stats-data.hyperliquid.xyz/Mainnet/leaderboard}).
 *
 * @param address      the wallet, lowercase {@code 0x} + 40 hex digits
 * @param accountValue account value in USD
 * @param displayName  the trader's chosen name, or null
 * @param windows      the windows the row has (a row may lack some)
 */
public record LeaderboardRow(String address, BigDecimal accountValue, String displayName,
                             Map<Window, WindowStats> windows) {

    public LeaderboardRow {
        if (address == null || !address.matches("0x[0-9a-f]{40}")) {
            throw new IllegalArgumentException("a wallet address is 0x and 40 lowercase hex digits: " + address);
        }
        if (accountValue == null) {
            throw new IllegalArgumentException("accountValue is required for " + address);
        }
        windows = windows.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(windows));
    }

    /** The window's figures, or null when the row lacks it. */
    public WindowStats window(Window w) {
        return windows.get(w);
    }
}
