package io.trader.app.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What values a configuration key allows, written as in the README's "allowed" column:
 * <ul>
 *   <li>{@code [1, 100000] integer}: a whole number in the range;</li>
 *   <li>{@code (0, 1]}: a decimal number, round brackets excluding the bound, square ones including it;</li>
 *   <li>{@code [0, 2] list}: one or more such numbers separated by commas ({@code 0.5,1,1.5});</li>
 *   <li>{@code {market, limit}}: one of the words (any case);</li>
 *   <li>{@code path}: any text that is not blank;</li>
 *   <li>{@code path or empty}: a path, or blank for "none".</li>
 * </ul>
 * Numbers are plain decimals ({@code 0.2}, {@code 1e6}); {@code NaN}, {@code Infinity}, hex floats and
 * type suffixes ({@code 2d}) are refused.
 */
final class Allowed {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,10}");
    private static final Pattern RANGE = Pattern.compile("([\\[(])(\\S+), (\\S+)([])])( integer| list)?");

    private final String spec;
    private final Kind kind;
    private final BigDecimal min;
    private final BigDecimal max;
    private final boolean minOpen;
    private final boolean maxOpen;
    private final List<String> words;

    private enum Kind { INTEGER, DECIMAL, DECIMAL_LIST, WORD, PATH, OPTIONAL_PATH }

    private Allowed(String spec, Kind kind, BigDecimal min, boolean minOpen, BigDecimal max, boolean maxOpen,
                    List<String> words) {
        this.spec = spec;
        this.kind = kind;
        this.min = min;
        this.minOpen = minOpen;
        this.max = max;
        this.maxOpen = maxOpen;
        this.words = words;
    }

    static Allowed parse(String spec) {
        if (spec.equals("path")) {
            return new Allowed(spec, Kind.PATH, null, false, null, false, List.of());
        }
        if (spec.equals("path or empty")) {
            return new Allowed(spec, Kind.OPTIONAL_PATH, null, false, null, false, List.of());
        }
        Matcher m = RANGE.matcher(spec);
        if (m.matches()) {
            Kind kind = m.group(5) == null ? Kind.DECIMAL : m.group(5).equals(" list") ? Kind.DECIMAL_LIST
                    : Kind.INTEGER;
            return new Allowed(spec, kind, new BigDecimal(m.group(2)),
                    m.group(1).equals("("), new BigDecimal(m.group(3)), m.group(4).equals(")"), List.of());
        }
        if (spec.matches("\\{[a-z-]+(, [a-z-]+)+}")) {
            return new Allowed(spec, Kind.WORD, null, false, null, false,
                    List.of(spec.substring(1, spec.length() - 1).split(", ")));
        }
        throw new IllegalArgumentException("not an allowed-values spec: '" + spec + "'");
    }

    /** The value in canonical form, or {@code null} when it is not allowed. */
    String check(String value) {
        String v = value.strip();
        switch (kind) {
            case PATH:
                return v.isEmpty() ? null : v;
            case OPTIONAL_PATH:
                return v;
            case WORD:
                String w = v.toLowerCase(Locale.ROOT);
                return words.contains(w) ? w : null;
            case DECIMAL_LIST:
                List<String> items = new ArrayList<>();
                for (String item : v.split(",", -1)) {
                    String ok = number(item.strip(), DECIMAL);
                    if (ok == null) {
                        return null;
                    }
                    items.add(ok);
                }
                return String.join(",", items);
            default:
                return number(v, kind == Kind.INTEGER ? INTEGER : DECIMAL);
        }
    }

    /** {@code v} when it is a number of that syntax inside the range, else null. */
    private String number(String v, Pattern syntax) {
        if (!syntax.matcher(v).matches()) {
            return null;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
        int lo = d.compareTo(min);
        int hi = d.compareTo(max);
        boolean in = (minOpen ? lo > 0 : lo >= 0) && (maxOpen ? hi < 0 : hi <= 0);
        return in ? v : null;
    }

    /**
     * "a number in (0, 1]", "an integer in [1, 100000]", "a comma-separated list of numbers in [0, 2]",
     * "one of market, limit", "a path".
     */
    String describe() {
        return switch (kind) {
            case PATH -> "a path";
            case OPTIONAL_PATH -> "a path, or empty for none";
            case WORD -> "one of " + String.join(", ", words);
            case INTEGER -> "an integer in " + spec.substring(0, spec.length() - " integer".length());
            case DECIMAL -> "a number in " + spec;
            case DECIMAL_LIST -> "a comma-separated list of numbers in "
                    + spec.substring(0, spec.length() - " list".length());
        };
    }

    /** The spec as written (the README's "allowed" column). */
    String spec() {
        return spec;
    }
}
