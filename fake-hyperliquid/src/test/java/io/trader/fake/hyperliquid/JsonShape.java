package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shape of a JSON document as a set of {@code path:type} lines (array items merged under {@code []}), to
 * compare the fake's answers with recorded ones field by field. A null counts as a string (the venue's nullable
 * decimals, e.g. {@code liquidationPx}); a string that is a decimal is {@code decimal}.
 */
final class JsonShape {

    private JsonShape() {
    }

    static Set<String> of(JsonNode node) {
        Set<String> out = new TreeSet<>();
        walk("$", node, out);
        return out;
    }

    private static void walk(String path, JsonNode n, Set<String> out) {
        if (n.isObject()) {
            out.add(path + ":object");
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (n.isArray()) {
            out.add(path + ":array");
            n.forEach(item -> walk(path + "[]", item, out));
        } else if (n.isNull() || n.isTextual()) {
            out.add(path + ":" + (n.isNull() || isDecimal(n.asText()) ? "decimal" : "string"));
        } else if (n.isIntegralNumber()) {
            out.add(path + ":integer");
        } else {
            out.add(path + ":" + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static boolean isDecimal(String s) {
        return s.matches("-?\\d+(\\.\\d+)?");
    }
}
