package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Order placement and matching of the simulated account against the fake market's book: the venue's checks
 * (tick and lot grid, minimum value, distance from the mid, reduce-only, margin, duplicate cloid), then Alo / Ioc /
 * Gtc against the opposite side of {@link FakeMarket#bookJson} (taker fills level by level at the level price; the
 * book is not depleted), resting orders filled as maker at their limit when the book trades through them, and
 * tp/sl triggers on the mid. Not thread-safe: {@link SimulatedExchange} guards it.
 */
final class SimMatcher {

    /** The status entry of one order and everything it changed. */
    record Result(ObjectNode status, List<ObjectNode> fills, List<SimOrder> changed) {
    }

    private static final BigDecimal MAX_DISTANCE = new BigDecimal("0.8");

    private final SimulatedAccount acct;
    private final SimulatedAccountConfig cfg;
    /** Fault: fraction of the available quantity crossing orders may take, applied to the next N of them. */
    BigDecimal partialFraction;
    int partialRemaining;

    SimMatcher(SimulatedAccount acct, SimulatedAccountConfig cfg) {
        this.acct = acct;
        this.cfg = cfg;
    }

    /**
     * Places one order wire {@code {a,b,p,s,r,t[,c]}}.
     *
     * @param replacing the order a modify replaces (its cloid may be reused), or {@code null}
     */
    Result place(JsonNode w, FakeMarket m, long now, SimOrder replacing) {
        int asset = w.path("a").asInt(-1);
        FakeCoin coin = m.coinOf(asset);
        if (coin == null) {
            return error("Order has invalid asset.");
        }
        String cloid = w.hasNonNull("c") ? w.get("c").asText().toLowerCase(java.util.Locale.ROOT) : null;
        if (cloid != null && acct.cloids.containsKey(cloid) && (replacing == null || !cloid.equals(replacing.cloid))) {
            return error("Duplicate cloid: an order with cloid " + cloid + " was placed already. asset=" + asset);
        }
        BigDecimal px;
        BigDecimal sz;
        try {
            px = new BigDecimal(w.path("p").asText());
            sz = new BigDecimal(w.path("s").asText());
        } catch (NumberFormatException e) {
            return error("Order has invalid price.");
        }
        boolean buy = w.path("b").asBoolean();
        boolean reduceOnly = w.path("r").asBoolean();
        String invalid = invalid(coin, asset, px, sz, m.mid(coin.name()), reduceOnly);
        if (invalid != null) {
            return error(invalid);
        }
        BigDecimal pos = acct.position(coin.name()).szi;
        if (reduceOnly && (pos.signum() == 0 || (buy == pos.signum() > 0) || sz.compareTo(pos.abs()) > 0)) {
            return error("Reduce only order would increase position. asset=" + asset);
        }
        if (!reduceOnly && px.multiply(sz).divide(BigDecimal.valueOf(acct.leverage(asset)), 6, RoundingMode.HALF_UP)
                .compareTo(acct.accountValue(m).subtract(acct.marginUsed(m))) > 0) {
            return error("Insufficient margin to place order. asset=" + asset);
        }
        JsonNode t = w.path("t");
        JsonNode trig = t.path("trigger");
        String tif = trig.isObject() ? null : t.path("limit").path("tif").asText("Gtc");
        SimOrder o = new SimOrder(++acct.nextOid, coin.name(), asset, buy, px, sz, reduceOnly, tif, cloid, now,
                trig.isObject() ? trig.path("isMarket").asBoolean() : null,
                trig.isObject() ? new BigDecimal(trig.path("triggerPx").asText()) : null,
                trig.isObject() ? trig.path("tpsl").asText() : null);
        List<List<FakeMarket.Level>> book = levels(m, coin.name());
        if ("Alo".equals(tif) && !crossing(book, buy, px).isEmpty()) {
            List<FakeMarket.Level> bids = book.get(0);
            List<FakeMarket.Level> asks = book.get(1);
            return error("Post only order would have immediately matched, bbo was "
                    + (bids.isEmpty() ? "-" : bids.get(0).px()) + "@" + (asks.isEmpty() ? "-" : asks.get(0).px())
                    + ". asset=" + asset);
        }
        acct.orders.put(o.oid, o);
        if (cloid != null) {
            acct.cloids.put(cloid, o.oid);
        }
        if (o.isTrigger()) {
            return resting(o, List.of());
        }
        return execute(o, book, now, m);
    }

    /** Crosses {@code o} with the book as taker, then rests, cancels or reports it by its tif. */
    private Result execute(SimOrder o, List<List<FakeMarket.Level>> book, long now, FakeMarket m) {
        int szDecimals = m.coin(o.coin).szDecimals();
        BigDecimal cap = o.sz;
        List<FakeMarket.Level> cross = crossing(book, o.buy, o.limitPx);
        if (!cross.isEmpty() && partialRemaining > 0) {
            partialRemaining--;
            cap = o.sz.multiply(partialFraction).setScale(szDecimals, RoundingMode.DOWN);
        }
        List<ObjectNode> fills = new ArrayList<>();
        BigDecimal notional = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (FakeMarket.Level l : cross) {
            BigDecimal take = new BigDecimal(l.sz()).min(cap.subtract(total));
            if (take.signum() <= 0) {
                break;
            }
            BigDecimal lpx = new BigDecimal(l.px());
            fills.add(acct.fill(o, lpx, take, true, cfg.takerFeeBps(), now));
            notional = notional.add(lpx.multiply(take));
            total = total.add(take);
        }
        if (total.signum() == 0 && "Ioc".equals(o.tif)) {
            acct.orders.remove(o.oid);
            if (o.cloid != null) {
                acct.cloids.remove(o.cloid);
            }
            acct.nextOid--;
            return error("Order could not immediately match against any resting orders. asset=" + o.asset);
        }
        boolean done = o.sz.signum() == 0;
        if (!done && !"Ioc".equals(o.tif)) {
            return resting(o, fills);
        }
        o.status = done ? "filled" : "canceled";
        o.statusTimestamp = now;
        ObjectNode st = SimulatedAccount.JSON.objectNode();
        st.putObject("filled").put("totalSz", SimulatedAccount.str(total)).put("avgPx", SimulatedAccount.str(
                notional.divide(total, MathContext.DECIMAL64).setScale(8, RoundingMode.HALF_EVEN))).put("oid", o.oid);
        return new Result(st, fills, List.of(o));
    }

    private static Result resting(SimOrder o, List<ObjectNode> fills) {
        ObjectNode st = SimulatedAccount.JSON.objectNode();
        st.putObject("resting").put("oid", o.oid);
        return new Result(st, fills, List.of(o));
    }

    /** Maker fills of resting orders the book trades through, and tp/sl triggers on the mid. */
    List<Result> matchResting(FakeMarket m, long now) {
        List<Result> out = new ArrayList<>();
        for (SimOrder o : acct.openOrders()) {
            if (o.isTrigger() && o.status.equals("open")) {
                if (triggered(o, m.mid(o.coin))) {
                    o.status = "triggered";
                    o.statusTimestamp = now;
                    out.add(new Result(null, List.of(), List.of(o)));
                    Result r = execute(o, levels(m, o.coin), now, m);
                    out.add(new Result(null, r.fills(), r.changed()));
                }
                continue;
            }
            List<FakeMarket.Level> cross = crossing(levels(m, o.coin), o.buy, o.limitPx);
            List<ObjectNode> fills = new ArrayList<>();
            for (FakeMarket.Level l : cross) {
                BigDecimal take = new BigDecimal(l.sz()).min(o.sz);
                if (take.signum() <= 0) {
                    break;
                }
                fills.add(acct.fill(o, o.limitPx, take, false, cfg.makerFeeBps(), now));
            }
            if (!fills.isEmpty()) {
                if (o.sz.signum() == 0) {
                    o.status = "filled";
                    o.statusTimestamp = now;
                }
                out.add(new Result(null, fills, List.of(o)));
            }
        }
        return out;
    }

    /** A maker fill of {@code size} of a resting order at its limit (tests drive partial fills with it). */
    Result fillResting(SimOrder o, BigDecimal size, long now) {
        BigDecimal take = size.min(o.sz);
        ObjectNode f = acct.fill(o, o.limitPx, take, false, cfg.makerFeeBps(), now);
        if (o.sz.signum() == 0) {
            o.status = "filled";
            o.statusTimestamp = now;
        }
        return new Result(null, List.of(f), List.of(o));
    }

    private static boolean triggered(SimOrder o, BigDecimal mid) {
        if (mid == null) {
            return false;
        }
        boolean above = mid.compareTo(o.triggerPx) >= 0;
        boolean below = mid.compareTo(o.triggerPx) <= 0;
        boolean tp = o.tpsl.equals("tp");
        return o.buy ? (tp ? below : above) : (tp ? above : below);
    }

    private String invalid(FakeCoin coin, int asset, BigDecimal px, BigDecimal sz, BigDecimal mid, boolean reduceOnly) {
        BigDecimal p = px.stripTrailingZeros();
        if (px.signum() <= 0 || (p.scale() > 0 && (p.precision() > 5 || p.scale() > 6 - coin.szDecimals()))) {
            return "Price must be divisible by tick size. asset=" + asset;
        }
        if (sz.signum() <= 0 || sz.stripTrailingZeros().scale() > coin.szDecimals()) {
            return "Order has invalid size.";
        }
        if (mid != null && px.subtract(mid).abs().compareTo(mid.multiply(MAX_DISTANCE)) > 0) {
            return "Order price cannot be more than 80% away from the reference price. asset=" + asset;
        }
        if (!reduceOnly && px.multiply(sz).compareTo(cfg.minNotionalUsd()) < 0) {
            return "Order must have minimum value of $" + cfg.minNotionalUsd().toPlainString() + ". asset=" + asset;
        }
        return null;
    }

    /** The opposite side's levels an order at {@code px} crosses, best first. */
    private static List<FakeMarket.Level> crossing(List<List<FakeMarket.Level>> book, boolean buy, BigDecimal px) {
        List<FakeMarket.Level> out = new ArrayList<>();
        for (FakeMarket.Level l : book.get(buy ? 1 : 0)) {
            int c = new BigDecimal(l.px()).compareTo(px);
            if (buy ? c <= 0 : c >= 0) {
                out.add(l);
            }
        }
        return out;
    }

    static List<List<FakeMarket.Level>> levels(FakeMarket m, String coin) {
        ObjectNode book = m.bookJson(coin);
        List<List<FakeMarket.Level>> sides = new ArrayList<>();
        for (JsonNode side : book.path("levels")) {
            List<FakeMarket.Level> levels = new ArrayList<>();
            side.forEach(l -> levels.add(new FakeMarket.Level(l.path("px").asText(), l.path("sz").asText(),
                    l.path("n").asInt())));
            sides.add(levels);
        }
        while (sides.size() < 2) {
            sides.add(List.of());
        }
        return sides;
    }

    static Result error(String message) {
        ObjectNode st = SimulatedAccount.JSON.objectNode().put("error", message);
        return new Result(st, List.of(), List.of());
    }
}
