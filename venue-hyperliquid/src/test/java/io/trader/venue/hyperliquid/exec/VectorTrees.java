package io.trader.venue.hyperliquid.exec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test-side readers: vector JSON to action trees, and action trees back to typed {@link L1Action}s. */
final class VectorTrees {

    private VectorTrees() {
    }

    /** JSON to an ordered tree; {@code {"msgpack_bin_hex": ..}} becomes {@code byte[]}; floats are refused. */
    static Object tree(JsonNode n) {
        if (n.isObject()) {
            if (n.size() == 1 && n.has("msgpack_bin_hex")) {
                return Hex.decode(n.get("msgpack_bin_hex").asText());
            }
            Map<String, Object> m = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                m.put(e.getKey(), tree(e.getValue()));
            }
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(x -> l.add(tree(x)));
            return l;
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber()) {
            return n.canConvertToLong() ? (Object) n.asLong() : n.bigIntegerValue();
        }
        throw new IllegalArgumentException("floating point in an action: " + n);
    }

    /** The typed action for the types we model; anything else as {@link L1Action.Raw}. */
    @SuppressWarnings("unchecked")
    static L1Action typed(Map<String, Object> t) {
        switch ((String) t.get("type")) {
            case "order": {
                List<OrderWire> orders = new ArrayList<>();
                for (Object o : (List<Object>) t.get("orders")) {
                    orders.add(orderWire((Map<String, Object>) o));
                }
                OrderAction.Grouping g = switch ((String) t.get("grouping")) {
                    case "na" -> OrderAction.Grouping.NA;
                    case "normalTpsl" -> OrderAction.Grouping.NORMAL_TPSL;
                    default -> OrderAction.Grouping.POSITION_TPSL;
                };
                Map<String, Object> b = (Map<String, Object>) t.get("builder");
                return new OrderAction(orders, g,
                        b == null ? null : new OrderAction.BuilderFee((String) b.get("b"), num(b.get("f"))));
            }
            case "cancel": {
                List<L1Action.Cancel.ByOid> cancels = new ArrayList<>();
                for (Object o : (List<Object>) t.get("cancels")) {
                    Map<String, Object> c = (Map<String, Object>) o;
                    cancels.add(new L1Action.Cancel.ByOid((int) num(c.get("a")), num(c.get("o"))));
                }
                return new L1Action.Cancel(cancels);
            }
            case "scheduleCancel":
                return new L1Action.ScheduleCancel(t.containsKey("time") ? num(t.get("time")) : null);
            default:
                return new L1Action.Raw(t);
        }
    }

    @SuppressWarnings("unchecked")
    static OrderWire orderWire(Map<String, Object> o) {
        Map<String, Object> t = (Map<String, Object>) o.get("t");
        OrderKind kind;
        if (t.containsKey("limit")) {
            String tif = (String) ((Map<String, Object>) t.get("limit")).get("tif");
            kind = new OrderKind.Limit(OrderKind.Tif.valueOf(tif.toUpperCase()));
        } else {
            Map<String, Object> tr = (Map<String, Object>) t.get("trigger");
            kind = new OrderKind.Trigger((Boolean) tr.get("isMarket"), (String) tr.get("triggerPx"),
                    OrderKind.Tpsl.valueOf(((String) tr.get("tpsl")).toUpperCase()));
        }
        return new OrderWire((int) num(o.get("a")), (Boolean) o.get("b"), (String) o.get("p"), (String) o.get("s"),
                (Boolean) o.get("r"), kind, o.containsKey("c") ? Cloid.of((String) o.get("c")) : null);
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
