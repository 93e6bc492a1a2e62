package io.trader.layer0.core;

import java.nio.charset.StandardCharsets;

/**
 * Reads candle rows {@code date,open,high,low,close,volume} from bytes, one line at a time, without
 * splitting strings, regexes or {@code BigDecimal}: dates go through {@link DateText}, prices are read
 * straight into {@code long} ticks at the caller's price scale, volume into a {@code double}.
 *
 * <p>A UTF-8 byte-order mark and a header line (a first line that starts with a letter or a quote) are
 * skipped; empty lines are skipped and not counted as rows; {@code \r\n} endings are accepted.
 * Syntax problems do not throw: the row comes back with {@link CandleRow#reject()} set to
 * {@link RejectReason#MALFORMED}, {@link RejectReason#NAN_OR_INFINITE} or
 * {@link RejectReason#PRECISION} (the first failing field decides).
 *
 * <p>Not thread-safe; one parser per byte array.
 */
public final class CandleParser {

    /** Fields per row. */
    public static final int FIELDS = 6;

    private final byte[] data;
    private final int end;
    private final DecimalText num = new DecimalText();
    private final int[] fieldStart = new int[FIELDS];
    private final int[] fieldEnd = new int[FIELDS];
    private final String header;
    private int pos;
    private long line;
    private long lineNumber;
    private int fieldCount;

    public CandleParser(byte[] data) {
        this(data, 0, data.length);
    }

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
        this.header = readHeader();
    }

    /** The header line, or {@code null} when the data starts with a row. */
    public String header() {
        return header;
    }

    /**
     * Moves to the next non-empty line and finds its fields. Returns {@code false} at the end of the
     * data. After {@code true}, call {@link #decode} or the field accessors.
     */
    public boolean advance() {
        final byte[] b = data;
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
                    if (commas < FIELDS - 1) {
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
            if (commas < FIELDS) {
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
        if (fieldCount != FIELDS) {
            row.reject = RejectReason.MALFORMED;
            return;
        }
        long t = DateText.epochMillis(data, fieldStart[0], fieldEnd[0]);
        if (t == DateText.INVALID) {
            row.reject = RejectReason.MALFORMED;
            return;
        }
        row.openTime = t;
        RejectReason r = price(1, priceScale);
        if (r != null) {
            row.reject = r;
            return;
        }
        row.open = num.ticks;
        if ((r = price(2, priceScale)) != null) {
            row.reject = r;
            return;
        }
        row.high = num.ticks;
        if ((r = price(3, priceScale)) != null) {
            row.reject = r;
            return;
        }
        row.low = num.ticks;
        if ((r = price(4, priceScale)) != null) {
            row.reject = r;
            return;
        }
        row.close = num.ticks;
        int s = num.parse(data, fieldStart[5], fieldEnd[5]);
        if (s != DecimalText.OK) {
            row.reject = syntax(s);
            return;
        }
        row.volume = num.toDouble(data);
    }

    private RejectReason price(int field, int scale) {
        int s = num.parse(data, fieldStart[field], fieldEnd[field]);
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

    /** 1-based line number of the current line (the header, if any, is line 1). */
    public long lineNumber() {
        return lineNumber;
    }

    /** Fields found on the current line (a row needs {@link #FIELDS}). */
    public int fieldCount() {
        return fieldCount;
    }

    /** Open time of the current line, or {@link DateText#INVALID}. Only for lines with all fields. */
    long openTime() {
        return DateText.epochMillis(data, fieldStart[0], fieldEnd[0]);
    }

    /**
     * Significant decimals of field {@code field} (1..5) of the current line, or -1 when it is not a
     * finite number. Whole numbers count as 0.
     */
    int decimalsOf(int field) {
        int s = num.parse(data, fieldStart[field], fieldEnd[field]);
        if (s != DecimalText.OK || num.overflow) {
            return -1;
        }
        return Math.max(0, num.decimals);
    }

    private String readHeader() {
        while (pos < end && (data[pos] == '\n' || data[pos] == '\r')) {
            if (data[pos] == '\n') {
                line++;
            }
            pos++;
        }
        if (pos >= end) {
            return null;
        }
        byte c = data[pos];
        boolean letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        if (!letter && c != '"') {
            return null;
        }
        int i = pos;
        while (i < end && data[i] != '\n') {
            i++;
        }
        int lineEnd = i > pos && data[i - 1] == '\r' ? i - 1 : i;
        String h = new String(data, pos, lineEnd - pos, StandardCharsets.UTF_8);
        line++;
        pos = Math.min(end, i + 1);
        return h;
    }
}
