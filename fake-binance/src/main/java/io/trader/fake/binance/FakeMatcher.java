package io.trader.fake.binance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The fake's matching against a scripted last price: MARKET fills at last +/- the half spread; a LIMIT that crosses
 * fills at once (taker, at the quote), else rests and fills as maker at its price once the last price reaches it;
 * IOC expires the rest; a crossing LIMIT_MAKER is refused. Each taker order gets at most the symbol's taker depth.
 * Keeps orders, trades and balances (free and locked) and reports every change as an {@code executionReport}
 * event to the sink. Thread-safe (one lock).
 */
final class FakeMatcher {

    static final Pattern CLIENT_ID = Pattern.compile("^[.A-Z:/a-z0-9_-]{1,36}$");
    private static final BigDecimal FEE = new BigDecimal("0.001");

    private final Map<String, FakeSymbol> symbols = new LinkedHashMap<>();
    private final Map<String, BigDecimal> last = new LinkedHashMap<>();
    private final Map<Long, FakeOrder> orders = new LinkedHashMap<>();
    private final List<FakeTrade> trades = new ArrayList<>();
    private final FakeBalances balances = new FakeBalances();
    private final FakeReports reports;
    private long nextOrderId = 1;
    private long nextTradeId = 1;
    private Runnable beforeNextFill;

    FakeMatcher(List<FakeSymbol> list, Consumer<String> sink) {
        for (FakeSymbol s : list) {
            symbols.put(s.symbol(), s);
            last.put(s.symbol(), s.lastPrice());
            balances.credit(s.quoteAsset(), new BigDecimal("1000000"));
            balances.credit(s.baseAsset(), new BigDecimal("1000"));
        }
        this.reports = new FakeReports(sink);
    }

    synchronized Map<String, FakeSymbol> symbols() {
        return Map.copyOf(symbols);
    }

    synchronized BigDecimal last(String symbol) {
        return last.get(symbol);
    }

    /** Runs {@code hook} just before the next trade is reported (e.g. to drop the user stream mid-order). */
    synchronized void beforeNextFill(Runnable hook) {
        this.beforeNextFill = hook;
    }

    /** POST /api/v3/order: the FULL response, or a refusal. */
    synchronized Object newOrder(Map<String, String> p, long now) {
        FakeSymbol s = symbols.get(p.getOrDefault("symbol", ""));
        if (s == null) {
            return new FakeError(400, -1121, "Invalid symbol.");
        }
        String side = p.getOrDefault("side", "");
        String type = p.getOrDefault("type", "");
        if (!side.equals("BUY") && !side.equals("SELL")) {
            return new FakeError(400, -1102, "Mandatory parameter 'side' was not sent, was empty/null, or malformed.");
        }
        if (!List.of("MARKET", "LIMIT", "LIMIT_MAKER").contains(type)) {
            return new FakeError(400, -1116, "Invalid orderType.");
        }
        String cid = p.getOrDefault("newClientOrderId", "fake-" + nextOrderId);
        if (!CLIENT_ID.matcher(cid).matches()) {
            return new FakeError(400, -1100, "Illegal characters found in parameter 'newClientOrderId'; legal range is '^[\\.A-Z\\:/a-z0-9_-]{1,36}$'.");
        }
        BigDecimal qty;
        BigDecimal price = BigDecimal.ZERO;
        try {
            qty = new BigDecimal(p.getOrDefault("quantity", "0"));
            if (!type.equals("MARKET")) {
                price = new BigDecimal(p.getOrDefault("price", "0"));
            }
        } catch (NumberFormatException e) {
            return new FakeError(400, -1100, "Illegal characters found in a parameter.");
        }
        String tif = type.equals("LIMIT") ? p.getOrDefault("timeInForce", "") : type.equals("LIMIT_MAKER") ? "GTC" : "GTC";
        if (type.equals("LIMIT") && !List.of("GTC", "IOC", "FOK").contains(tif)) {
            return new FakeError(400, -1102, "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed.");
        }
        FakeError filter = filters(s, type, qty, price);
        if (filter != null) {
            return filter;
        }
        if (orders.values().stream().anyMatch(o -> o.open() && o.clientOrderId.equals(cid))) {
            return new FakeError(400, -2010, "Duplicate order sent.");
        }
        BigDecimal ask = last.get(s.symbol()).add(s.halfSpread());
        BigDecimal bid = last.get(s.symbol()).subtract(s.halfSpread());
        boolean buy = side.equals("BUY");
        boolean crosses = type.equals("MARKET") || (buy ? price.compareTo(ask) >= 0 : price.compareTo(bid) <= 0);
        if (type.equals("LIMIT_MAKER") && crosses) {
            return new FakeError(400, -2010, "Order would immediately match and take.");
        }
        BigDecimal needQuote = qty.multiply(type.equals("MARKET") || crosses ? (buy ? ask : price) : price);
        if (!(buy ? balances.canSpend(s.quoteAsset(), needQuote) : balances.canSpend(s.baseAsset(), qty))) {
            return new FakeError(400, -2010, "Account has insufficient balance for requested action.");
        }
        FakeOrder o = new FakeOrder(s.symbol(), nextOrderId++, cid, side, type, tif, price, qty, now);
        orders.put(o.orderId, o);
        reports.report(o, "NEW", null, now);
        List<FakeTrade> fills = new ArrayList<>();
        if (crosses) {
            BigDecimal q = qty.min(s.takerDepth());
            fills.add(trade(s, o, buy ? ask : bid, q, false, now));
            if (o.remaining().signum() > 0 && (type.equals("MARKET") || tif.equals("IOC"))) {
                o.status = "EXPIRED";
                reports.report(o, "EXPIRED", null, now);
            }
        }
        if (o.open()) {
            balances.lock(buy ? s.quoteAsset() : s.baseAsset(), buy ? o.remaining().multiply(price) : o.remaining());
        }
        return FakeJson.order(o, fills, true);
    }

    private static FakeError filters(FakeSymbol s, String type, BigDecimal qty, BigDecimal price) {
        if (qty.signum() <= 0 || qty.remainder(s.stepSize()).signum() != 0) {
            return new FakeError(400, -1013, "Filter failure: LOT_SIZE");
        }
        if (!type.equals("MARKET") && (price.signum() <= 0 || price.remainder(s.tickSize()).signum() != 0)) {
            return new FakeError(400, -1013, "Filter failure: PRICE_FILTER");
        }
        if (!type.equals("MARKET") && price.multiply(qty).compareTo(s.minNotional()) < 0) {
            return new FakeError(400, -1013, "Filter failure: NOTIONAL");
        }
        return null;
    }

    private FakeTrade trade(FakeSymbol s, FakeOrder o, BigDecimal px, BigDecimal q, boolean maker, long now) {
        if (beforeNextFill != null) {
            Runnable hook = beforeNextFill;
            beforeNextFill = null;
            hook.run();
        }
        BigDecimal quote = px.multiply(q);
        boolean buy = o.buy();
        BigDecimal commission = (buy ? q : quote).multiply(FEE).setScale(8, RoundingMode.HALF_UP);
        String feeAsset = buy ? s.baseAsset() : s.quoteAsset();
        FakeTrade t = new FakeTrade(s.symbol(), nextTradeId++, o.orderId, buy, px, q, quote, commission, feeAsset,
                now, maker);
        trades.add(t);
        if (maker) {
            balances.unlock(buy ? s.quoteAsset() : s.baseAsset(), buy ? o.price.multiply(q) : q);
        }
        balances.credit(buy ? s.baseAsset() : s.quoteAsset(), (buy ? q : quote).subtract(commission));
        balances.credit(buy ? s.quoteAsset() : s.baseAsset(), (buy ? quote : q).negate());
        o.executedQty = o.executedQty.add(q);
        o.cumQuote = o.cumQuote.add(quote);
        o.status = o.remaining().signum() == 0 ? "FILLED" : "PARTIALLY_FILLED";
        o.updateTime = now;
        reports.report(o, "TRADE", t, now);
        return t;
    }

    /** Sets the last price and fills the resting orders it reaches (maker, at their limit price). */
    synchronized void setPrice(String symbol, BigDecimal price, long now) {
        FakeSymbol s = symbols.get(symbol);
        if (s == null) {
            throw new IllegalArgumentException("unknown symbol " + symbol);
        }
        last.put(symbol, price);
        for (FakeOrder o : List.copyOf(orders.values())) {
            if (o.open() && o.symbol.equals(symbol)
                    && (o.buy() ? price.compareTo(o.price) <= 0 : price.compareTo(o.price) >= 0)) {
                trade(s, o, o.price, o.remaining(), true, now);
            }
        }
    }

    /** DELETE /api/v3/order. */
    synchronized Object cancel(String symbol, String clientId, long orderId, long now) {
        FakeOrder o = find(symbol, clientId, orderId, true);
        if (o == null) {
            return new FakeError(400, -2011, "Unknown order sent.");
        }
        o.status = "CANCELED";
        o.updateTime = now;
        FakeSymbol s = symbols.get(o.symbol);
        balances.unlock(o.buy() ? s.quoteAsset() : s.baseAsset(), o.buy() ? o.remaining().multiply(o.price) : o.remaining());
        reports.report(o, "CANCELED", null, now);
        return FakeJson.cancelled(o);
    }

    /** GET /api/v3/order: the open order with that client id, else the latest one. */
    synchronized Object query(String symbol, String clientId, long orderId) {
        FakeOrder o = find(symbol, clientId, orderId, false);
        return o == null ? new FakeError(400, -2013, "Order does not exist.") : FakeJson.order(o, List.of(), false);
    }

    synchronized List<FakeOrder> open(String symbol) {
        return orders.values().stream().filter(FakeOrder::open).filter(o -> symbol == null || o.symbol.equals(symbol))
                .toList();
    }

    /** Every order the fake holds with that client id (for duplicate checks in tests). */
    synchronized List<FakeOrder> byClientId(String clientId) {
        return orders.values().stream().filter(o -> o.clientOrderId.equals(clientId)).toList();
    }

    synchronized List<FakeTrade> trades(String symbol, long orderId, long fromId, int limit) {
        return trades.stream().filter(t -> t.symbol().equals(symbol)).filter(t -> orderId < 0 || t.orderId() == orderId)
                .filter(t -> fromId < 0 || t.id() >= fromId).limit(limit).toList();
    }

    synchronized String accountJson(long now) {
        return FakeJson.account(balances.snapshot(), now);
    }

    private FakeOrder find(String symbol, String clientId, long orderId, boolean openOnly) {
        FakeOrder found = null;
        for (FakeOrder o : orders.values()) {
            if (!o.symbol.equals(symbol) || (openOnly && !o.open())) {
                continue;
            }
            if (orderId >= 0 ? o.orderId == orderId : o.clientOrderId.equals(clientId)) {
                if (found == null || !found.open()) {
                    found = o;
                }
            }
        }
        return found;
    }
}
