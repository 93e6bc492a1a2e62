package io.trader.venue.hyperliquid.exec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An action signed through the phantom agent (orders, cancels, modifies, leverage, dead-man switch).
 * {@link #toWire()} gives the insertion-ordered tree that is msgpack-hashed and posted; the key order is the
 * Python SDK's and is part of the signature.
 */
public sealed interface L1Action permits OrderAction, L1Action.Cancel, L1Action.CancelByCloid, L1Action.Modify,
        L1Action.BatchModify, L1Action.UpdateLeverage, L1Action.ScheduleCancel, L1Action.Noop, L1Action.Raw {

    /** The {@code type} field. */
    String type();

    /** A fresh, insertion-ordered map of the action (values: String, Integer/Long, Boolean, List, Map). */
    Map<String, Object> toWire();

    /** Cancel by venue oid: {@code {"type":"cancel","cancels":[{"a":asset,"o":oid}]}}. */
    record Cancel(List<ByOid> cancels) implements L1Action {
        public record ByOid(int asset, long oid) {
        }

        public Cancel {
            cancels = nonEmpty(cancels, "cancels");
        }

        @Override
        public String type() {
            return "cancel";
        }

        @Override
        public Map<String, Object> toWire() {
            List<Object> list = new ArrayList<>();
            for (ByOid c : cancels) {
                list.add(new WireMap().with("a", c.asset()).with("o", c.oid()));
            }
            return new WireMap().with("type", type()).with("cancels", list);
        }
    }

    /** Cancel by client id: {@code {"type":"cancelByCloid","cancels":[{"asset":asset,"cloid":"0x.."}]}}. */
    record CancelByCloid(List<ByCloid> cancels) implements L1Action {
        public record ByCloid(int asset, Cloid cloid) {
            public ByCloid {
                if (cloid == null) {
                    throw new IllegalArgumentException("cloid is required");
                }
            }
        }

        public CancelByCloid {
            cancels = nonEmpty(cancels, "cancels");
        }

        @Override
        public String type() {
            return "cancelByCloid";
        }

        @Override
        public Map<String, Object> toWire() {
            List<Object> list = new ArrayList<>();
            for (ByCloid c : cancels) {
                list.add(new WireMap().with("asset", c.asset()).with("cloid", c.cloid().hex()));
            }
            return new WireMap().with("type", type()).with("cancels", list);
        }
    }

    /** Replace one order: {@code {"type":"modify","oid":oid|cloid,"order":W}}. */
    record Modify(OrderRef oid, OrderWire order) implements L1Action {
        public Modify {
            if (oid == null || order == null) {
                throw new IllegalArgumentException("oid and order are required");
            }
        }

        @Override
        public String type() {
            return "modify";
        }

        @Override
        public Map<String, Object> toWire() {
            return new WireMap().with("type", type()).with("oid", oid.wireValue()).with("order", order.toWire());
        }
    }

    /** Replace several orders (what the SDK's modify_order sends): {@code {"type":"batchModify","modifies":[..]}}. */
    record BatchModify(List<Modify> modifies) implements L1Action {
        public BatchModify {
            modifies = nonEmpty(modifies, "modifies");
        }

        @Override
        public String type() {
            return "batchModify";
        }

        @Override
        public Map<String, Object> toWire() {
            List<Object> list = new ArrayList<>();
            for (Modify m : modifies) {
                list.add(new WireMap().with("oid", m.oid().wireValue()).with("order", m.order().toWire()));
            }
            return new WireMap().with("type", type()).with("modifies", list);
        }
    }

    /** {@code {"type":"updateLeverage","asset":n,"isCross":bool,"leverage":int}}. */
    record UpdateLeverage(int asset, boolean isCross, int leverage) implements L1Action {
        public UpdateLeverage {
            if (leverage < 1) {
                throw new IllegalArgumentException("leverage must be at least 1: " + leverage);
            }
        }

        @Override
        public String type() {
            return "updateLeverage";
        }

        @Override
        public Map<String, Object> toWire() {
            return new WireMap().with("type", type()).with("asset", asset).with("isCross", isCross)
                    .with("leverage", leverage);
        }
    }

    /**
     * Dead-man switch: {@code {"type":"scheduleCancel"[,"time":ms]}}. A {@code null} time removes the schedule;
     * the venue wants a time at least 5 s ahead and allows 10 triggers a day.
     */
    record ScheduleCancel(Long time) implements L1Action {
        @Override
        public String type() {
            return "scheduleCancel";
        }

        @Override
        public Map<String, Object> toWire() {
            WireMap w = new WireMap().with("type", type());
            return time == null ? w : w.with("time", time);
        }
    }

    /** {@code {"type":"noop"}}: uses up a nonce (invalidates in-flight actions with lower nonces). */
    record Noop() implements L1Action {
        @Override
        public String type() {
            return "noop";
        }

        @Override
        public Map<String, Object> toWire() {
            return new WireMap().with("type", type());
        }
    }

    /**
     * Any other L1 action given as an ordered tree (e.g. {@code createSubAccount}); the first key must be
     * {@code type}. The caller owns the key order.
     */
    record Raw(Map<String, Object> tree) implements L1Action {
        public Raw {
            if (tree == null || tree.isEmpty() || !"type".equals(tree.keySet().iterator().next())
                    || !(tree.get("type") instanceof String)) {
                throw new IllegalArgumentException("a raw action must start with a string 'type' key");
            }
            tree = Collections.unmodifiableMap(new LinkedHashMap<>(tree));
        }

        @Override
        public String type() {
            return (String) tree.get("type");
        }

        @Override
        public Map<String, Object> toWire() {
            return new LinkedHashMap<>(tree);
        }
    }

    private static <T> List<T> nonEmpty(List<T> list, String name) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return List.copyOf(list);
    }
}
