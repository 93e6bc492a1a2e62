package io.trader.smartmoney.core;

import java.math.BigDecimal;

/**
 * One point of a trader's recorded history: the account's equity at a time. A series of these is what
 * {@link TraderMetrics#fromHistory} reads once the recorder has stored a trader's snapshots.
 *
 * @param time  epoch ms
 * @param value account value (equity) in USD, exact as stored
 */
public record ValuePoint(long time, BigDecimal value) {

    public ValuePoint {
        if (value == null) {
            throw new IllegalArgumentException("a value point needs a value");
        }
    }
}
