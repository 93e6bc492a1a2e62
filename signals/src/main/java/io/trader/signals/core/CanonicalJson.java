package io.trader.signals.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one byte form of a signal that is signed and verified, so that a consumer in any language can rebuild it
 * from the JSON it received: objects with keys sorted by Unicode code point, no whitespace anywhere, every
 * scalar a JSON string (numbers travel as fixed decimal strings such as {@code "64123.50"}, never as JSON
 * numbers, booleans or null), strings escaped only where JSON requires it (quote and backslash with a
 * backslash; backspace, tab, line feed, form feed and carriage return as the two-character escapes b t n f r; the
 * other control characters below U+0020 as backslash, u and four lower-case hex digits), UTF-8 bytes: what
 * Python's {@code json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)} writes for such a
 * document. A value of another type is refused: the verifier calls such a document malformed.
 */
public final class CanonicalJson {

    /** Control characters with a two-character escape: backspace, tab, line feed, form feed, carriage return. */
    private static final String SHORT = "\b\t\n\f\r";

    private CanonicalJson() {
    }

    /** The canonical text of a tree of maps (string keys), lists and strings. */
    public static String write(Object tree) {
        StringBuilder out = new StringBuilder(512);
        write(tree, out, "$");
        return out.toString();
    }

    private static void write(Object v, StringBuilder out, String path) {
        if (v instanceof String s) {
            string(s, out);
        } else if (v instanceof Map<?, ?> m) {
            List<String> keys = new ArrayList<>();
            for (Object k : m.keySet()) {
                if (!(k instanceof String ks)) {
                    throw new IllegalArgumentException("object key at " + path + " is not a string");
                }
                keys.add(ks);
            }
            keys.sort(CanonicalJson::byCodePoint);
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(keys.get(i), out);
                out.append(':');
                write(m.get(keys.get(i)), out, path + "." + keys.get(i));
            }
            out.append('}');
        } else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(l.get(i), out, path + "[" + i + "]");
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("value at " + path + " is " + (v == null ? "null" : "a "
                    + v.getClass().getSimpleName()) + "; a signal's values are strings, objects or arrays");
        }
    }

    /** Compares by Unicode code point (not UTF-16 unit), the order other languages sort strings in. */
    static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 && SHORT.indexOf(c) >= 0) {
                out.append('\\').append("btnfr".charAt(SHORT.indexOf(c)));
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
