package io.trader.fake.hyperliquid.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic mutator of venue JSON messages: the same seed gives the same sequence. Each call applies one to
 * three mutations to a copy of the input: structural ones on the parsed tree (field deletion, duplication and
 * reordering, type swaps, hostile numbers such as {@code 0}, {@code -1}, {@code NaN}, {@code 1e999999999} or
 * thousands of digits, deep nesting, odd unicode, empty arrays and objects, repeated rows) and textual ones on the
 * serialised message (byte flips, truncation, duplicate keys, padding). Mutations are named in {@link #lastOps()}.
 */
public final class MessageMutator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] NUMBERS = {"0", "-0", "0.0", "-1", "-30000.5", "NaN", "Infinity", "-Infinity",
        "1e999999999", "1E-999999999", "9223372036854775808", "-9223372036854775809", "0x1F", "", " 1", "1.2.3",
        "\uFF11\uFF12", "1e5", "3.", ".5", "00012", "1_000", "0.000000000000000000000000000001"};
    private static final String[] STRINGS = {"", "\u0000", "BTC\u0000", "\uD83D\uDE80", "\u202EBTC", "\uD800",
        "X", "B ", "a", "1m ", "7m", "\u00e9\u0301", "\\", "\"", "null", "true"};
    private static final String[] KEYS = {"px", "sz", "side", "time", "coin", "levels", "oid", "t", "T", "o", "h",
        "l", "c", "v", "i", "s", "fills", "mids", "limitPx", "origSz", "status", "statusTimestamp", "fee", "channel",
        "data", "user", "n", "tid", "funding", "isSnapshot"};

    private final SplittableRandom random;
    private final List<String> ops = new ArrayList<>();

    public MessageMutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A uniformly chosen element of {@code list}. */
    public <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** The names of the mutations of the last {@link #mutate} call. */
    public List<String> lastOps() {
        return List.copyOf(ops);
    }

    /** A mutated copy of {@code json}. */
    public String mutate(String json) {
        ops.clear();
        int n = 1 + random.nextInt(3);
        String text = json;
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (Exception e) {
            tree = null;
        }
        boolean structural = tree != null && random.nextInt(10) < 7;
        if (structural) {
            for (int k = 0; k < n; k++) {
                tree = mutateTree(tree);
            }
            try {
                text = JSON.writeValueAsString(tree);
            } catch (Exception tooDeep) {
                ops.add("very deep nesting");
                int depth = 1000 + random.nextInt(5000);
                text = "{\"channel\":\"candle\",\"data\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
            }
            if (random.nextInt(4) == 0) {
                text = mutateText(text);
            }
        } else {
            for (int k = 0; k < n; k++) {
                text = mutateText(text);
            }
        }
        return text;
    }

    private JsonNode mutateTree(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return root;
        }
        JsonNode target = pick(containers);
        int op = random.nextInt(12);
        if (target instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = pick(names);
            switch (op) {
                case 0 -> {
                    ops.add("delete field " + name);
                    o.remove(name);
                }
                case 1 -> {
                    ops.add("reorder fields");
                    List<String> order = new ArrayList<>(names);
                    Collections.shuffle(order, new java.util.Random(random.nextLong()));
                    ObjectNode copy = o.deepCopy();
                    o.removeAll();
                    order.forEach(k -> o.set(k, copy.get(k)));
                }
                case 2 -> {
                    ops.add("add field");
                    o.set(KEYS[random.nextInt(KEYS.length)], value());
                }
                case 3 -> {
                    ops.add("deep nesting");
                    o.set(name, nest(o.get(name), 1 + random.nextInt(random.nextBoolean() ? 8 : 300)));
                }
                default -> {
                    ops.add("replace " + name);
                    o.set(name, value());
                }
            }
        } else if (target instanceof ArrayNode a) {
            switch (op % 5) {
                case 0 -> {
                    ops.add("empty array");
                    a.removeAll();
                }
                case 1 -> {
                    if (a.size() > 0) {
                        ops.add("duplicate element");
                        a.insert(random.nextInt(a.size() + 1), a.get(random.nextInt(a.size())).deepCopy());
                    }
                }
                case 2 -> {
                    if (a.size() > 0) {
                        ops.add("remove element");
                        a.remove(random.nextInt(a.size()));
                    }
                }
                case 3 -> {
                    if (a.size() > 1) {
                        ops.add("swap elements");
                        int i = random.nextInt(a.size());
                        int j = random.nextInt(a.size());
                        JsonNode x = a.get(i);
                        a.set(i, a.get(j));
                        a.set(j, x);
                    }
                }
                default -> {
                    if (a.size() > 0) {
                        ops.add("replace element");
                        a.set(random.nextInt(a.size()), value());
                    }
                }
            }
        }
        return root;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            n.forEach(c -> collect(c, out));
        }
    }

    private JsonNode nest(JsonNode inner, int depth) {
        JsonNode n = inner;
        for (int i = 0; i < depth; i++) {
            n = random.nextBoolean() ? F.arrayNode().add(n) : F.objectNode().set("x", n);
        }
        return n;
    }

    private JsonNode value() {
        return switch (random.nextInt(10)) {
            case 0 -> F.textNode(NUMBERS[random.nextInt(NUMBERS.length)]);
            case 1 -> F.numberNode(new java.math.BigDecimal(random.nextBoolean() ? "1e999999999" : "-1.5"));
            case 2 -> F.textNode(STRINGS[random.nextInt(STRINGS.length)]);
            case 3 -> F.nullNode();
            case 4 -> F.booleanNode(random.nextBoolean());
            case 5 -> F.arrayNode();
            case 6 -> F.objectNode();
            case 7 -> F.numberNode(random.nextLong());
            case 8 -> F.textNode("9".repeat(1 + random.nextInt(random.nextBoolean() ? 30 : 20_000)));
            default -> F.textNode(Long.toString(random.nextLong(1, 100_000)) + "." + random.nextInt(1000));
        };
    }

    private String mutateText(String s) {
        if (s.isEmpty()) {
            ops.add("empty");
            return "{}";
        }
        int at = random.nextInt(s.length());
        switch (random.nextInt(7)) {
            case 0 -> {
                ops.add("truncate");
                return s.substring(0, at);
            }
            case 1 -> {
                ops.add("flip char");
                char c = (char) (s.charAt(at) ^ (1 << random.nextInt(8)));
                return s.substring(0, at) + c + s.substring(at + 1);
            }
            case 2 -> {
                ops.add("random char");
                return s.substring(0, at) + (char) random.nextInt(0x3000) + s.substring(at + 1);
            }
            case 3 -> {
                int brace = s.indexOf('{', at);
                if (brace < 0) {
                    brace = s.indexOf('{');
                }
                if (brace < 0) {
                    ops.add("truncate");
                    return s.substring(0, at);
                }
                String key = KEYS[random.nextInt(KEYS.length)];
                ops.add("duplicate key " + key);
                return s.substring(0, brace + 1) + "\"" + key + "\":" + value() + ","
                        + s.substring(brace + 1);
            }
            case 4 -> {
                ops.add("pad");
                return " \n\t".repeat(random.nextInt(4)) + s + " ".repeat(random.nextInt(4));
            }
            case 5 -> {
                ops.add("cut chunk");
                int end = Math.min(s.length(), at + 1 + random.nextInt(40));
                return s.substring(0, at) + s.substring(end);
            }
            default -> {
                ops.add("repeat chunk");
                int end = Math.min(s.length(), at + 1 + random.nextInt(40));
                return s.substring(0, end) + s.substring(at);
            }
        }
    }
}
