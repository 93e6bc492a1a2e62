package io.trader.fake.binance;

import java.math.BigDecimal;

/** One execution at the fake; commission is 0.1% of the received asset (Binance's base spot fee). */
record FakeTrade(String symbol, long id, long orderId, boolean buyer, BigDecimal price, BigDecimal qty,
                 BigDecimal quoteQty, BigDecimal commission, String commissionAsset, long time, boolean maker) {
}
