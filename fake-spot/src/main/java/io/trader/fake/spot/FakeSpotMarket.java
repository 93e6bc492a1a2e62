package io.trader.fake.spot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spot market behind the fake Bybit and the fake OKX (each server speaks its venue's protocol over it):
 * instruments, orders, executions, balances and a public trade tape, with scripted matching like fake-coinbase's.
 * An order that crosses the scripted price of its symbol when it arrives takes at that price (taker,
 * {@link #TAKER_FEE}); a resting limit order fills only when the test prints a trade through it ({@link #trade}), at
 * its limit (maker, {@link #MAKER_FEE}). IOC and market orders cancel what they could not take; a post-only order that
 * would take is accepted and cancelled at once (as the venue does). A market buy whose size is in the quote currency
 * (the venue's default for spot market buys) buys that much quote worth, rounded down to the quantity step.
 * Thread-safe (one lock); times are the host's wall clock, as on the venue.
 */
public final class FakeSpotMarket {

    public static final BigDecimal TAKER_FEE = new BigDecimal("0.001");
    public static final BigDecimal MAKER_FEE = new BigDecimal("0.0008");

    /** A tradable spot instrument as the venue lists it. */
    public record Product(String symbol, String base, String quote, BigDecimal tickSize, BigDecimal qtyStep,
                          BigDecimal minQty, boolean trading) {
    }

    /** Order lifecycle, mapped to the venue's own words by the server. */
    public enum Status { NEW, PARTIALLY_FILLED, FILLED, CANCELLED }

    /** Why an order was refused; the server answers the venue's code and message for it. */
    public enum Refusal { UNKNOWN_SYMBOL, QTY_TOO_SMALL, QTY_OFF_GRID, PRICE_OFF_GRID, INSUFFICIENT_FUNDS,
        DUPLICATE_CLIENT_ID, NO_PRICE }

    /** An order as the venue stores it; mutable only under the market's lock. */
    public static final class Order {
        public final String id;
        public final String clientId;
        public final String symbol;
        public final String side;
        public final String type;
        public final BigDecimal price;
        public final BigDecimal qty;
        public final boolean quoteSized;
        public final String timeInForce;
        public final boolean reduceOnly;
        public final long createdAt;
        public long updatedAt;
        public BigDecimal filled = BigDecimal.ZERO;
        public BigDecimal value = BigDecimal.ZERO;
        public BigDecimal fee = BigDecimal.ZERO;
        public Status status = Status.NEW;
        public String cancelReason = "";

        Order(String id, String clientId, String symbol, String side, String type, BigDecimal price, BigDecimal qty,
              boolean quoteSized, String timeInForce, boolean reduceOnly) {
            this.id = id;
            this.clientId = clientId == null ? "" : clientId;
            this.symbol = symbol;
            this.side = side;
            this.type = type;
            this.price = price;
            this.qty = qty;
            this.quoteSized = quoteSized;
            this.timeInForce = timeInForce;
            this.reduceOnly = reduceOnly;
            this.createdAt = System.currentTimeMillis();
            this.updatedAt = createdAt;
        }

        public boolean isOpen() {
            return status == Status.NEW || status == Status.PARTIALLY_FILLED;
        }

        public String id() {
            return id;
        }

        public String clientId() {
            return clientId;
        }

        public Status status() {
            return status;
        }

        public BigDecimal qty() {
            return qty;
        }

        public BigDecimal filled() {
            return filled;
        }

        public boolean quoteSized() {
            return quoteSized;
        }

        public BigDecimal avgPrice() {
            return filled.signum() == 0 ? null : value.divide(filled, 12, RoundingMode.HALF_EVEN).stripTrailingZeros();
        }

        public BigDecimal remaining() {
            return qty.subtract(filled);
        }
    }

    /** One execution of one of our orders. */
    public record Execution(String execId, String symbol, String orderId, String clientId, String side,
                            BigDecimal price, BigDecimal qty, BigDecimal fee, String feeCurrency, boolean maker,
                            long time) {
    }

    private final Map<String, Product> products = new LinkedHashMap<>();
    private final Map<String, BigDecimal> prices = new LinkedHashMap<>();
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final List<Execution> executions = new ArrayList<>();
    private final Map<String, BigDecimal> balances = new LinkedHashMap<>();
    private long nextOrderId = 1_900_000_000_001L;
    private long nextExecId = 5_000_001L;

    public FakeSpotMarket(List<Product> products) {
        products.forEach(p -> this.products.put(p.symbol(), p));
    }

    public synchronized List<Product> products() {
        return List.copyOf(products.values());
    }

    public synchronized Optional<Product> product(String symbol) {
        return Optional.ofNullable(products.get(symbol));
    }

    /** Sets the available balance of a coin (orders beyond it are refused for insufficient balance). */
    public synchronized void setBalance(String coin, BigDecimal amount) {
        balances.put(coin, amount);
    }

    public synchronized Map<String, BigDecimal> balances() {
        return Map.copyOf(balances);
    }

    /** Sets the price incoming marketable orders of {@code symbol} take at. */
    public synchronized void setPrice(String symbol, BigDecimal price) {
        prices.put(symbol, price);
    }

    /**
     * Places an order after the venue's checks; returns the order or the {@link Refusal}.
     *
     * @param type        {@code limit} or {@code market}
     * @param timeInForce {@code GTC}, {@code IOC}, {@code FOK} or {@code POST_ONLY} (ignored for market orders)
     * @param quoteSized  the size of a market buy is in the quote currency
     */
    public synchronized Object place(String clientId, String symbol, String side, String type, BigDecimal price,
                                     BigDecimal qty, String timeInForce, boolean quoteSized, boolean reduceOnly) {
        Product p = products.get(symbol);
        if (p == null || !p.trading()) {
            return Refusal.UNKNOWN_SYMBOL;
        }
        if (clientId != null && !clientId.isEmpty()
                && orders.values().stream().anyMatch(o -> clientId.equals(o.clientId))) {
            return Refusal.DUPLICATE_CLIENT_ID;
        }
        boolean limit = "limit".equals(type);
        boolean buy = "buy".equals(side);
        boolean inQuote = !limit && buy && quoteSized;
        if (qty == null || qty.signum() <= 0 || (!inQuote && qty.compareTo(p.minQty()) < 0)) {
            return Refusal.QTY_TOO_SMALL;
        }
        if (!inQuote && qty.remainder(p.qtyStep()).signum() != 0) {
            return Refusal.QTY_OFF_GRID;
        }
        if (limit && (price == null || price.signum() <= 0 || price.remainder(p.tickSize()).signum() != 0)) {
            return Refusal.PRICE_OFF_GRID;
        }
        BigDecimal market = prices.get(symbol);
        if (!limit && market == null) {
            return Refusal.NO_PRICE;
        }
        BigDecimal cost = buy ? (inQuote ? qty : qty.multiply(limit ? price : market)) : qty;
        if (balances.getOrDefault(buy ? p.quote() : p.base(), BigDecimal.ZERO).compareTo(cost) < 0) {
            return Refusal.INSUFFICIENT_FUNDS;
        }
        BigDecimal baseQty = inQuote
                ? qty.divide(market.multiply(p.qtyStep()), 0, RoundingMode.DOWN).multiply(p.qtyStep()) : qty;
        String tif = limit ? (timeInForce == null ? "GTC" : timeInForce) : "IOC";
        Order o = new Order(Long.toString(nextOrderId++), clientId, symbol, side, type, limit ? price : null, baseQty,
                inQuote, tif, reduceOnly);
        orders.put(o.id, o);
        boolean crosses = market != null && (!limit || (buy ? price.compareTo(market) >= 0
                : price.compareTo(market) <= 0));
        if (limit && "POST_ONLY".equals(tif) && crosses) {
            cancelled(o, "post-only order would take liquidity");
            return o;
        }
        if (crosses && o.remaining().signum() > 0) {
            execute(o, market, o.remaining(), false);
        }
        if (o.isOpen() && !"GTC".equals(tif) && !"POST_ONLY".equals(tif)) {
            cancelled(o, limit ? "IOC remainder" : "market remainder");
        }
        if (o.isOpen() && o.remaining().signum() == 0) {
            o.status = Status.FILLED;
        }
        return o;
    }

    /** A trade on the venue's public tape: every {@link #trade print}, every taker execution, {@link #print}. */
    public record PublicTrade(long tradeId, String product, BigDecimal price, BigDecimal size, String side,
                              long time) {
    }

    private static final int TAPE_SIZE = 10_000;
    private final java.util.ArrayDeque<PublicTrade> tape = new java.util.ArrayDeque<>();
    private long nextPublicTradeId = 1;

    /**
     * Puts a trade of others on the public tape at {@code timeMillis} (e.g. history for a warm-up) without matching
     * any order.
     */
    public synchronized void print(String product, BigDecimal price, BigDecimal size, String side, long timeMillis) {
        tape.addLast(new PublicTrade(nextPublicTradeId++, product, price, size, side, timeMillis));
        if (tape.size() > TAPE_SIZE) {
            tape.pollFirst();
        }
    }

    /** The public trades of {@code product}, newest first, as the venue lists them. */
    public synchronized List<PublicTrade> publicTrades(String product) {
        List<PublicTrade> out = new ArrayList<>();
        tape.descendingIterator().forEachRemaining(t -> {
            if (t.product().equals(product)) {
                out.add(t);
            }
        });
        return out;
    }

    /**
     * Prints a trade of {@code size} at {@code price}: resting orders it crosses fill at their limit, oldest first; it
     * goes on the public tape.
     */
    public synchronized int trade(String symbol, BigDecimal price, BigDecimal size) {
        print(symbol, price, size, "sell", System.currentTimeMillis());
        BigDecimal left = size;
        int touched = 0;
        for (Order o : List.copyOf(orders.values())) {
            if (left.signum() <= 0) {
                break;
            }
            boolean through = o.isOpen() && o.symbol.equals(symbol) && o.price != null
                    && ("buy".equals(o.side) ? price.compareTo(o.price) <= 0 : price.compareTo(o.price) >= 0);
            if (through) {
                BigDecimal q = left.min(o.remaining());
                execute(o, o.price, q, true);
                left = left.subtract(q);
                touched++;
            }
        }
        return touched;
    }

    private void execute(Order o, BigDecimal px, BigDecimal q, boolean maker) {
        if (!maker) {
            print(o.symbol, px, q, o.side, System.currentTimeMillis());
        }
        Product p = products.get(o.symbol);
        BigDecimal notional = px.multiply(q);
        boolean buy = "buy".equals(o.side);
        // spot fees are charged in what the order receives: base for buys, quote for sells
        BigDecimal rate = maker ? MAKER_FEE : TAKER_FEE;
        BigDecimal fee = (buy ? q : notional).multiply(rate).setScale(12, RoundingMode.HALF_UP).stripTrailingZeros();
        balances.merge(p.base(), buy ? q.subtract(fee) : q.negate(), BigDecimal::add);
        balances.merge(p.quote(), buy ? notional.negate() : notional.subtract(fee), BigDecimal::add);
        o.filled = o.filled.add(q);
        o.value = o.value.add(notional);
        o.fee = o.fee.add(fee);
        o.updatedAt = System.currentTimeMillis();
        o.status = o.remaining().signum() == 0 ? Status.FILLED : Status.PARTIALLY_FILLED;
        executions.add(new Execution(Long.toString(nextExecId++), o.symbol, o.id, o.clientId, o.side, px, q, fee,
                buy ? p.base() : p.quote(), maker, o.updatedAt));
    }

    private static void cancelled(Order o, String reason) {
        o.status = Status.CANCELLED;
        o.cancelReason = reason;
        o.updatedAt = System.currentTimeMillis();
    }

    /** Cancels an open order; false when it is unknown or already closed. */
    public synchronized boolean cancel(String orderId) {
        Order o = orders.get(orderId);
        if (o == null || !o.isOpen()) {
            return false;
        }
        cancelled(o, "cancelled by user");
        return true;
    }

    public synchronized Optional<Order> order(String id) {
        return Optional.ofNullable(orders.get(id));
    }

    public synchronized Optional<Order> orderByClientId(String clientId) {
        return orders.values().stream().filter(o -> o.clientId.equals(clientId)).findFirst();
    }

    public synchronized List<Order> openOrders(String symbol) {
        return orders.values().stream().filter(Order::isOpen)
                .filter(o -> symbol == null || o.symbol.equals(symbol)).toList();
    }

    /** Every order the venue holds, oldest first (tests count them, e.g. one order after a 5xx and a retry). */
    public synchronized List<Order> allOrders() {
        return List.copyOf(orders.values());
    }

    /** Executions of a symbol and/or order, newest first, as the venue lists them. */
    public synchronized List<Execution> executions(String symbol, String orderId) {
        List<Execution> out = new ArrayList<>();
        for (int i = executions.size() - 1; i >= 0; i--) {
            Execution e = executions.get(i);
            if ((symbol == null || e.symbol().equals(symbol)) && (orderId == null || e.orderId().equals(orderId))) {
                out.add(e);
            }
        }
        return out;
    }
}
