package io.trader.venue.hyperliquid.exec;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code t} field of an order wire: a limit with time in force, or a tp/sl trigger. */
public sealed interface OrderKind permits OrderKind.Limit, OrderKind.Trigger {

    /** {@code {"limit":{"tif":..}}} or {@code {"trigger":{"isMarket":..,"triggerPx":..,"tpsl":..}}}. */
    Map<String, Object> toWire();

    /** Time in force: Gtc rests, Alo is post-only, Ioc cancels the unfilled rest. */
    enum Tif {
        GTC("Gtc"), ALO("Alo"), IOC("Ioc");

        private final String wire;

        Tif(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    /** Take profit or stop loss. */
    enum Tpsl {
        TP("tp"), SL("sl");

        private final String wire;

        Tpsl(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    record Limit(Tif tif) implements OrderKind {
        public Limit {
            if (tif == null) {
                throw new IllegalArgumentException("tif is required");
            }
        }

        @Override
        public Map<String, Object> toWire() {
            return Map.of("limit", Map.of("tif", tif.wire()));
        }
    }

    /**
     * A trigger order. Key order on the wire is {@code isMarket, triggerPx, tpsl} (SDK order_type_to_wire).
     *
     * @param isMarket  execute as market when triggered (otherwise as a limit at the order's {@code p})
     * @param triggerPx trigger price wire string
     * @param tpsl      take profit or stop loss
     */
    record Trigger(boolean isMarket, String triggerPx, Tpsl tpsl) implements OrderKind {
        public Trigger {
            OrderWire.requireDecimal("triggerPx", triggerPx);
            if (tpsl == null) {
                throw new IllegalArgumentException("tpsl is required");
            }
        }

        @Override
        public Map<String, Object> toWire() {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("isMarket", isMarket);
            t.put("triggerPx", triggerPx);
            t.put("tpsl", tpsl.wire());
            return Map.of("trigger", t);
        }
    }
}
