package io.trader.venue.binance;

import java.math.BigDecimal;
import java.util.List;

/** The wire DTOs of Binance spot the adapter reads, as exact decimals; none of them leaves the venue module. */
public final class BinanceWire {

    private BinanceWire() {
    }

    /**
     * An order as {@code POST/GET/DELETE /api/v3/order} and {@code openOrders} return it.
     *
     * @param clientOrderId the venue client id ({@code newClientOrderId} we sent)
     * @param status        NEW, PARTIALLY_FILLED, FILLED, CANCELED, PENDING_CANCEL, REJECTED, EXPIRED,
     *                      EXPIRED_IN_MATCH
     * @param fills         the trades of a FULL new-order response (empty otherwise)
     */
    public record Order(String symbol, long orderId, String clientOrderId, String status, String side, String type,
                        String timeInForce, BigDecimal price, BigDecimal origQty, BigDecimal executedQty,
                        BigDecimal cummulativeQuoteQty, long time, List<Trade> fills) {
        public Order {
            fills = List.copyOf(fills);
        }
    }

    /**
     * One own trade ({@code myTrades}, a FULL response's fill, or an executionReport TRADE).
     *
     * @param commission      fee charged, in {@code commissionAsset}
     */
    public record Trade(String symbol, long tradeId, long orderId, BigDecimal price, BigDecimal qty,
                        BigDecimal commission, String commissionAsset, boolean maker, long time) {
    }

    /**
     * A user-data {@code executionReport}.
     *
     * @param clientOrderId the order's own client id ({@code C} on cancels, else {@code c})
     * @param execType      NEW, CANCELED, REPLACED, REJECTED, TRADE, EXPIRED, TRADE_PREVENTION
     * @param status        the order status after the event ({@code X})
     * @param rejectReason  {@code r}, NONE when none
     * @param trade         the execution when {@code execType} is TRADE, else null
     * @param cumQty        cumulative filled quantity ({@code z})
     */
    public record ExecutionReport(String symbol, String clientOrderId, long orderId, String side, String execType,
                                  String status, String rejectReason, BigDecimal cumQty, Trade trade, long eventTime) {
    }

    /** A balance of one asset: free and locked (in open orders). */
    public record Balance(BigDecimal free, BigDecimal locked) {
    }
}
