package io.trader.layer0.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the six candle fields are in a row. From a header line the columns are found by name, in any
 * order and any case, with surrounding spaces and quotes ignored and {@code ' '} or {@code '-'} read as
 * {@code '_'}; other columns are ignored. Accepted names:
 * <ul>
 *   <li>time: {@code date}, {@code time}, {@code timestamp}, {@code datetime}, {@code open_time}</li>
 *   <li>{@code open} or {@code o}; {@code high} or {@code h}; {@code low} or {@code l};
 *       {@code close} or {@code c}; {@code volume}, {@code vol} or {@code v}</li>
 * </ul>
 * A header without one of them, or with two columns for the same field, is refused naming the columns.
 * Without a header the rows are read in the canonical order {@code date,open,high,low,close,volume}.
 * Immutable; the field positions are resolved once, so reading a row stays a few array lookups.
 */
public final class CandleColumns {

    public static final int TIME = 0;
    public static final int OPEN = 1;
    public static final int HIGH = 2;
    public static final int LOW = 3;
    public static final int CLOSE = 4;
    public static final int VOLUME = 5;
    /** Fields a candle needs. */
    public static final int ROLES = 6;

    private static final String[] ROLE_NAMES = {"date", "open", "high", "low", "close", "volume"};
    private static final String[][] ALIASES = {
            {"date", "time", "timestamp", "datetime", "open_time"},
            {"open", "o"}, {"high", "h"}, {"low", "l"}, {"close", "c"}, {"volume", "vol", "v"}};

    /** No header: {@code date,open,high,low,close,volume}. */
    public static final CandleColumns CANONICAL = new CandleColumns(new int[]{0, 1, 2, 3, 4, 5}, 6, null);

    private final int[] index;
    private final int fields;
    private final String header;

    private CandleColumns(int[] index, int fields, String header) {
        this.index = index;
        this.fields = fields;
        this.header = header;
    }

    /**
     * The columns named by {@code header}.
     *
     * @throws CandleInputException when a field has no column or two columns
     */
    public static CandleColumns fromHeader(String header) {
        List<String> names = split(header);
        int[] index = {-1, -1, -1, -1, -1, -1};
        for (int i = 0; i < names.size(); i++) {
            int role = roleOf(names.get(i));
            if (role < 0) {
                continue;
            }
            if (index[role] >= 0) {
                throw new CandleInputException("the header has two columns for the " + ROLE_NAMES[role] + ": '"
                        + names.get(index[role]) + "' and '" + names.get(i) + "'; keep one");
            }
            index[role] = i;
        }
        List<String> missing = new ArrayList<>();
        for (int r = 0; r < ROLES; r++) {
            if (index[r] < 0) {
                missing.add(ROLE_NAMES[r]);
            }
        }
        if (!missing.isEmpty()) {
            String hint = names.size() == 1 && (header.indexOf(';') >= 0 || header.indexOf('\t') >= 0)
                    ? " (the file must be comma-separated)" : volumeHint(index, names);
            throw new CandleInputException("the header '" + abbreviate(header) + "' has no column for "
                    + String.join(", ", missing) + hint + "; expected date,open,high,low,close,volume"
                    + " (also accepted: time/timestamp/datetime/open_time, o, h, l, c, v/vol)");
        }
        return new CandleColumns(index, names.size(), header);
    }

    /** True when {@code line} names at least one candle column (tells a header from a data row). */
    public static boolean namesAColumn(String line) {
        for (String name : split(line)) {
            if (roleOf(name) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Field position of {@code role} ({@link #TIME} .. {@link #VOLUME}) in a row. */
    public int index(int role) {
        return index[role];
    }

    /** Fields every row must have. */
    public int fields() {
        return fields;
    }

    /** The header line these columns were read from, or {@code null} for a headerless source. */
    public String header() {
        return header;
    }

    /** True when the rows are {@code date,open,high,low,close,volume} and nothing else. */
    public boolean canonical() {
        if (fields != ROLES) {
            return false;
        }
        for (int r = 0; r < ROLES; r++) {
            if (index[r] != r) {
                return false;
            }
        }
        return true;
    }

    /** For logs: which column each field is read from, e.g. {@code date=1, open=5, ... (7 columns)}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < ROLES; r++) {
            sb.append(r == 0 ? "" : ", ").append(ROLE_NAMES[r]).append(" = column ").append(index[r] + 1);
        }
        return sb.append(" of ").append(fields).toString();
    }

    /** Columns such as {@code Volume BTC} and {@code Volume USDT}: which is the base volume is not guessed. */
    private static String volumeHint(int[] index, List<String> names) {
        if (index[VOLUME] >= 0) {
            return "";
        }
        List<String> volumes = names.stream().filter(n -> n.startsWith("volume_")).map(n -> "'" + n + "'").toList();
        return volumes.isEmpty() ? "" : " (" + String.join(", ", volumes)
                + " look like volumes: rename the one in the base currency, as traded, to volume)";
    }

    private static int roleOf(String name) {
        for (int r = 0; r < ROLES; r++) {
            for (String alias : ALIASES[r]) {
                if (alias.equals(name)) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** Header fields, normalised: trimmed, unquoted, lower case, spaces and dashes as underscores. */
    static List<String> split(String header) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= header.length(); i++) {
            if (i == header.length() || header.charAt(i) == ',') {
                out.add(normalise(header.substring(start, i)));
                start = i + 1;
            }
        }
        return out;
    }

    private static String normalise(String field) {
        String s = field.strip();
        while (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'')
                && s.charAt(s.length() - 1) == s.charAt(0)) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
