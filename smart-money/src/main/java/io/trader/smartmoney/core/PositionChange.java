package io.trader.smartmoney.core;

import java.math.BigDecimal;

/**
 * A coin whose size differs between two reads of a wallet (any difference, alert or not): what the store records so
 * the signal can be replayed and trader behaviour measured.
 *
 * @param time     the new read's time (epoch ms)
 * @param address  the wallet
 * @param coin     the coin
 * @param oldSize  signed size before (0 when flat)
 * @param newSize  signed size now (0 when flat)
 */
public record PositionChange(long time, String address, String coin, BigDecimal oldSize, BigDecimal newSize) {

    public PositionChange {
        if (address == null || coin == null || oldSize == null || newSize == null) {
            throw new IllegalArgumentException("every field of a position change is required");
        }
        if (oldSize.compareTo(newSize) == 0) {
            throw new IllegalArgumentException(address + " " + coin + ": the same size " + oldSize + " is no change");
        }
    }
}
