package io.trader.layer0.core.aux;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads one time column and one value column of an auxiliary CSV file (pure: the bytes are given). Accepts a
 * UTF-8 byte-order mark, CRLF line ends, ISO dates and date-times ({@code 2024-12-31T00:00:00.000Z},
 * {@code 2026-08-21T00:00:00Z}, {@code 2018-02-01}) and dotted dates {@code 2009.10.5} (year.month.day).
 *
 * <p>A suspicious file is refused with an {@link AuxInputException} naming the file, line and reason, never turned
 * into a plausible series: a header without the expected columns, a value or date that does not parse, a row
 * with too few columns, a date repeated or out of order. A file entirely newest-first is accepted and reversed
 * ({@link TimeValues#reversed()}); one that changes direction is refused. An empty value is skipped and counted
 * ({@link TimeValues#skippedEmpty()}), never read as zero.
 */
public final class AuxCsv {

    private AuxCsv() {
    }

    /**
     * @param source      file name for messages
     * @param data        the file's bytes (already decompressed)
     * @param timeColumns accepted names of the time column (case-insensitive), first match wins
     * @param valueColumn the value column's name (case-insensitive)
     */
    public static TimeValues read(String source, byte[] data, List<String> timeColumns, String valueColumn) {
        List<String> lines = lines(data);
        if (lines.isEmpty()) {
            throw new AuxInputException(source, 0, "empty file (no header, no rows)");
        }
        String[] header = lines.get(0).split(",", -1);
        int tc = -1;
        for (String name : timeColumns) {
            tc = find(header, name);
            if (tc >= 0) {
                break;
            }
        }
        int vc = find(header, valueColumn);
        if (tc < 0 || vc < 0) {
            throw new AuxInputException(source, 1, "unknown header '" + lines.get(0) + "': expected a time column "
                    + timeColumns + " and a value column '" + valueColumn + "'");
        }
        long[] times = new long[lines.size()];
        double[] values = new double[lines.size()];
        int n = 0;
        int rows = 0;
        int empty = 0;
        int direction = 0;
        long previous = 0;
        int previousLine = 0;
        for (int li = 1; li < lines.size(); li++) {
            String line = lines.get(li);
            if (line.isBlank()) {
                continue;
            }
            int lineNo = li + 1;
            rows++;
            String[] f = line.split(",", -1);
            if (f.length <= Math.max(tc, vc)) {
                throw new AuxInputException(source, lineNo, "only " + f.length + " columns, header has "
                        + header.length);
            }
            long t = parseTime(f[tc].trim());
            if (t == Long.MIN_VALUE) {
                throw new AuxInputException(source, lineNo, "not a date: '" + f[tc] + "'");
            }
            if (rows > 1) {
                if (t == previous) {
                    throw new AuxInputException(source, lineNo, "duplicate date " + f[tc].trim() + " (also on line "
                            + previousLine + ")");
                }
                int d = t > previous ? 1 : -1;
                if (direction == 0) {
                    direction = d;
                } else if (d != direction) {
                    throw new AuxInputException(source, lineNo, "date " + f[tc].trim() + " is out of order (the file"
                            + " is " + (direction > 0 ? "oldest" : "newest") + "-first up to line " + previousLine
                            + "): refused rather than sorted, the rows may be mixed up");
                }
            }
            previous = t;
            previousLine = lineNo;
            String v = f[vc].trim();
            if (v.isEmpty()) {
                empty++;
                continue;
            }
            double value;
            try {
                value = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new AuxInputException(source, lineNo, "not a number in column '" + valueColumn + "': '" + v + "'");
            }
            if (!Double.isFinite(value)) {
                throw new AuxInputException(source, lineNo, "not a finite number in column '" + valueColumn + "': '"
                        + v + "'");
            }
            times[n] = t;
            values[n] = value;
            n++;
        }
        if (rows == 0) {
            throw new AuxInputException(source, 1, "header but no data rows");
        }
        times = Arrays.copyOf(times, n);
        values = Arrays.copyOf(values, n);
        boolean reversed = direction < 0;
        if (reversed) {
            reverse(times, values);
        }
        return new TimeValues(source, header[vc].trim(), times, values, rows, empty, reversed);
    }

    /** The header's column names (BOM stripped), e.g. to tell layouts apart. */
    public static String[] header(byte[] data) {
        List<String> lines = lines(data);
        return lines.isEmpty() ? new String[0] : lines.get(0).split(",", -1);
    }

    private static int find(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].trim().replace("\"", "").toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> lines(byte[] data) {
        int start = data.length >= 3 && data[0] == (byte) 0xEF && data[1] == (byte) 0xBB && data[2] == (byte) 0xBF
                ? 3 : 0;
        String text = new String(data, start, data.length - start, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            out.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Epoch ms of an ISO date(-time) or a dotted {@code Y.M.D} date (midnight UTC), or {@code Long.MIN_VALUE}. */
    static long parseTime(String s) {
        if (s.indexOf('.') > 0 && s.indexOf('-') < 0 && s.indexOf(':') < 0) {
            String[] p = s.split("\\.", -1);
            if (p.length != 3) {
                return Long.MIN_VALUE;
            }
            try {
                int y = Integer.parseInt(p[0]);
                int m = Integer.parseInt(p[1]);
                int d = Integer.parseInt(p[2]);
                if (y < 1970 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) {
                    return Long.MIN_VALUE;
                }
                return io.trader.layer0.core.DateText.daysFromCivil(y, m, d) * 86_400_000L;
            } catch (NumberFormatException e) {
                return Long.MIN_VALUE;
            }
        }
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        long t = io.trader.layer0.core.DateText.epochMillis(b, 0, b.length);
        return t == io.trader.layer0.core.DateText.INVALID ? Long.MIN_VALUE : t;
    }

    private static int daysIn(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static void reverse(long[] t, double[] v) {
        for (int i = 0, j = t.length - 1; i < j; i++, j--) {
            long tt = t[i];
            t[i] = t[j];
            t[j] = tt;
            double vv = v[i];
            v[i] = v[j];
            v[j] = vv;
        }
    }
}
