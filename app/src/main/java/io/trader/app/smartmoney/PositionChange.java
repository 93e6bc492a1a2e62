package io.trader.app.smartmoney;

import io.trader.smartmoney.core.AlertType;
import io.trader.smartmoney.data.WalletPosition;
import io.trader.smartmoney.data.WalletState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A coin whose signed size differs between two consecutive stored states of a wallet: the raw position history the
 * signal can be replayed from (whale alerts are the filtered, thresholded view of the same moves).
 *
 * @param address the wallet
 * @param coin    the coin
 * @param time    the time of the newer state (epoch ms)
 * @param oldSize signed size before (0 when flat)
 * @param newSize signed size after (0 when flat)
 * @param type    ENTRY (flat before), EXIT (flat after), REVERSAL (sign flipped) or SIZE (any other size change: no
 *                threshold here, unlike the SIZE alert)
 */
public record PositionChange(String address, String coin, long time, BigDecimal oldSize, BigDecimal newSize,
                             AlertType type) {

    public PositionChange {
        if (address == null || coin == null || oldSize == null || newSize == null || type == null) {
            throw new IllegalArgumentException("every field of a position change is required");
        }
    }

    /** The type of a move from {@code oldSize} to {@code newSize}, or null when the size did not change. */
    public static AlertType typeOf(BigDecimal oldSize, BigDecimal newSize) {
        if (oldSize.compareTo(newSize) == 0) {
            return null;
        }
        if (oldSize.signum() == 0) {
            return AlertType.ENTRY;
        }
        if (newSize.signum() == 0) {
            return AlertType.EXIT;
        }
        return oldSize.signum() != newSize.signum() ? AlertType.REVERSAL : AlertType.SIZE;
    }

    /** The coins whose size differs from {@code before} to {@code after} (same wallet), sorted by coin. */
    public static List<PositionChange> between(WalletState before, WalletState after) {
        if (!before.address().equals(after.address())) {
            throw new IllegalArgumentException("states of two wallets: " + before.address() + ", " + after.address());
        }
        TreeSet<String> coins = new TreeSet<>(before.positions().keySet());
        coins.addAll(after.positions().keySet());
        List<PositionChange> out = new ArrayList<>();
        for (String coin : coins) {
            BigDecimal was = size(before.position(coin));
            BigDecimal now = size(after.position(coin));
            AlertType type = typeOf(was, now);
            if (type != null) {
                out.add(new PositionChange(after.address(), coin, after.time(), was, now, type));
            }
        }
        return out;
    }

    private static BigDecimal size(WalletPosition p) {
        return p == null ? BigDecimal.ZERO : p.size();
    }
}
