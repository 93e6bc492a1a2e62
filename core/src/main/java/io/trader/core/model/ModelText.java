package io.trader.core.model;

import java.util.Locale;

/**
 * The envelope every model artifact shares: line-oriented {@code key=value} text that opens with
 * {@code model=<kind>} and {@code inputs=<n>} and closes with {@code checksum=fnv1a64:<hex>} over all
 * the text before that line. A missing checksum line means the text was truncated, a wrong one that it
 * was altered; both are refused before any field is read. Doubles are written with
 * {@link Double#toString(double)}, which parses back to the identical value.
 */
public final class ModelText {

    static final String CHECKSUM = "checksum=fnv1a64:";

    private ModelText() {
    }

    /** Appends the checksum line to {@code body} (which must end with a newline). */
    public static String seal(String body) {
        if (!body.endsWith("\n")) {
            body = body + "\n";
        }
        return body + CHECKSUM + hex(fnv1a64(body)) + "\n";
    }

    /** The kind named on the first line, or an exception when there is no {@code model=} line. */
    public static String kindOf(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty model artifact");
        }
        int eol = text.indexOf('\n');
        String first = (eol < 0 ? text : text.substring(0, eol)).trim();
        if (!first.startsWith("model=")) {
            throw new IllegalArgumentException("model artifact must start with model=<kind>, found: "
                    + first.substring(0, Math.min(first.length(), 60)));
        }
        if (eol < 0) {
            throw new IllegalArgumentException("model artifact is truncated: it holds only its first line: " + first);
        }
        return first.substring("model=".length());
    }

    static long fnv1a64(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h ^= c & 0xff;
            h *= 0x100000001b3L;
            h ^= c >>> 8;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static String hex(long v) {
        return String.format(Locale.ROOT, "%016x", v);
    }

    /** Writes an artifact: header first, then fields in order, then {@link #finish()}. */
    public static final class Writer {
        private final StringBuilder sb = new StringBuilder();

        public Writer(String kind, int inputs) {
            field("model", kind).field("inputs", Integer.toString(inputs));
        }

        public Writer field(String key, String value) {
            sb.append(key).append('=').append(value).append('\n');
            return this;
        }

        public Writer doubles(String key, double[] values) {
            sb.append(key).append('=');
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(Double.toString(values[i]));
            }
            sb.append('\n');
            return this;
        }

        /** Embeds foreign text (e.g. LightGBM's model) verbatim as the rest of the body. */
        public Writer raw(String text) {
            sb.append(text);
            if (!text.endsWith("\n")) {
                sb.append('\n');
            }
            return this;
        }

        public String finish() {
            return seal(sb.toString());
        }
    }

    /** Reads an artifact whose envelope (kind line, checksum) has been verified. */
    public static final class Reader {
        private final String kind;
        private final String[] lines;
        private final int inputs;
        private int pos;

        private Reader(String kind, String[] lines) {
            this.kind = kind;
            this.lines = lines;
            this.pos = 1;
            this.inputs = intField("inputs", 1, 1_000_000);
        }

        /** Verifies the envelope of {@code text}, or throws naming what is wrong. */
        public static Reader open(String text) {
            String kind = kindOf(text);
            String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            int last = body.lastIndexOf('\n');
            String tail = body.substring(last + 1);
            if (!tail.startsWith(CHECKSUM)) {
                throw new IllegalArgumentException("model artifact (" + kind + ") is truncated: it does not end with "
                        + "the checksum line; last line: " + tail.substring(0, Math.min(tail.length(), 60)));
            }
            String expected = hex(fnv1a64(body.substring(0, last + 1)));
            String found = tail.substring(CHECKSUM.length()).trim();
            if (found.length() < 16) {
                throw new IllegalArgumentException("model artifact (" + kind + ") is truncated: its checksum line is "
                        + "incomplete: " + tail);
            }
            if (!expected.equals(found)) {
                throw new IllegalArgumentException("model artifact (" + kind + ") is corrupt: checksum " + found
                        + " does not match its content (" + expected + ")");
            }
            return new Reader(kind, body.substring(0, last).split("\n", -1));
        }

        public String kind() {
            return kind;
        }

        public int inputs() {
            return inputs;
        }

        /** The value of the next line, which must be {@code key=...}. */
        public String field(String key) {
            if (pos >= lines.length) {
                throw bad("missing field " + key + " (artifact ends at line " + pos + ")");
            }
            String line = stripCr(lines[pos]);
            if (!line.startsWith(key + "=")) {
                throw bad("expected field " + key + " at line " + (pos + 1) + ", found: "
                        + line.substring(0, Math.min(line.length(), 60)));
            }
            pos++;
            return line.substring(key.length() + 1);
        }

        public int intField(String key, int min, int max) {
            String v = field(key);
            try {
                int n = Integer.parseInt(v.trim());
                if (n < min || n > max) {
                    throw bad(key + "=" + n + " is outside [" + min + ", " + max + "]");
                }
                return n;
            } catch (NumberFormatException e) {
                throw bad(key + " is not an integer: " + v);
            }
        }

        public double doubleField(String key) {
            return finite(key, field(key).trim());
        }

        /** A comma-separated list of exactly {@code count} finite doubles. */
        public double[] doubles(String key, int count) {
            String v = field(key);
            String[] parts = v.isEmpty() ? new String[0] : v.split(",", -1);
            if (parts.length != count) {
                throw bad(key + " has " + parts.length + " values, expected " + count);
            }
            double[] out = new double[count];
            for (int i = 0; i < count; i++) {
                out[i] = finite(key, parts[i].trim());
            }
            return out;
        }

        /** Everything from the current line to the end of the body (before the checksum). */
        public String rest() {
            StringBuilder sb = new StringBuilder();
            for (int i = pos; i < lines.length; i++) {
                sb.append(stripCr(lines[i])).append('\n');
            }
            pos = lines.length;
            return sb.toString();
        }

        /** Fails when lines are left over. */
        public void end() {
            if (pos < lines.length) {
                throw bad("unexpected content at line " + (pos + 1) + ": "
                        + lines[pos].substring(0, Math.min(lines[pos].length(), 60)));
            }
        }

        public IllegalArgumentException bad(String what) {
            return new IllegalArgumentException("model artifact (" + kind + "): " + what);
        }

        private double finite(String key, String s) {
            try {
                double d = Double.parseDouble(s);
                if (!Double.isFinite(d)) {
                    throw bad(key + " holds a non-finite value: " + s);
                }
                return d;
            } catch (NumberFormatException e) {
                throw bad(key + " holds a value that is not a number: " + s);
            }
        }

        private static String stripCr(String s) {
            return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
        }
    }
}
