package io.trader.smartmoney.core;

import java.math.BigDecimal;

/**
 * A whale's move in one coin, seen between two reads of its account.
 *
 * @param id            stable id of this change ({@code address:coin:time}), the key alerts are deduplicated on
 * @param time          venue time of the read that showed the change (epoch ms)
 * @param address       the wallet
 * @param tier          the wallet's tier when the change was seen
 * @param coin          the coin
 * @param type          what changed
 * @param priority      how urgent
 * @param previousSize  signed size before (0 when flat)
 * @param newSize       signed size now (0 when flat)
 * @param notional      USD notional moved: |newSize - previousSize| x price
 * @param price         the price the notional is valued at (the position's mark, else its entry price)
 * @param detail        the alert in plain words, e.g. "0xab… (tier 1) reversed BTC long 12.5 -> short 3 ($1.2M)"
 */
public record WhaleAlert(String id, long time, String address, Tier tier, String coin, AlertType type,
                         AlertPriority priority, BigDecimal previousSize, BigDecimal newSize, BigDecimal notional,
                         BigDecimal price, String detail) {

    public WhaleAlert {
        if (id == null || address == null || tier == null || coin == null || type == null || priority == null
                || previousSize == null || newSize == null || notional == null || price == null || detail == null) {
            throw new IllegalArgumentException("every field of a whale alert is required");
        }
        if (notional.signum() < 0) {
            throw new IllegalArgumentException("notional must not be negative: " + notional);
        }
    }
}
