package io.trader.smartmoney.core;

import io.trader.smartmoney.data.LeaderboardRow;
import io.trader.smartmoney.data.WalletPosition;
import io.trader.smartmoney.data.WalletState;
import io.trader.smartmoney.data.Window;
import io.trader.smartmoney.data.WindowStats;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builders of rows, positions and states for the core's tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** A valid address made from {@code n}: 0x followed by n in 40 hex digits. */
    static String address(long n) {
        return "0x" + String.format("%040x", n);
    }

    /** Window figures from strings: pnl, roi, volume. */
    static WindowStats stats(String pnl, String roi) {
        return new WindowStats(new BigDecimal(pnl), new BigDecimal(roi), new BigDecimal("1000000"));
    }

    /** A row with day, week, month and all-time figures as pnl/roi pairs (nulls leave a window out). */
    static LeaderboardRow row(String address, String accountValue, WindowStats day, WindowStats week,
                              WindowStats month, WindowStats allTime) {
        Map<Window, WindowStats> w = new EnumMap<>(Window.class);
        if (day != null) {
            w.put(Window.DAY, day);
        }
        if (week != null) {
            w.put(Window.WEEK, week);
        }
        if (month != null) {
            w.put(Window.MONTH, month);
        }
        if (allTime != null) {
            w.put(Window.ALL_TIME, allTime);
        }
        return new LeaderboardRow(address, new BigDecimal(accountValue), null, w);
    }

    /** A cross position of signed {@code size} valued at {@code mark}. */
    static WalletPosition pos(String coin, String size, String mark) {
        BigDecimal sz = new BigDecimal(size);
        BigDecimal value = sz.abs().multiply(new BigDecimal(mark));
        return new WalletPosition(coin, sz, new BigDecimal(mark), value, BigDecimal.ZERO, 10, false, null);
    }

    static WalletState state(String address, long time, WalletPosition... positions) {
        return WalletState.of(address, time, new BigDecimal("1000000"), List.of(positions));
    }

    static TraderWeight weight(String address, Tier tier, double composite) {
        return new TraderWeight(address, tier, 50 * composite, 1, 1, 1, 1, composite);
    }
}
