package io.trader.fake.hyperliquid;

import java.math.BigDecimal;

/** One order of the simulated account (resting, triggered or closed). Mutable; owned by {@link SimulatedAccount}. */
final class SimOrder {

    final long oid;
    final String coin;
    final int asset;
    final boolean buy;
    final BigDecimal limitPx;
    final BigDecimal origSz;
    BigDecimal sz;
    final boolean reduceOnly;
    /** {@code Gtc}, {@code Alo}, {@code Ioc}, or {@code null} for triggers. */
    final String tif;
    final String cloid;
    final long timestamp;
    /** Trigger orders: market execution, trigger price and kind ({@code tp}/{@code sl}); null otherwise. */
    final Boolean triggerMarket;
    final BigDecimal triggerPx;
    final String tpsl;
    String status = "open";
    long statusTimestamp;

    SimOrder(long oid, String coin, int asset, boolean buy, BigDecimal limitPx, BigDecimal sz, boolean reduceOnly,
             String tif, String cloid, long timestamp, Boolean triggerMarket, BigDecimal triggerPx, String tpsl) {
        this.oid = oid;
        this.coin = coin;
        this.asset = asset;
        this.buy = buy;
        this.limitPx = limitPx;
        this.origSz = sz;
        this.sz = sz;
        this.reduceOnly = reduceOnly;
        this.tif = tif;
        this.cloid = cloid;
        this.timestamp = timestamp;
        this.triggerMarket = triggerMarket;
        this.triggerPx = triggerPx;
        this.tpsl = tpsl;
        this.statusTimestamp = timestamp;
    }

    boolean isTrigger() {
        return triggerPx != null;
    }

    boolean open() {
        return status.equals("open") || status.equals("triggered");
    }

    BigDecimal filled() {
        return origSz.subtract(sz);
    }
}
