package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated account's books: collateral, positions, orders (every one ever placed, by oid), cloids, fills, and
 * leverage; the fill accounting (entry price, closed P&amp;L, fees); and the JSON the venue answers user-state
 * {@code /info} requests and user streams with. Not thread-safe: {@link SimulatedExchange} guards it.
 */
final class SimulatedAccount {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_FILLS_REPLY = 2000;

    /** One position: signed size and average entry price. */
    static final class Position {
        BigDecimal szi = BigDecimal.ZERO;
        BigDecimal entryPx = BigDecimal.ZERO;
    }

    final String user;
    BigDecimal balance;
    final Map<String, Position> positions = new LinkedHashMap<>();
    final Map<Long, SimOrder> orders = new LinkedHashMap<>();
    final Map<String, Long> cloids = new HashMap<>();
    final List<ObjectNode> fills = new ArrayList<>();
    final Map<Integer, Integer> leverage = new HashMap<>();
    final Map<Integer, Boolean> cross = new HashMap<>();
    final int defaultLeverage;
    long nextOid = 100_000_000L;
    long nextTid = 500_000_000L;
    /** Dead-man switch: epoch ms when every open order is cancelled, or null. */
    Long scheduledCancel;

    SimulatedAccount(String user, BigDecimal balance, int defaultLeverage) {
        this.user = user;
        this.balance = balance;
        this.defaultLeverage = defaultLeverage;
    }

    int leverage(int asset) {
        return leverage.getOrDefault(asset, defaultLeverage);
    }

    Position position(String coin) {
        return positions.computeIfAbsent(coin, k -> new Position());
    }

    List<SimOrder> openOrders() {
        return orders.values().stream().filter(SimOrder::open).toList();
    }

    SimOrder byCloid(String cloid) {
        Long oid = cloid == null ? null : cloids.get(cloid.toLowerCase(java.util.Locale.ROOT));
        return oid == null ? null : orders.get(oid);
    }

    /** Books a fill of {@code o} and returns its venue row. */
    ObjectNode fill(SimOrder o, BigDecimal px, BigDecimal sz, boolean crossed, BigDecimal feeBps, long time) {
        Position p = position(o.coin);
        BigDecimal start = p.szi;
        BigDecimal signed = o.buy ? sz : sz.negate();
        BigDecimal closed = BigDecimal.ZERO;
        BigDecimal pnl = BigDecimal.ZERO;
        if (start.signum() != 0 && start.signum() != signed.signum()) {
            closed = sz.min(start.abs());
            pnl = px.subtract(p.entryPx).multiply(closed).multiply(BigDecimal.valueOf(start.signum()));
        }
        BigDecimal opened = sz.subtract(closed);
        BigDecimal after = start.add(signed);
        if (after.signum() == 0) {
            p.entryPx = BigDecimal.ZERO;
        } else if (opened.signum() > 0) {
            BigDecimal kept = start.signum() == signed.signum() ? start.abs() : BigDecimal.ZERO;
            BigDecimal keptPx = start.signum() == signed.signum() ? p.entryPx : BigDecimal.ZERO;
            p.entryPx = keptPx.multiply(kept).add(px.multiply(opened)).divide(kept.add(opened), 8, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros();
        }
        p.szi = after;
        BigDecimal fee = px.multiply(sz).multiply(feeBps).divide(BigDecimal.valueOf(10_000), 6, RoundingMode.HALF_UP);
        balance = balance.add(pnl).subtract(fee);
        long tid = ++nextTid;
        ObjectNode row = JSON.objectNode();
        row.put("coin", o.coin).put("px", str(px)).put("sz", str(sz)).put("side", o.buy ? "B" : "A")
                .put("time", time).put("startPosition", str(start)).put("dir", dir(start, signed))
                .put("closedPnl", str(pnl.setScale(6, RoundingMode.HALF_EVEN))).put("hash", hash(tid))
                .put("oid", o.oid).put("crossed", crossed).put("fee", str(fee)).put("tid", tid)
                .put("feeToken", "USDC");
        if (o.cloid != null) {
            row.put("cloid", o.cloid);
        }
        fills.add(row);
        o.sz = o.sz.subtract(sz);
        return row;
    }

    private static String dir(BigDecimal start, BigDecimal signed) {
        if (start.signum() == 0 || start.signum() == signed.signum()) {
            return signed.signum() > 0 ? "Open Long" : "Open Short";
        }
        if (start.abs().compareTo(signed.abs()) >= 0) {
            return start.signum() > 0 ? "Close Long" : "Close Short";
        }
        return start.signum() > 0 ? "Long > Short" : "Short > Long";
    }

    private static String hash(long tid) {
        return "0x" + String.format("%064x", tid);
    }

    BigDecimal unrealized(FakeMarket m) {
        BigDecimal u = BigDecimal.ZERO;
        for (Map.Entry<String, Position> e : positions.entrySet()) {
            BigDecimal mid = m.mid(e.getKey());
            if (mid != null && e.getValue().szi.signum() != 0) {
                u = u.add(mid.subtract(e.getValue().entryPx).multiply(e.getValue().szi));
            }
        }
        return u;
    }

    BigDecimal accountValue(FakeMarket m) {
        return balance.add(unrealized(m));
    }

    /** Margin held by positions and open orders at their leverage. */
    BigDecimal marginUsed(FakeMarket m) {
        BigDecimal used = BigDecimal.ZERO;
        for (Map.Entry<String, Position> e : positions.entrySet()) {
            BigDecimal mid = m.mid(e.getKey());
            int asset = m.assetId(e.getKey());
            if (mid != null) {
                used = used.add(mid.multiply(e.getValue().szi.abs()).divide(BigDecimal.valueOf(leverage(asset)), 6,
                        RoundingMode.HALF_UP));
            }
        }
        for (SimOrder o : openOrders()) {
            if (!o.reduceOnly) {
                used = used.add(o.limitPx.multiply(o.sz).divide(BigDecimal.valueOf(leverage(o.asset)), 6,
                        RoundingMode.HALF_UP));
            }
        }
        return used;
    }

    ObjectNode clearinghouseState(FakeMarket m, long now) {
        ObjectNode root = JSON.objectNode();
        ArrayNode aps = root.putArray("assetPositions");
        for (Map.Entry<String, Position> e : positions.entrySet()) {
            Position p = e.getValue();
            if (p.szi.signum() == 0) {
                continue;
            }
            BigDecimal mid = m.mid(e.getKey());
            int asset = m.assetId(e.getKey());
            BigDecimal value = mid.multiply(p.szi.abs());
            ObjectNode pos = aps.addObject().put("type", "oneWay").putObject("position");
            pos.put("coin", e.getKey()).put("szi", str(p.szi)).put("entryPx", str(p.entryPx))
                    .put("positionValue", str(value)).put("unrealizedPnl", str(mid.subtract(p.entryPx)
                            .multiply(p.szi))).put("returnOnEquity", "0.0").putNull("liquidationPx")
                    .put("marginUsed", str(value.divide(BigDecimal.valueOf(leverage(asset)), 6, RoundingMode.HALF_UP)))
                    .put("maxLeverage", m.coin(e.getKey()).maxLeverage());
            pos.putObject("leverage").put("type", cross.getOrDefault(asset, true) ? "cross" : "isolated")
                    .put("value", leverage(asset));
            pos.putObject("cumFunding").put("allTime", "0.0").put("sinceOpen", "0.0").put("sinceChange", "0.0");
        }
        BigDecimal av = accountValue(m);
        BigDecimal used = marginUsed(m);
        for (String k : new String[]{"marginSummary", "crossMarginSummary"}) {
            root.putObject(k).put("accountValue", str(av)).put("totalNtlPos", "0.0").put("totalRawUsd", str(balance))
                    .put("totalMarginUsed", str(used));
        }
        root.put("crossMaintenanceMarginUsed", "0.0").put("withdrawable", str(av.subtract(used).max(BigDecimal.ZERO)))
                .put("time", now);
        return root;
    }

    /** {@code openOrders} or, with {@code frontend}, {@code frontendOpenOrders}. */
    ArrayNode openOrdersJson(boolean frontend) {
        ArrayNode out = JSON.arrayNode();
        openOrders().forEach(o -> out.add(orderJson(o, frontend)));
        return out;
    }

    ObjectNode orderJson(SimOrder o, boolean frontend) {
        ObjectNode n = JSON.objectNode();
        n.put("coin", o.coin).put("side", o.buy ? "B" : "A").put("limitPx", str(o.limitPx)).put("sz", str(o.sz))
                .put("oid", o.oid).put("timestamp", o.timestamp).put("origSz", str(o.origSz));
        if (o.cloid != null) {
            n.put("cloid", o.cloid);
        }
        if (frontend) {
            n.put("isTrigger", o.isTrigger() && o.status.equals("open"))
                    .put("triggerPx", o.isTrigger() ? str(o.triggerPx) : "0.0")
                    .put("triggerCondition", o.isTrigger() ? (o.tpsl + " at " + str(o.triggerPx)) : "N/A")
                    .put("reduceOnly", o.reduceOnly).put("isPositionTpsl", false)
                    .put("orderType", o.isTrigger() ? (o.tpsl.equals("tp") ? "Take Profit" : "Stop")
                            + (Boolean.TRUE.equals(o.triggerMarket) ? " Market" : " Limit") : "Limit");
            if (o.tif == null) {
                n.putNull("tif");
            } else {
                n.put("tif", o.tif);
            }
            n.putArray("children");
        }
        return n;
    }

    /** One {@code orderUpdates} entry. */
    ObjectNode orderUpdate(SimOrder o) {
        ObjectNode n = JSON.objectNode();
        n.set("order", orderJson(o, false));
        n.put("status", o.status).put("statusTimestamp", o.statusTimestamp);
        return n;
    }

    /** {@code orderStatus} for an oid (number) or cloid (string). */
    ObjectNode orderStatus(JsonNode oid) {
        SimOrder o = oid.isTextual() ? byCloid(oid.asText()) : orders.get(oid.asLong());
        ObjectNode n = JSON.objectNode();
        if (o == null) {
            return n.put("status", "unknownOid");
        }
        n.put("status", "order");
        ObjectNode wrapper = n.putObject("order");
        wrapper.set("order", orderJson(o, true));
        wrapper.put("status", o.status).put("statusTimestamp", o.statusTimestamp);
        return n;
    }

    /** {@code userFills}: the newest fills first, at most 2000. */
    ArrayNode userFills() {
        ArrayNode out = JSON.arrayNode();
        for (int i = fills.size() - 1; i >= 0 && out.size() < MAX_FILLS_REPLY; i--) {
            out.add(fills.get(i).deepCopy());
        }
        return out;
    }

    /** {@code userFillsByTime}: fills in {@code [start, end]}, oldest first, at most 2000. */
    ArrayNode userFillsByTime(long start, long end) {
        ArrayNode out = JSON.arrayNode();
        for (ObjectNode f : fills) {
            long t = f.path("time").asLong();
            if (t >= start && t <= end && out.size() < MAX_FILLS_REPLY) {
                out.add(f.deepCopy());
            }
        }
        return out;
    }

    /** {@code historicalOrders}: every order with its status, newest first. */
    ArrayNode historicalOrders() {
        ArrayNode out = JSON.arrayNode();
        List<SimOrder> all = new ArrayList<>(orders.values());
        for (int i = all.size() - 1; i >= 0 && out.size() < MAX_FILLS_REPLY; i--) {
            ObjectNode n = out.addObject();
            n.set("order", orderJson(all.get(i), true));
            n.put("status", all.get(i).status).put("statusTimestamp", all.get(i).statusTimestamp);
        }
        return out;
    }

    static String str(BigDecimal x) {
        return x.signum() == 0 ? "0.0" : x.stripTrailingZeros().toPlainString();
    }
}
