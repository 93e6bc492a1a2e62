package io.trader.fake.coinbase;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The fake's response bodies, in the shapes of the Coinbase Exchange REST API reference (decimals as strings, times
 * ISO-8601 with microseconds, orders with {@code filled_size}/{@code executed_value}/{@code done_reason}).
 */
final class FakeCoinbaseJson {

    String products(List<FakeCoinbaseMarket.Product> products) throws JsonProcessingException {
        return FakeCoinbase.JSON.writeValueAsString(products.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("base_currency", p.base());
            m.put("quote_currency", p.quote());
            m.put("quote_increment", p.quoteIncrement().toPlainString());
            m.put("base_increment", p.baseIncrement().toPlainString());
            m.put("display_name", p.base() + "/" + p.quote());
            m.put("min_market_funds", "1");
            m.put("base_min_size", p.baseMinSize().toPlainString());
            m.put("post_only", false);
            m.put("limit_only", false);
            m.put("cancel_only", false);
            m.put("status", p.online() ? "online" : "delisted");
            m.put("trading_disabled", !p.online());
            m.put("fx_stablecoin", false);
            return m;
        }).toList());
    }

    String currencies(List<FakeCoinbaseMarket.Product> products) throws JsonProcessingException {
        TreeSet<String> codes = new TreeSet<>();
        products.forEach(p -> {
            codes.add(p.base());
            codes.add(p.quote());
        });
        return FakeCoinbase.JSON.writeValueAsString(codes.stream().map(c -> Map.of("id", c, "name", c,
                "min_size", "0.00000001", "status", "online", "max_precision", "0.00000001",
                "details", Map.of("type", "crypto", "min_withdrawal_amount", "0.0001"))).toList());
    }

    String accounts(Map<String, BigDecimal> balances) throws JsonProcessingException {
        return FakeCoinbase.JSON.writeValueAsString(balances.entrySet().stream().map(e -> Map.of(
                "id", UUID.nameUUIDFromBytes(e.getKey().getBytes()).toString(), "currency", e.getKey(),
                "balance", e.getValue().toPlainString(), "available", e.getValue().toPlainString(), "hold", "0",
                "profile_id", "fake-profile", "trading_enabled", true)).toList());
    }

    String order(FakeCoinbaseMarket.Order o) throws JsonProcessingException {
        return FakeCoinbase.JSON.writeValueAsString(orderMap(o));
    }

    String orders(List<FakeCoinbaseMarket.Order> orders) throws JsonProcessingException {
        return FakeCoinbase.JSON.writeValueAsString(orders.stream().map(FakeCoinbaseJson::orderMap).toList());
    }

    private static Map<String, Object> orderMap(FakeCoinbaseMarket.Order o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id);
        if (o.price != null) {
            m.put("price", o.price.toPlainString());
        }
        m.put("size", o.size.toPlainString());
        m.put("product_id", o.productId);
        m.put("side", o.side);
        m.put("type", o.type);
        m.put("time_in_force", o.timeInForce);
        m.put("post_only", o.postOnly);
        m.put("created_at", o.createdAt.toString());
        m.put("fill_fees", o.fillFees.toPlainString());
        m.put("filled_size", o.filledSize.toPlainString());
        m.put("executed_value", o.executedValue.toPlainString());
        m.put("status", o.status);
        m.put("settled", !o.isOpen());
        if (o.doneReason != null) {
            m.put("done_reason", o.doneReason);
            m.put("done_at", o.createdAt.toString());
        }
        if (o.clientOid != null) {
            m.put("client_oid", o.clientOid);
        }
        return m;
    }

    /** A page of public trades: {@code time, trade_id, price, size, side} (side: the taker's). */
    String publicTrades(List<FakeCoinbaseMarket.PublicTrade> trades) throws JsonProcessingException {
        return FakeCoinbase.JSON.writeValueAsString(trades.stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", java.time.Instant.ofEpochMilli(t.time()).toString());
            m.put("trade_id", t.tradeId());
            m.put("price", t.price().toPlainString());
            m.put("size", t.size().toPlainString());
            m.put("side", t.side());
            return m;
        }).toList());
    }

    String fills(List<FakeCoinbaseMarket.FillRecord> fills) throws JsonProcessingException {
        return FakeCoinbase.JSON.writeValueAsString(fills.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("created_at", f.createdAt().toString());
            m.put("trade_id", f.tradeId());
            m.put("product_id", f.productId());
            m.put("order_id", f.orderId());
            m.put("user_id", "fake-user");
            m.put("profile_id", "fake-profile");
            m.put("liquidity", f.maker() ? "M" : "T");
            m.put("price", f.price().toPlainString());
            m.put("size", f.size().toPlainString());
            m.put("fee", f.fee().toPlainString());
            m.put("side", f.side());
            m.put("settled", true);
            return m;
        }).toList());
    }
}
