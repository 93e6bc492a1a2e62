package io.trader.fake.coinbase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The fake's market: products, orders, fills and balances, with scripted matching. Orders that cross the scripted
 * price of their product when they arrive take at that price (taker, fee {@link #TAKER_FEE}); resting limit orders
 * fill only when the test prints a trade through them ({@link #trade}), at their limit (maker, fee
 * {@link #MAKER_FEE}). Thread-safe (one lock); times are the host's wall clock, as on the venue.
 */
public final class FakeCoinbaseMarket {

    public static final BigDecimal TAKER_FEE = new BigDecimal("0.006");
    public static final BigDecimal MAKER_FEE = new BigDecimal("0.004");

    /** A tradable product as the venue lists it. */
    public record Product(String id, String base, String quote, BigDecimal baseIncrement, BigDecimal quoteIncrement,
                          BigDecimal baseMinSize, boolean online) {
    }

    /** An order as the venue stores it; mutable only under the market's lock. */
    public static final class Order {
        final String id;
        final String clientOid;
        final String productId;
        final String side;
        final String type;
        final BigDecimal price;
        final BigDecimal size;
        final String timeInForce;
        final boolean postOnly;
        final Instant createdAt;
        BigDecimal filledSize = BigDecimal.ZERO;
        BigDecimal executedValue = BigDecimal.ZERO;
        BigDecimal fillFees = BigDecimal.ZERO;
        String status = "open";
        String doneReason;

        Order(String clientOid, String productId, String side, String type, BigDecimal price, BigDecimal size,
              String timeInForce, boolean postOnly) {
            this.id = UUID.randomUUID().toString();
            this.clientOid = clientOid;
            this.productId = productId;
            this.side = side;
            this.type = type;
            this.price = price;
            this.size = size;
            this.timeInForce = timeInForce;
            this.postOnly = postOnly;
            this.createdAt = Instant.now();
        }

        BigDecimal remaining() {
            return size.subtract(filledSize);
        }

        boolean isOpen() {
            return "open".equals(status);
        }

        public String id() {
            return id;
        }

        public String status() {
            return status;
        }

        public BigDecimal filledSize() {
            return filledSize;
        }
    }

    /** One execution of one of our orders (a Coinbase "fill"). */
    public record FillRecord(long tradeId, String productId, String orderId, BigDecimal price, BigDecimal size,
                             BigDecimal fee, String side, boolean maker, Instant createdAt) {
    }

    /** Why an order was refused: the HTTP status and the venue's message. */
    public record Refusal(int status, String message) {
    }

    private final Map<String, Product> products = new LinkedHashMap<>();
    private final Map<String, BigDecimal> prices = new LinkedHashMap<>();
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final List<FillRecord> fills = new ArrayList<>();
    private final Map<String, BigDecimal> balances = new LinkedHashMap<>();
    private long nextTradeId = 1000;

    public FakeCoinbaseMarket(List<Product> products) {
        products.forEach(p -> this.products.put(p.id(), p));
    }

    public synchronized List<Product> products() {
        return List.copyOf(products.values());
    }

    /** Sets the available balance of a currency (orders beyond it are refused "Insufficient funds"). */
    public synchronized void setBalance(String currency, BigDecimal amount) {
        balances.put(currency, amount);
    }

    public synchronized Map<String, BigDecimal> balances() {
        return Map.copyOf(balances);
    }

    /** Sets the price incoming marketable orders of {@code productId} take at. */
    public synchronized void setPrice(String productId, BigDecimal price) {
        prices.put(productId, price);
    }

    /**
     * Places an order after the venue's checks. Returns the order, or the refusal the venue would answer.
     * Post-only orders that would take are refused; IOC and market orders take what the scripted price allows and
     * the rest is cancelled.
     */
    public synchronized Object place(String clientOid, String productId, String side, String type, BigDecimal price,
                                     BigDecimal size, String timeInForce, boolean postOnly) {
        Product p = products.get(productId);
        if (p == null || !p.online()) {
            return new Refusal(400, "Invalid product_id");
        }
        if (size == null || size.signum() <= 0 || size.compareTo(p.baseMinSize()) < 0) {
            return new Refusal(400, "size is too small. Minimum size is " + p.baseMinSize().toPlainString());
        }
        if (!onGrid(size, p.baseIncrement())) {
            return new Refusal(400, "size is too accurate. Smallest unit is " + p.baseIncrement().toPlainString());
        }
        boolean limit = "limit".equals(type);
        if (limit && (price == null || price.signum() <= 0 || !onGrid(price, p.quoteIncrement()))) {
            return new Refusal(400, "price is too accurate. Smallest unit is " + p.quoteIncrement().toPlainString());
        }
        BigDecimal market = prices.get(productId);
        boolean crosses = market != null && (!limit || ("buy".equals(side)
                ? price.compareTo(market) >= 0 : price.compareTo(market) <= 0));
        if (limit && postOnly && crosses) {
            return new Refusal(400, "Post only mode: order would take liquidity");
        }
        if (!limit && market == null) {
            return new Refusal(400, "no market price for " + productId);
        }
        BigDecimal cost = "buy".equals(side) ? size.multiply(limit ? price : market) : size;
        String payCurrency = "buy".equals(side) ? p.quote() : p.base();
        if (balances.getOrDefault(payCurrency, BigDecimal.ZERO).compareTo(cost) < 0) {
            return new Refusal(400, "Insufficient funds");
        }
        Order o = new Order(clientOid, productId, side, type, limit ? price : null, size,
                limit ? (timeInForce == null ? "GTC" : timeInForce) : "IOC", postOnly);
        orders.put(o.id, o);
        if (crosses) {
            execute(o, market, o.remaining(), false);
        }
        if (o.isOpen() && (!limit || !"GTC".equals(o.timeInForce))) {
            done(o, "canceled");
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

    /** Prints a trade of {@code size} at {@code price}: resting orders it crosses fill at their limit, oldest first; it goes on the
     * public tape. */
    public synchronized int trade(String productId, BigDecimal price, BigDecimal size) {
        print(productId, price, size, "sell", System.currentTimeMillis());
        BigDecimal left = size;
        int touched = 0;
        for (Order o : List.copyOf(orders.values())) {
            if (left.signum() <= 0) {
                break;
            }
            boolean through = o.isOpen() && o.productId.equals(productId) && o.price != null
                    && ("buy".equals(o.side) ? price.compareTo(o.price) <= 0 : price.compareTo(o.price) >= 0);
            if (through) {
                BigDecimal qty = left.min(o.remaining());
                execute(o, o.price, qty, true);
                left = left.subtract(qty);
                touched++;
            }
        }
        return touched;
    }

    private void execute(Order o, BigDecimal px, BigDecimal qty, boolean maker) {
        if (!maker) {
            print(o.productId, px, qty, o.side, System.currentTimeMillis());
        }
        BigDecimal notional = px.multiply(qty);
        BigDecimal fee = notional.multiply(maker ? MAKER_FEE : TAKER_FEE).setScale(16, RoundingMode.HALF_UP);
        Product p = products.get(o.productId);
        int dir = "buy".equals(o.side) ? 1 : -1;
        balances.merge(p.base(), qty.multiply(BigDecimal.valueOf(dir)), BigDecimal::add);
        balances.merge(p.quote(), notional.multiply(BigDecimal.valueOf(-dir)).subtract(fee), BigDecimal::add);
        o.filledSize = o.filledSize.add(qty);
        o.executedValue = o.executedValue.add(notional);
        o.fillFees = o.fillFees.add(fee);
        fills.add(new FillRecord(nextTradeId++, o.productId, o.id, px, qty, fee, o.side, maker, Instant.now()));
        if (o.remaining().signum() == 0) {
            done(o, "filled");
        }
    }

    private static void done(Order o, String reason) {
        o.status = "done";
        o.doneReason = reason;
    }

    /** Cancels an open order; false when it is unknown or already done. */
    public synchronized boolean cancel(String orderId) {
        Order o = orders.get(orderId);
        if (o == null || !o.isOpen()) {
            return false;
        }
        done(o, "canceled");
        return true;
    }

    public synchronized Optional<Order> order(String id) {
        return Optional.ofNullable(orders.get(id));
    }

    public synchronized Optional<Order> orderByClientOid(String clientOid) {
        return orders.values().stream().filter(o -> clientOid.equals(o.clientOid)).findFirst();
    }

    public synchronized List<Order> openOrders(String productId) {
        return orders.values().stream().filter(Order::isOpen)
                .filter(o -> productId == null || o.productId.equals(productId)).toList();
    }

    /** Every order the venue holds (tests count them, e.g. one order after a 5xx and a retry). */
    public synchronized List<Order> allOrders() {
        return List.copyOf(orders.values());
    }

    /** Fills of a product and/or order, newest first, as the venue lists them. */
    public synchronized List<FillRecord> fills(String productId, String orderId) {
        List<FillRecord> out = new ArrayList<>();
        for (int i = fills.size() - 1; i >= 0; i--) {
            FillRecord f = fills.get(i);
            if ((productId == null || f.productId().equals(productId)) && (orderId == null || f.orderId().equals(orderId))) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean onGrid(BigDecimal v, BigDecimal increment) {
        return v.remainder(increment).signum() == 0;
    }
}
