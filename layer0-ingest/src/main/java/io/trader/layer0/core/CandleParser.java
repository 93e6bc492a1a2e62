package io.trader.layer0.core;

import java.nio.charset.StandardCharsets;

/**
 * Reads candle rows from bytes, one line at a time, without splitting strings, regexes or
 * {@code BigDecimal}: times go through {@link DateText} (or are epoch numbers), prices are read straight
 * into {@code long} ticks at the caller's price scale, volume into a {@code double}.
 *
 * <p>The columns come from the header line by name ({@link CandleColumns}: any order, common aliases,
 * extra columns ignored); a source without a header is read as {@code date,open,high,low,close,volume}.
 * The first non-empty line is a header when it starts with a letter or names a candle column; a header
 * without the needed columns throws {@link CandleInputException} from the constructor. Up to
 * {@link #MAX_PREAMBLE} lines without a comma before it (a vendor's URL line) are skipped. A UTF-8
 * byte-order mark is skipped; empty lines are skipped and not counted as rows; {@code \r\n} endings are
 * accepted; spaces and double quotes around a value are ignored.
 *
 * <p>Times are ISO-8601 ({@link DateText}) or a whole epoch number, its unit told by its size: seconds
 * from 10^9 (2001-09-09), milliseconds from 10^11, microseconds from 10^14, nanoseconds from 10^17;
 * smaller numbers (such as {@code 20250520}) are malformed, never a date in 1970.
 *
 * <p>Syntax problems do not throw: the row comes back with {@link CandleRow#reject()} set to
 * {@link RejectReason#MALFORMED}, {@link RejectReason#NAN_OR_INFINITE} or {@link RejectReason#PRECISION}
 * (the first failing field decides). Not thread-safe; one parser per byte array.
 */
public final class CandleParser {

    /** Lines without a comma skipped before the header (e.g. a data vendor's URL line). */
    static final int MAX_PREAMBLE = 5;

    private final byte[] data;
    private final int end;
    private final DecimalText num = new DecimalText();
    private final CandleColumns columns;
    private final int fields;
    private final int[] fieldStart;
    private final int[] fieldEnd;
    private final int timeField;
    private final int openField;
    private final int highField;
    private final int lowField;
    private final int closeField;
    private final int volumeField;
    private int pos;
    private long line;
    private long lineNumber;
    private int fieldCount;
    /** Bounds of the last field passed through {@link #trim}. */
    private int from;
    private int to;

    public CandleParser(byte[] data) {
        this(data, 0, data.length);
    }

    /** @throws CandleInputException when the header lacks a needed column or names one twice */
    public CandleParser(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > data.length) {
            throw new IllegalArgumentException("range outside the array");
        }
        this.data = data;
        this.end = offset + length;
        int p = offset;
        if (length >= 3 && data[p] == (byte) 0xEF && data[p + 1] == (byte) 0xBB && data[p + 2] == (byte) 0xBF) {
            p += 3;
        }
        this.pos = p;
        String header = readHeader();
        this.columns = header == null ? CandleColumns.CANONICAL : CandleColumns.fromHeader(header);
        this.fields = columns.fields();
        this.fieldStart = new int[fields];
        this.fieldEnd = new int[fields];
        this.timeField = columns.index(CandleColumns.TIME);
        this.openField = columns.index(CandleColumns.OPEN);
        this.highField = columns.index(CandleColumns.HIGH);
        this.lowField = columns.index(CandleColumns.LOW);
        this.closeField = columns.index(CandleColumns.CLOSE);
        this.volumeField = columns.index(CandleColumns.VOLUME);
    }

    /** The header line, or {@code null} when the data starts with a row. */
    public String header() {
        return columns.header();
    }

    /** Where each field is read from. */
    public CandleColumns columns() {
        return columns;
    }

    /** Fields every row must have (the header's column count, 6 without a header). */
    public int fields() {
        return fields;
    }

    /**
     * Moves to the next non-empty line and finds its fields. Returns {@code false} at the end of the
     * data. After {@code true}, call {@link #decode} or the field accessors.
     */
    public boolean advance() {
        final byte[] b = data;
        final int last = fields - 1;
        while (pos < end) {
            int start = pos;
            line++;
            int commas = 0;
            fieldStart[0] = start;
            int i = start;
            for (; i < end; i++) {
                byte c = b[i];
                if (c == '\n') {
                    break;
                }
                if (c == ',') {
                    if (commas < last) {
                        fieldEnd[commas] = i;
                        fieldStart[commas + 1] = i + 1;
                    }
                    commas++;
                }
            }
            pos = i + 1;
            int lineEnd = i > start && b[i - 1] == '\r' ? i - 1 : i;
            if (lineEnd == start) {
                continue;
            }
            if (commas <= last) {
                fieldEnd[commas] = lineEnd;
            }
            fieldCount = commas + 1;
            lineNumber = line;
            return true;
        }
        return false;
    }

    /** Parses the current line into {@code row}, prices as ticks of {@code 10^-priceScale}. */
    public void decode(CandleRow row, int priceScale) {
        row.lineNumber = lineNumber;
        row.reject = null;
        if (fieldCount != fields) {
            row.reject = RejectReason.MALFORMED;
            return;
        }
        long t = time(timeField);
        if (t == DateText.INVALID) {
            row.reject = RejectReason.MALFORMED;
            return;
        }
        row.openTime = t;
        RejectReason r = price(openField, priceScale);
        if (r != null) {
            row.reject = r;
            return;
        }
        row.open = num.ticks;
        if ((r = price(highField, priceScale)) != null) {
            row.reject = r;
            return;
        }
        row.high = num.ticks;
        if ((r = price(lowField, priceScale)) != null) {
            row.reject = r;
            return;
        }
        row.low = num.ticks;
        if ((r = price(closeField, priceScale)) != null) {
            row.reject = r;
            return;
        }
        row.close = num.ticks;
        trim(volumeField);
        int s = num.parse(data, from, to);
        if (s != DecimalText.OK) {
            row.reject = syntax(s);
            return;
        }
        row.volume = num.toDouble(data);
    }

    private RejectReason price(int field, int scale) {
        trim(field);
        int s = num.parse(data, from, to);
        if (s == DecimalText.OK) {
            s = num.ticks(scale);
        }
        return s == DecimalText.OK ? null : syntax(s);
    }

    private static RejectReason syntax(int status) {
        return switch (status) {
            case DecimalText.NOT_FINITE -> RejectReason.NAN_OR_INFINITE;
            case DecimalText.PRECISION -> RejectReason.PRECISION;
            default -> RejectReason.MALFORMED;
        };
    }

    /** Sets {@link #from}/{@link #to} to field {@code k} without surrounding spaces and one pair of double quotes. */
    private void trim(int k) {
        int f = fieldStart[k];
        int t = fieldEnd[k];
        while (f < t && data[f] == ' ') {
            f++;
        }
        while (t > f && data[t - 1] == ' ') {
            t--;
        }
        if (t - f >= 2 && data[f] == '"' && data[t - 1] == '"') {
            f++;
            t--;
        }
        from = f;
        to = t;
    }

    private long time(int field) {
        trim(field);
        return DateText.epochOrDate(data, from, to);
    }

    /** 1-based line number of the current line (the header, if any, is line 1). */
    public long lineNumber() {
        return lineNumber;
    }

    /** Fields found on the current line (a row needs {@link #fields()}). */
    public int fieldCount() {
        return fieldCount;
    }

    /** Open time of the current line, or {@link DateText#INVALID}. Only for lines with all fields. */
    long openTime() {
        return time(timeField);
    }

    /**
     * Significant decimals of field {@code role} ({@link CandleColumns#OPEN} .. {@link CandleColumns#VOLUME})
     * of the current line, or -1 when it is not a finite number. Whole numbers count as 0.
     */
    int decimalsOf(int role) {
        trim(columns.index(role));
        int s = num.parse(data, from, to);
        if (s != DecimalText.OK || num.overflow) {
            return -1;
        }
        return Math.max(0, num.decimals);
    }

    private String readHeader() {
        skipBlankLines();
        for (int skipped = 0; skipped < MAX_PREAMBLE && pos < end; skipped++) {
            int i = pos;
            while (i < end && data[i] != '\n' && data[i] != ',') {
                i++;
            }
            if (i >= end || data[i] == ',') {
                break;
            }
            line++;                                 // a line without a comma before the header: a preamble
            pos = i + 1;
            skipBlankLines();
        }
        if (pos >= end) {
            return null;
        }
        int i = pos;
        while (i < end && data[i] != '\n') {
            i++;
        }
        int lineEnd = i > pos && data[i - 1] == '\r' ? i - 1 : i;
        String first = new String(data, pos, lineEnd - pos, StandardCharsets.UTF_8);
        String lead = first.stripLeading();
        char c = lead.isEmpty() ? ' ' : lead.charAt(0);
        boolean letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        if (!letter && !CandleColumns.namesAColumn(first)) {
            return null;
        }
        line++;
        pos = Math.min(end, i + 1);
        return first;
    }

    private void skipBlankLines() {
        while (pos < end && (data[pos] == '\n' || data[pos] == '\r')) {
            if (data[pos] == '\n') {
                line++;
            }
            pos++;
        }
    }
}
