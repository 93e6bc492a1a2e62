package io.trader.app.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Map;

/** A tiny deterministic JSON writer for reports: stable key order, 12 significant digits, no exponent. */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0);
        return sb.append('\n').toString();
    }

    private static void write(StringBuilder sb, Object v, int indent) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Double d) {
            sb.append(number(d));
        } else if (v instanceof Float f) {
            sb.append(number(f.doubleValue()));
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            sb.append("{");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(i++ == 0 ? "\n" : ",\n").append("  ".repeat(indent + 1));
                string(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                write(sb, e.getValue(), indent + 1);
            }
            sb.append(m.isEmpty() ? "}" : "\n" + "  ".repeat(indent) + "}");
        } else if (v instanceof Collection<?> c) {
            boolean nested = c.stream().anyMatch(o -> o instanceof Map<?, ?> || o instanceof Collection<?>
                    || o instanceof String str && str.length() > 60);
            sb.append("[");
            int i = 0;
            for (Object o : c) {
                sb.append(i++ == 0 ? "" : ",").append(nested ? "\n" + "  ".repeat(indent + 1) : i > 1 ? " " : "");
                write(sb, o, indent + 1);
            }
            sb.append(nested && !c.isEmpty() ? "\n" + "  ".repeat(indent) + "]" : "]");
        } else {
            string(sb, v.toString());
        }
    }

    /** Finite numbers with 12 significant digits in plain notation; NaN and infinities become null. */
    public static String number(double d) {
        if (!Double.isFinite(d)) {
            return "null";
        }
        if (d == 0) {
            return "0";
        }
        return new BigDecimal(d).round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
