package io.trader.app.cli;

import io.trader.app.Main;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A wide price table read from CSV: a header {@code date,ASSET1,ASSET2,...}, then one row per date with one close
 * per asset. Refused (a {@link Main.UserError} naming the line and the column), never repaired:
 * <ul>
 *   <li>a missing or empty file, a header with fewer than 2 assets, an empty or duplicate asset name;</li>
 *   <li>a row with another number of fields than the header;</li>
 *   <li>a date that does not parse ({@code yyyy-MM-dd}, {@code yyyy-MM-ddTHH:mm[:ss[.SSS]]} with an optional
 *       {@code Z} or offset such as {@code +02:00}, or a space instead of the {@code T}; times without an offset
 *       are UTC), a duplicate date (the same instant), a date not later than
 *       the previous row's (reversed or unsorted files are refused, not sorted);</li>
 *   <li>a price that is not a finite number or not positive;</li>
 *   <li>a blank price after the asset's first price (an internal gap, or an asset that stopped trading before
 *       the last date). Blank cells <b>before</b> an asset's first price are allowed: the asset listed later, and
 *       its returns start with its first price (no forward or backward fill).</li>
 * </ul>
 * Blank lines are skipped. Line numbers in messages count the header as line 1.
 */
public record WidePrices(List<String> assets, List<String> dates, long[] times, double[][] prices) {

    /** Reads and validates {@code file}. */
    public static WidePrices read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Main.UserError("price file not found: " + file);
        } catch (IOException e) {
            throw new Main.UserError("cannot read price file " + file + ": " + e.getMessage());
        }
        return parse(file.toString(), lines);
    }

    static WidePrices parse(String name, List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            throw new Main.UserError(name + " is empty");
        }
        String[] header = split(stripBom(lines.get(first)));
        int nAssets = header.length - 1;
        if (nAssets < 2) {
            throw new Main.UserError(name + ": the header needs a date column and at least 2 asset columns, has "
                    + Math.max(nAssets, 0) + " asset column(s): " + lines.get(first).strip());
        }
        List<String> assets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int j = 1; j < header.length; j++) {
            String a = header[j];
            if (a.isEmpty()) {
                throw new Main.UserError(name + ": column " + (j + 1) + " of the header has no name");
            }
            if (!seen.add(a)) {
                throw new Main.UserError(name + ": column name '" + a + "' appears twice in the header");
            }
            assets.add(a);
        }
        List<String> dates = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        boolean[] started = new boolean[nAssets];
        int[] gapLine = new int[nAssets];
        String[] gapDate = new String[nAssets];
        for (int i = first + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            String[] f = split(line);
            if (f.length != header.length) {
                throw new Main.UserError(name + " line " + lineNo + ": " + f.length + " fields, the header has "
                        + header.length);
            }
            String date = f[0];
            long t = parseDate(name, lineNo, date);
            if (!times.isEmpty()) {
                long prev = times.get(times.size() - 1);
                if (t == prev) {
                    throw new Main.UserError(name + " line " + lineNo + ": duplicate date " + date);
                }
                if (t < prev) {
                    throw new Main.UserError(name + " line " + lineNo + ": date " + date + " is earlier than the "
                            + "previous row's " + dates.get(dates.size() - 1) + "; dates must be strictly increasing "
                            + "(oldest first), the file is not sorted for you");
                }
            }
            double[] row = new double[nAssets];
            for (int j = 0; j < nAssets; j++) {
                String cell = f[j + 1];
                if (cell.isEmpty()) {
                    row[j] = Double.NaN;
                    if (started[j] && gapLine[j] == 0) {
                        gapLine[j] = lineNo;
                        gapDate[j] = date;
                    }
                    continue;
                }
                double p;
                try {
                    p = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    throw new Main.UserError(name + " line " + lineNo + ", column " + assets.get(j) + ": '" + cell
                            + "' is not a number");
                }
                if (!Double.isFinite(p) || !(p > 0)) {
                    throw new Main.UserError(name + " line " + lineNo + ", column " + assets.get(j) + ": price "
                            + cell + " must be a finite number > 0");
                }
                if (gapLine[j] != 0) {
                    throw new Main.UserError(name + " line " + gapLine[j] + ", column " + assets.get(j)
                            + ": blank price on " + gapDate[j] + " between two prices; internal gaps are refused "
                            + "(only leading blanks, before an asset's first price, are allowed)");
                }
                started[j] = true;
                row[j] = p;
            }
            dates.add(date);
            times.add(t);
            rows.add(row);
        }
        for (int j = 0; j < nAssets; j++) {
            if (gapLine[j] != 0) {
                throw new Main.UserError(name + " line " + gapLine[j] + ", column " + assets.get(j)
                        + ": no price from " + gapDate[j] + " to the last date; an asset must have a price on every "
                        + "date after its first one");
            }
            if (!started[j]) {
                throw new Main.UserError(name + ": column " + assets.get(j) + " has no price at all");
            }
        }
        long[] t = new long[times.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = times.get(i);
        }
        return new WidePrices(List.copyOf(assets), List.copyOf(dates), t, rows.toArray(double[][]::new));
    }

    /** Median spacing between consecutive dates in milliseconds (0 with fewer than 2 dates). */
    public long medianSpacingMillis() {
        if (times.length < 2) {
            return 0;
        }
        long[] d = new long[times.length - 1];
        for (int i = 1; i < times.length; i++) {
            d[i - 1] = times[i] - times[i - 1];
        }
        java.util.Arrays.sort(d);
        return d[d.length / 2];
    }

    private static String[] split(String line) {
        String[] f = line.split(",", -1);
        for (int i = 0; i < f.length; i++) {
            String s = f[i].strip();
            if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                s = s.substring(1, s.length() - 1).strip();
            }
            f[i] = s;
        }
        return f;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static long parseDate(String name, int lineNo, String s) {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            String iso = s.replace(' ', 'T');
            if (iso.endsWith("Z")) {
                return Instant.parse(iso).toEpochMilli();
            }
            if (iso.length() > 19 && (iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10)) {
                return OffsetDateTime.parse(iso).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new Main.UserError(name + " line " + lineNo + ": '" + s + "' is not a date (yyyy-MM-dd or "
                    + "yyyy-MM-ddTHH:mm[:ss][Z])");
        }
    }
}
