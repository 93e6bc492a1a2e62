package io.trader.fake.hyperliquid.smartmoney;

import java.math.BigDecimal;
import java.util.List;

/**
 * One generated leaderboard row: who, how big, and how it did over the four windows.
 *
 * @param address      lower-case {@code 0x} + 40 hex
 * @param accountValue USD
 * @param displayName  the row's display name, or {@code null}
 * @param kind         smart wallet, vault, HLP or noise
 * @param windows      day, week, month, allTime, in that order
 */
public record WalletProfile(String address, BigDecimal accountValue, String displayName, Kind kind,
                            List<WindowPerf> windows) {

    /** What the row stands for. */
    public enum Kind { SMART, VAULT, HLP, NOISE }

    /** The venue's window names, in its order. */
    public static final List<String> WINDOWS = List.of("day", "week", "month", "allTime");

    /** One window's performance; {@code roi} has the sign of {@code pnl}, {@code vlm} is at least 0. */
    public record WindowPerf(String window, BigDecimal pnl, BigDecimal roi, BigDecimal vlm) {
    }

    public WalletProfile {
        windows = List.copyOf(windows);
    }
}
