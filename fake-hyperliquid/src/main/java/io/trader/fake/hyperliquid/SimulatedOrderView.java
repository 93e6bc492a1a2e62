package io.trader.fake.hyperliquid;

import java.math.BigDecimal;

/**
 * A read-only copy of one order of a {@link SimulatedExchange}, for test assertions.
 *
 * @param oid        venue order id
 * @param coin       coin
 * @param buy        side
 * @param limitPx    limit price as received
 * @param size       remaining size
 * @param origSize   original size
 * @param cloid      client order id, or {@code null}
 * @param tif        {@code Gtc}/{@code Alo}/{@code Ioc}, or {@code null} for triggers
 * @param reduceOnly reduce-only
 * @param trigger    a tp/sl trigger order
 * @param status     venue status ({@code open}, {@code filled}, {@code canceled}, {@code scheduledCancel}, ...)
 */
public record SimulatedOrderView(long oid, String coin, boolean buy, BigDecimal limitPx, BigDecimal size,
                                 BigDecimal origSize, String cloid, String tif, boolean reduceOnly, boolean trigger,
                                 String status) {

    static SimulatedOrderView of(SimOrder o) {
        return new SimulatedOrderView(o.oid, o.coin, o.buy, o.limitPx, o.sz, o.origSz, o.cloid, o.tif, o.reduceOnly,
                o.isTrigger(), o.status);
    }

    public boolean open() {
        return status.equals("open") || status.equals("triggered");
    }
}
