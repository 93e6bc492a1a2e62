package io.trader.venue.hyperliquid.exec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code {"type":"order","orders":[W...],"grouping":..[,"builder":{"b":addr,"f":fee}]}}.
 *
 * @param orders   one or more order wires
 * @param grouping {@code na} for plain orders; the tpsl groupings for bracket orders
 * @param builder  builder fee, or {@code null}
 */
public record OrderAction(List<OrderWire> orders, Grouping grouping, BuilderFee builder) implements L1Action {

    /** How the orders of one action relate. */
    public enum Grouping {
        NA("na"), NORMAL_TPSL("normalTpsl"), POSITION_TPSL("positionTpsl");

        private final String wire;

        Grouping(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    /**
     * A builder fee attached to the orders.
     *
     * @param address     builder address (lower-cased on construction)
     * @param tenthsOfBps fee in tenths of a basis point
     */
    public record BuilderFee(String address, long tenthsOfBps) {
        public BuilderFee {
            address = Hex.address(address);
            if (tenthsOfBps < 0) {
                throw new IllegalArgumentException("builder fee must not be negative: " + tenthsOfBps);
            }
        }
    }

    public OrderAction {
        if (orders == null || orders.isEmpty()) {
            throw new IllegalArgumentException("an order action needs at least one order");
        }
        orders = List.copyOf(orders);
        if (grouping == null) {
            throw new IllegalArgumentException("grouping is required");
        }
    }

    /** Plain orders, grouping {@code na}, no builder. */
    public static OrderAction of(OrderWire... orders) {
        return new OrderAction(List.of(orders), Grouping.NA, null);
    }

    @Override
    public String type() {
        return "order";
    }

    @Override
    public Map<String, Object> toWire() {
        List<Object> wires = new ArrayList<>(orders.size());
        for (OrderWire o : orders) {
            wires.add(o.toWire());
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", type());
        a.put("orders", wires);
        a.put("grouping", grouping.wire());
        if (builder != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("b", builder.address());
            b.put("f", builder.tenthsOfBps());
            a.put("builder", b);
        }
        return a;
    }
}
