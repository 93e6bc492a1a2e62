package io.trader.smartmoney.analysis;

import io.trader.smartmoney.data.Window;
import io.trader.smartmoney.data.WindowStats;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What was known of a trader at one recorded leaderboard refresh: its row's figures and its behaviour measured from
 * the recorded position changes up to then (NaN when not enough history).
 *
 * @param address      the wallet
 * @param time         the refresh time (epoch ms)
 * @param accountValue account value in USD
 * @param windows      the leaderboard windows of the row
 * @param meanLeverage mean leverage of its positions seen so far
 * @param holdingHours median holding time of its closed positions, hours
 * @param tradesPerDay position changes per day seen so far
 */
public record TraderSnapshot(String address, long time, BigDecimal accountValue, Map<Window, WindowStats> windows,
                             double meanLeverage, double holdingHours, double tradesPerDay) {

    public TraderSnapshot {
        if (address == null || accountValue == null) {
            throw new IllegalArgumentException("address and accountValue are required");
        }
        windows = Map.copyOf(windows);
    }
}
