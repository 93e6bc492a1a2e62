package io.trader.app.smartmoney;

import io.trader.smartmoney.core.AlertPriority;
import io.trader.smartmoney.core.AlertType;
import io.trader.smartmoney.core.CoinBias;
import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.TraderWeight;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.core.WhaleAlert;
import io.trader.smartmoney.data.LeaderboardRow;
import io.trader.smartmoney.data.WalletPosition;
import io.trader.smartmoney.data.WalletState;
import io.trader.smartmoney.data.Window;
import io.trader.smartmoney.data.WindowStats;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Hand-made smart-money records for the app's tests (the shapes the feed and the core produce). */
public final class SmartMoneySamples {

    /** 2024-01-01T00:00:00Z. */
    public static final long T0 = 1_704_067_200_000L;

    private SmartMoneySamples() {
    }

    /** The wallet address {@code 0x} + 40 hex digits ending in {@code n}. */
    public static String address(int n) {
        return String.format("0x%040x", n);
    }

    public static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** A leaderboard row with every window, its figures beyond what a double holds. */
    public static LeaderboardRow row(int n, String accountValue) {
        Map<Window, WindowStats> w = new EnumMap<>(Window.class);
        w.put(Window.DAY, new WindowStats(d("1234.560000000000000001"), d("0.0123456789012345678901"), d("98765.4")));
        w.put(Window.WEEK, new WindowStats(d("-88.10"), d("-0.0010"), d("0")));
        w.put(Window.MONTH, new WindowStats(d("5000000.25"), d("0.35"), d("123456789.123456789")));
        w.put(Window.ALL_TIME, new WindowStats(d("9000000"), d("2.5"), d("999999999999.99")));
        return new LeaderboardRow(address(n), d(accountValue), n % 2 == 0 ? "trader " + n : null, w);
    }

    public static TrackedWallet tracked(int n, Tier tier, double score, String accountValue) {
        return new TrackedWallet(row(n, accountValue), tier, score);
    }

    public static TraderWeight weight(int n, Tier tier, double composite) {
        return new TraderWeight(address(n), tier, 80, 0.9, 2.5, 1.1, 1.0, composite);
    }

    public static WalletPosition position(String coin, String size, String entry, String value) {
        return new WalletPosition(coin, d(size), d(entry), d(value), d("-12.3400"), 20, false, d("65000.5"));
    }

    public static WalletState state(int n, long time, String accountValue, WalletPosition... positions) {
        return WalletState.of(address(n), time, d(accountValue), List.of(positions));
    }

    public static WhaleAlert alert(String id, long time, String coin, AlertType type, AlertPriority priority) {
        return new WhaleAlert(id, time, address(1), Tier.WHALE, coin, type, priority, d("0"), d("12.50000"),
                d("1319429.0000"), d("105554.32"), "0x00… (tier 1) opened " + coin + " long 12.5 ($1.3M)");
    }

    public static CoinBias bias(String coin, long time, double bias) {
        return new CoinBias(coin, time, bias, d("1234567.890123456789"), d("2000000.5"), d("765432.609876543211"),
                0.8, -0.2, 0.4, 0.3, 0.75, 12, 300, 290);
    }
}
