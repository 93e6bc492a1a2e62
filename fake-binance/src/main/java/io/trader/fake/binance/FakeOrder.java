package io.trader.fake.binance;

import java.math.BigDecimal;

/** An order at the fake (mutable, guarded by {@link FakeMatcher}'s lock). */
final class FakeOrder {

    final String symbol;
    final long orderId;
    final String clientOrderId;
    final String side;
    final String type;
    final String timeInForce;
    final BigDecimal price;
    final BigDecimal origQty;
    BigDecimal executedQty = BigDecimal.ZERO;
    BigDecimal cumQuote = BigDecimal.ZERO;
    String status = "NEW";
    final long time;
    long updateTime;

    FakeOrder(String symbol, long orderId, String clientOrderId, String side, String type, String timeInForce,
              BigDecimal price, BigDecimal origQty, long time) {
        this.symbol = symbol;
        this.orderId = orderId;
        this.clientOrderId = clientOrderId;
        this.side = side;
        this.type = type;
        this.timeInForce = timeInForce;
        this.price = price;
        this.origQty = origQty;
        this.time = time;
        this.updateTime = time;
    }

    boolean open() {
        return status.equals("NEW") || status.equals("PARTIALLY_FILLED");
    }

    BigDecimal remaining() {
        return origQty.subtract(executedQty);
    }

    boolean buy() {
        return side.equals("BUY");
    }
}
