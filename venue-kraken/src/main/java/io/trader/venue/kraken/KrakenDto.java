package io.trader.venue.kraken;

import java.math.BigDecimal;
import java.util.List;

/**
 * Kraken's REST answers as exact values: every decimal is the venue's string read as {@link BigDecimal} (never a
 * double), every venue time (seconds with a fraction) as epoch milliseconds, floored.
 */
public final class KrakenDto {

    private KrakenDto() {
    }

    /**
     * One tradable pair of {@code GET /0/public/AssetPairs}.
     *
     * @param name          the result key, e.g. {@code XXBTZUSD} or {@code XBTUSDT}
     * @param altname       e.g. {@code XBTUSDT}
     * @param wsname        e.g. {@code XBT/USDT}
     * @param base          base asset, e.g. {@code XXBT}
     * @param quote         quote asset, e.g. {@code USDT}
     * @param pairDecimals  price decimals
     * @param lotDecimals   volume decimals
     * @param costDecimals  cost decimals
     * @param orderMin      minimum volume
     * @param costMin       minimum cost (price x volume), {@code null} when not sent
     * @param tickSize      price increment, {@code null} when not sent (then {@code 10^-pairDecimals})
     * @param status        {@code online}, {@code cancel_only}, {@code post_only}, {@code limit_only},
     *                      {@code reduce_only}
     */
    public record Pair(String name, String altname, String wsname, String base, String quote, int pairDecimals,
                       int lotDecimals, int costDecimals, BigDecimal orderMin, BigDecimal costMin,
                       BigDecimal tickSize, String status) {

        /** The price increment: {@code tick_size}, else one unit of the last price decimal. */
        public BigDecimal tick() {
            return tickSize != null ? tickSize : BigDecimal.ONE.movePointLeft(pairDecimals);
        }
    }

    /**
     * One order of {@code OpenOrders}, {@code ClosedOrders} or {@code QueryOrders}.
     *
     * @param txid       Kraken's order id
     * @param clOrdId    the client order id sent, or {@code null}
     * @param userref    the user reference (0 when none)
     * @param status     {@code pending}, {@code open}, {@code closed}, {@code canceled}, {@code expired}
     * @param pair       {@code descr.pair} (the altname, e.g. {@code XBTUSDT})
     * @param side       {@code buy} or {@code sell}
     * @param orderType  {@code limit}, {@code market}, ...
     * @param limitPrice {@code descr.price} (0 for market orders)
     * @param volume     ordered volume
     * @param volumeExec executed volume
     * @param cost       executed cost (quote)
     * @param fee        fee paid (quote)
     * @param avgPrice   average execution price
     * @param oflags     order flags, e.g. {@code post,fciq}
     * @param openTime   open time (epoch ms)
     * @param closeTime  close time (epoch ms), 0 while open
     * @param reason     why it closed (e.g. {@code User requested}), or {@code null}
     */
    public record Order(String txid, String clOrdId, long userref, String status, String pair, String side,
                        String orderType, BigDecimal limitPrice, BigDecimal volume, BigDecimal volumeExec,
                        BigDecimal cost, BigDecimal fee, BigDecimal avgPrice, String oflags, long openTime,
                        long closeTime, String reason) {

        public boolean isOpen() {
            return "open".equals(status) || "pending".equals(status);
        }
    }

    /**
     * One own trade of {@code TradesHistory} (or {@code QueryTrades}).
     *
     * @param tradeId   the result key, e.g. {@code T7FJQW-EBPSX-R5RK3J}
     * @param orderTxid the order it belongs to
     * @param pair      the pair (altname or name)
     * @param time      execution time (epoch ms)
     * @param timeExact execution time as sent (seconds with fraction), for {@code start} cursors
     * @param side      {@code buy} or {@code sell}
     * @param price     execution price
     * @param cost      price x volume in quote
     * @param fee       fee in quote
     * @param volume    executed volume
     * @param maker     true when the order provided liquidity
     */
    public record Trade(String tradeId, String orderTxid, String pair, long time, BigDecimal timeExact, String side,
                        String orderType, BigDecimal price, BigDecimal cost, BigDecimal fee, BigDecimal volume,
                        boolean maker) {
    }

    /** One asset of {@code BalanceEx}: total balance and the part held by open orders. */
    public record BalanceEntry(String asset, BigDecimal balance, BigDecimal holdTrade) {

        public BigDecimal available() {
            return balance.subtract(holdTrade);
        }
    }

    /**
     * {@code TradeBalance}, in the requested asset.
     *
     * @param eb equivalent balance (all currencies)
     * @param tb trade balance (equity currencies)
     * @param m  margin used by open positions
     * @param n  unrealised net profit/loss of open positions
     * @param e  equity = tb + n
     * @param mf free margin = e - initial margin
     */
    public record TradeBalance(BigDecimal eb, BigDecimal tb, BigDecimal m, BigDecimal n, BigDecimal e,
                               BigDecimal mf) {
    }

    /** One asset of {@code GET /0/public/Assets}: its decimals as Kraken books them. */
    public record Asset(String name, String altname, int decimals, int displayDecimals, String status) {
    }

    /**
     * One entry of {@code Ledgers}.
     *
     * @param refid   the trade or funding id it books
     * @param type    {@code trade}, {@code deposit}, {@code withdrawal}, {@code rollover}, ...
     * @param amount  signed change of the asset
     * @param fee     fee charged in the asset
     * @param balance the asset's balance after it
     */
    public record LedgerEntry(String id, String refid, long time, String type, String asset, BigDecimal amount,
                              BigDecimal fee, BigDecimal balance) {
    }

    /** The answer to {@code AddOrder}: the new order's txids and Kraken's description of it. */
    public record AddOrderResult(List<String> txids, String description) {
        public AddOrderResult {
            txids = List.copyOf(txids);
        }
    }
}
