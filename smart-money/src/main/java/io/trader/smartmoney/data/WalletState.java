package io.trader.smartmoney.data;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A wallet's perp account at one time: its account value and its open positions by coin (rows with {@code szi}
 * "0" are flat and are not positions).
 *
 * @param address      the wallet
 * @param time         the venue's time of the state (epoch ms; the time it was read when the venue sends none)
 * @param accountValue {@code marginSummary.accountValue} in USD
 * @param positions    open positions by coin
 */
public record WalletState(String address, long time, BigDecimal accountValue, Map<String, WalletPosition> positions) {

    public WalletState {
        if (address == null || accountValue == null) {
            throw new IllegalArgumentException("address and accountValue are required");
        }
        positions = Map.copyOf(positions);
    }

    /** A state of {@code positions}, keyed by their coins; throws when a coin appears twice. */
    public static WalletState of(String address, long time, BigDecimal accountValue,
                                 Collection<WalletPosition> positions) {
        Map<String, WalletPosition> byCoin = new LinkedHashMap<>();
        for (WalletPosition p : positions) {
            if (byCoin.put(p.coin(), p) != null) {
                throw new IllegalArgumentException(address + " holds " + p.coin() + " twice");
            }
        }
        return new WalletState(address, time, accountValue, byCoin);
    }

    /** The position in {@code coin}, or null when flat. */
    public WalletPosition position(String coin) {
        return positions.get(coin);
    }

    /** The coins held, sorted. */
    public List<String> coins() {
        return positions.keySet().stream().sorted().toList();
    }
}
