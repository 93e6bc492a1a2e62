package io.trader.fake.hyperliquid.smartmoney;

import java.math.BigDecimal;

/**
 * One entry of the ground-truth log: a wallet's position in one coin changed (or, for {@link ChangeType#MARK},
 * only the coin's mark did).
 *
 * @param seq     position in the log, from 1
 * @param time    the fake's clock, epoch ms
 * @param address lower-case wallet address
 * @param coin    the coin
 * @param oldSzi  signed size before (0 when there was no row)
 * @param newSzi  signed size after
 * @param type    what kind of change it is
 * @param scripted made by the script ({@code false}: an explicit move through the control API or Java)
 */
public record PositionChange(long seq, long time, String address, String coin, BigDecimal oldSzi, BigDecimal newSzi,
                             ChangeType type, boolean scripted) {
}
