package io.trader.fake.kraken;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake's account and matching: one account's balances, its orders and trades, and a scripted price per pair.
 * A marketable order fills at the scripted price (taker, 0.40 % fee in quote); a resting limit fills at its limit
 * when the scripted price crosses it (maker, 0.25 %). Post-only orders that would take are cancelled
 * ({@code Post only order}); the unfilled rest of IOC orders is cancelled. Thread-safe (one lock).
 */
final class FakeMarket {

    static final BigDecimal TAKER = new BigDecimal("0.0040");
    static final BigDecimal MAKER = new BigDecimal("0.0025");

    static final class Order {
        final String txid;
        final String clOrdId;
        final long userref;
        final FakePairs.Pair pair;
        final String side;
        final String type;
        final BigDecimal price;
        final BigDecimal volume;
        final String oflags;
        final boolean ioc;
        final BigDecimal openTime;
        BigDecimal volExec = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal fee = BigDecimal.ZERO;
        String status = "open";
        BigDecimal closeTime;
        String reason;

        Order(String txid, String clOrdId, long userref, FakePairs.Pair pair, String side, String type,
              BigDecimal price, BigDecimal volume, String oflags, boolean ioc, BigDecimal openTime) {
            this.txid = txid;
            this.clOrdId = clOrdId;
            this.userref = userref;
            this.pair = pair;
            this.side = side;
            this.type = type;
            this.price = price;
            this.volume = volume;
            this.oflags = oflags;
            this.ioc = ioc;
            this.openTime = openTime;
        }

        BigDecimal remaining() {
            return volume.subtract(volExec);
        }
    }

    record Trade(String id, Order order, BigDecimal time, BigDecimal price, BigDecimal volume, BigDecimal cost,
                 BigDecimal fee, boolean maker, long tradeId) {
    }

    private final Map<String, BigDecimal> balances = new LinkedHashMap<>();
    private final Map<String, BigDecimal> prices = new HashMap<>();
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final List<Trade> trades = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(1);
    private long lastMicros;

    FakeMarket() {
        prices.put("XBTUSDT", new BigDecimal("100000.0"));
        prices.put("ETHUSDT", new BigDecimal("4000.00"));
    }

    synchronized void setBalance(String asset, BigDecimal amount) {
        balances.put(asset, amount);
    }

    synchronized Map<String, BigDecimal> balances() {
        return new LinkedHashMap<>(balances);
    }

    synchronized BigDecimal price(String pair) {
        return prices.get(pair);
    }

    /** Sets the scripted price and fills the resting orders it crosses, up to {@code maxVolume} each (null: all). */
    synchronized void setPrice(String pair, BigDecimal price, BigDecimal maxVolume) {
        prices.put(pair, price);
        for (Order o : List.copyOf(orders.values())) {
            if (o.status.equals("open") && o.pair.name().equals(pair) && crosses(o, price)) {
                BigDecimal vol = maxVolume == null ? o.remaining() : o.remaining().min(maxVolume);
                fill(o, o.price, vol, true);
            }
        }
    }

    private static boolean crosses(Order o, BigDecimal price) {
        if (o.type.equals("market")) {
            return true;
        }
        return o.side.equals("buy") ? price.compareTo(o.price) <= 0 : price.compareTo(o.price) >= 0;
    }

    /** Places an order; the Kraken error string, or {@code null} with the order in {@code out[0]}. */
    synchronized String add(Map<String, String> f, Order[] out) {
        FakePairs.Pair pair = FakePairs.find(f.get("pair"));
        if (pair == null) {
            return "EQuery:Unknown asset pair";
        }
        String side = f.get("type");
        String type = f.get("ordertype");
        if (!("buy".equals(side) || "sell".equals(side)) || !("limit".equals(type) || "market".equals(type))) {
            return "EGeneral:Invalid arguments";
        }
        BigDecimal vol;
        BigDecimal price = BigDecimal.ZERO;
        try {
            vol = new BigDecimal(f.get("volume"));
            if (type.equals("limit")) {
                price = new BigDecimal(f.get("price"));
            }
        } catch (RuntimeException e) {
            return "EGeneral:Invalid arguments";
        }
        if (vol.stripTrailingZeros().scale() > pair.lotDecimals()) {
            return "EGeneral:Invalid arguments:volume";
        }
        if (vol.compareTo(pair.orderMin()) < 0) {
            return "EOrder:Order minimum not met";
        }
        if (type.equals("limit") && (price.signum() <= 0 || price.remainder(pair.tickSize()).signum() != 0)) {
            return "EGeneral:Invalid arguments:price";
        }
        String clOrdId = f.get("cl_ord_id");
        if (clOrdId != null && orders.values().stream().anyMatch(o -> o.status.equals("open")
                && clOrdId.equals(o.clOrdId))) {
            return "EOrder:Duplicate cl_ord_id";
        }
        BigDecimal at = type.equals("market") ? prices.get(pair.name()) : price;
        if (side.equals("buy")) {
            BigDecimal need = at.multiply(vol).multiply(BigDecimal.ONE.add(TAKER)).add(held(pair.quote()));
            if (balance(pair.quote()).compareTo(need) < 0) {
                return "EOrder:Insufficient funds";
            }
        } else if (balance(pair.base()).subtract(held(pair.base())).compareTo(vol) < 0) {
            return "EOrder:Insufficient funds";
        }
        String oflags = f.getOrDefault("oflags", "");
        Order o = new Order(id("O"), clOrdId, parseLong(f.get("userref")), pair, side, type, price, vol, oflags,
                "IOC".equals(f.get("timeinforce")), now());
        orders.put(o.txid, o);
        BigDecimal market = prices.get(pair.name());
        if (crosses(o, market)) {
            if (oflags.contains("post")) {
                close(o, "canceled", "Post only order");
            } else {
                fill(o, market, o.remaining(), false);
            }
        }
        if (o.status.equals("open") && (o.ioc || o.type.equals("market"))) {
            close(o, "canceled", "Immediate or cancel");
        }
        out[0] = o;
        return null;
    }

    synchronized Order find(String id) {
        Order o = orders.get(id);
        if (o != null) {
            return o;
        }
        return orders.values().stream().filter(x -> id.equals(x.clOrdId) && x.status.equals("open")).findFirst()
                .orElse(null);
    }

    /** Cancels an open order; false when it is not open. */
    synchronized boolean cancel(String id) {
        Order o = find(id);
        if (o == null || !o.status.equals("open")) {
            return false;
        }
        close(o, "canceled", "User requested");
        return true;
    }

    synchronized List<Order> orders() {
        return List.copyOf(orders.values());
    }

    synchronized List<Trade> trades() {
        return List.copyOf(trades);
    }

    synchronized BigDecimal balance(String asset) {
        return balances.getOrDefault(asset, BigDecimal.ZERO);
    }

    /** What open orders hold of {@code asset}. */
    synchronized BigDecimal held(String asset) {
        BigDecimal h = BigDecimal.ZERO;
        for (Order o : orders.values()) {
            if (!o.status.equals("open")) {
                continue;
            }
            if (o.side.equals("buy") && o.pair.quote().equals(asset)) {
                h = h.add(o.remaining().multiply(o.price));
            } else if (o.side.equals("sell") && o.pair.base().equals(asset)) {
                h = h.add(o.remaining());
            }
        }
        return h;
    }

    private void fill(Order o, BigDecimal price, BigDecimal vol, boolean maker) {
        if (vol.signum() <= 0) {
            return;
        }
        BigDecimal cost = price.multiply(vol).setScale(o.pair.costDecimals(), RoundingMode.HALF_UP);
        BigDecimal fee = cost.multiply(maker ? MAKER : TAKER).setScale(o.pair.costDecimals(), RoundingMode.HALF_UP);
        o.volExec = o.volExec.add(vol);
        o.cost = o.cost.add(cost);
        o.fee = o.fee.add(fee);
        String base = o.pair.base();
        String quote = o.pair.quote();
        if (o.side.equals("buy")) {
            balances.put(base, balance(base).add(vol));
            balances.put(quote, balance(quote).subtract(cost).subtract(fee));
        } else {
            balances.put(base, balance(base).subtract(vol));
            balances.put(quote, balance(quote).add(cost).subtract(fee));
        }
        trades.add(new Trade(id("T"), o, now(), price, vol, cost, fee, maker, ids.getAndIncrement()));
        if (o.remaining().signum() == 0) {
            close(o, "closed", null);
        }
    }

    private void close(Order o, String status, String reason) {
        o.status = status;
        o.reason = reason;
        o.closeTime = now();
    }

    /** Venue time, seconds with microseconds, strictly increasing. */
    private BigDecimal now() {
        long micros = Math.max(lastMicros + 1, System.currentTimeMillis() * 1000);
        lastMicros = micros;
        return BigDecimal.valueOf(micros, 6);
    }

    private String id(String prefix) {
        String s = String.format("%017d", ids.getAndIncrement() * 7919L % 100_000_000_000_000_000L);
        StringBuilder sb = new StringBuilder(prefix);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        long v = Long.parseLong(s) ^ 0x5DEECE66DL;
        for (int i = 0; i < 16; i++) {
            if (i == 5 || i == 10) {
                sb.append('-');
            }
            sb.append(alphabet.charAt((int) (v & 31)));
            v >>>= 5;
            if (v == 0) {
                v = ids.get() * 31 + i;
            }
        }
        return sb.toString();
    }

    private static long parseLong(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
