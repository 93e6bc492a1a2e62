package io.trader.venue.binance;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.TimeInForce;

/** The query parameters of {@code POST /api/v3/order} for a platform order (before signing). Pure. */
public final class BinanceOrderParams {

    private BinanceOrderParams() {
    }

    /**
     * {@code symbol, side, type[, timeInForce], quantity[, price], newClientOrderId, newOrderRespType=FULL}: LIMIT
     * GTC/IOC as LIMIT with that timeInForce, POST_ONLY as LIMIT_MAKER, MARKET as MARKET; exact decimals.
     */
    public static String newOrder(OrderRequest r, String venueId) {
        StringBuilder b = new StringBuilder(160).append("symbol=").append(r.instrument().symbol())
                .append("&side=").append(r.side().name());
        if (r.type() == OrderType.MARKET) {
            b.append("&type=MARKET");
        } else if (r.timeInForce() == TimeInForce.POST_ONLY) {
            b.append("&type=LIMIT_MAKER");
        } else {
            b.append("&type=LIMIT&timeInForce=").append(r.timeInForce() == TimeInForce.IOC ? "IOC" : "GTC");
        }
        b.append("&quantity=").append(r.instrument().qtyDecimal(r.quantityLots()).toPlainString());
        if (r.type() == OrderType.LIMIT) {
            b.append("&price=").append(r.instrument().priceDecimal(r.limitTicks()).toPlainString());
        }
        return b.append("&newClientOrderId=").append(venueId).append("&newOrderRespType=FULL").toString();
    }
}
