package io.trader.venue.binance.book;

import io.trader.venue.binance.book.DepthReject.Reason;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The scanning primitives of {@link BinanceDepthParser}: a cursor over one message's text with whitespace (and
 * {@code //} comment) skipping, exact decimal-to-long reading at a scale, and value skipping. A failure unwinds
 * with a stackless exception after recording its {@link Reason}. Not thread-safe.
 */
abstract class JsonScanner {

    /** Thrown to unwind to the parse entry point; carries no stack trace. */
    static final class Fail extends RuntimeException {
        Fail() {
            super(null, null, false, false);
        }
    }

    static final Fail FAIL = new Fail();
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long[] POW10 = new long[19];
    /** {@code Long.MAX_VALUE / 10^k}: v * 10^k fits a long iff v &lt;= MAX_BEFORE_POW10[k] (no division per number). */
    private static final long[] MAX_BEFORE_POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
        for (int i = 0; i < POW10.length; i++) {
            MAX_BEFORE_POW10[i] = Long.MAX_VALUE / POW10[i];
        }
    }

    /** The message being scanned, as bytes (JSON from the venue is ASCII; other bytes never match a token). */
    byte[] b;
    /** The next byte to read. */
    int pos;
    /** One past the message's last byte. */
    int end;
    /** Why the scan failed (set before unwinding). */
    Reason failure;

    /** Starts scanning a new message. */
    void reset(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new IndexOutOfBoundsException("message [" + offset + ", +" + length + ") outside " + bytes.length);
        }
        b = bytes;
        pos = offset;
        end = offset + length;
        failure = Reason.MALFORMED_JSON;
    }

    /** The byte at {@code i} as a char; past the end the message is truncated: MALFORMED_JSON. */
    final char at(int i) {
        if (i >= end) {
            throw fail(Reason.MALFORMED_JSON);
        }
        return (char) (b[i] & 0xFF);
    }

    /** True when the message holds {@code literal} (ASCII) at {@code k}. */
    final boolean regionIs(int k, String literal) {
        int n = literal.length();
        if (k + n > end) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[k + i] != literal.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Index of the next {@code c} at or after {@code from}, or -1. */
    final int indexOf(char c, int from) {
        for (int i = from; i < end; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** A non-negative JSON integer. */
    long integer() {
        long v = 0;
        int start = pos;
        char c;
        while (pos < end && (c = at(pos)) >= '0' && c <= '9') {
            if (v > (Long.MAX_VALUE - 9) / 10) {
                throw fail(Reason.BAD_NUMBER);
            }
            v = v * 10 + (c - '0');
            pos++;
        }
        if (pos == start || isNumberChar(peek())) {
            throw fail(Reason.BAD_NUMBER);
        }
        return v;
    }

    /**
     * A non-negative decimal (quoted or bare) scaled by 10^scale; refuses non-zero digits beyond the scale. The hot
     * loop of the parser: it works on locals and writes the cursor back once.
     */
    long decimal(int scale) {
        final byte[] buf = b;
        final int e = end;
        int p = pos;
        boolean quoted = p < e && buf[p] == '"';
        if (quoted) {
            p++;
        }
        long v = 0;
        int start = p;
        int c;
        while (p < e && (c = buf[p] - '0') >= 0 && c <= 9) {
            if (v > (Long.MAX_VALUE - 9) / 10) {
                pos = p;
                throw fail(Reason.BAD_NUMBER);
            }
            v = v * 10 + c;
            p++;
        }
        if (p == start) {
            pos = p;
            throw fail(Reason.BAD_NUMBER);
        }
        int frac = 0;
        if (p < e && buf[p] == '.') {
            p++;
            if (p + 8 <= e) { // eight fraction digits at once (Binance writes 8 on spot)
                long x = (long) LONG_LE.get(buf, p);
                if (((x & 0xF0F0F0F0F0F0F0F0L) | (((x + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) >>> 4))
                        == 0x3333333333333333L) {
                    long eight = eightDigits(x);
                    int keep = Math.min(scale, 8);
                    long add = eight;
                    if (keep < 8) { // scale 8 or more (spot quantities) keeps all eight: no division
                        long div = POW10[8 - keep];
                        if (eight % div != 0) {
                            pos = p;
                            throw fail(Reason.OFF_SCALE);
                        }
                        add = eight / div;
                    }
                    long r = v * POW10[keep] + add; // add < 10^keep: past the v bound, the sum wraps negative
                    if (v > MAX_BEFORE_POW10[keep] || r < 0) {
                        pos = p;
                        throw fail(Reason.BAD_NUMBER);
                    }
                    v = r;
                    frac = keep;
                    p += 8;
                }
            }
            while (p < e && (c = buf[p] - '0') >= 0 && c <= 9) {
                if (frac < scale) {
                    if (v > (Long.MAX_VALUE - 9) / 10) {
                        pos = p;
                        throw fail(Reason.BAD_NUMBER);
                    }
                    v = v * 10 + c;
                    frac++;
                } else if (c != 0) {
                    pos = p;
                    throw fail(Reason.OFF_SCALE);
                }
                p++;
            }
        }
        pos = p;
        if (isNumberChar(peek())) {
            throw fail(Reason.BAD_NUMBER);
        }
        if (quoted) {
            expect('"');
        }
        if (v > MAX_BEFORE_POW10[scale - frac]) {
            throw fail(Reason.BAD_NUMBER);
        }
        return v * POW10[scale - frac];
    }

    /** The value of eight ASCII digits loaded little-endian (first digit most significant). */
    private static long eightDigits(long x) {
        long v = ((x & 0x0F0F0F0F0F0F0F0FL) * 2561) >>> 8;
        v = ((v & 0x00FF00FF00FF00FFL) * 6553601) >>> 16;
        return ((v & 0x0000FFFF0000FFFFL) * 42949672960001L) >>> 32;
    }

    static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+';
    }

    /** Skips any JSON value. */
    void skipValue() {
        char c = peek();
        if (c == '"') {
            pos++;
            while ((c = at(pos++)) != '"') {
                if (c == '\\') {
                    pos++;
                }
            }
        } else if (c == '{' || c == '[') {
            int depth = 0;
            do {
                c = at(pos++);
                if (c == '"') {
                    pos--;
                    skipValue();
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
            } while (depth > 0);
        } else {
            int start = pos;
            while (pos < end && (c = at(pos)) != ',' && c != '}' && c != ']' && c > ' ' && c != '/') {
                pos++;
            }
            if (pos == start) {
                throw fail(Reason.MALFORMED_JSON);
            }
        }
    }

    /** Skips whitespace and {@code //} line comments (venue frames have none between tokens: checked first). */
    final void ws() {
        int p = pos;
        if (p < end) {
            byte c = b[p];
            if (c > ' ' && c != '/') {
                return;
            }
        }
        wsSlow();
    }

    private void wsSlow() {
        while (pos < end) {
            char c = at(pos);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                pos++;
            } else if (c == '/' && pos + 1 < end && at(pos + 1) == '/') {
                int nl = indexOf('\n', pos);
                pos = nl < 0 ? end : nl + 1;
            } else {
                return;
            }
        }
    }

    char peek() {
        return pos < end ? (char) (b[pos] & 0xFF) : 0;
    }

    void expect(char c) {
        if (at(pos++) != c) {
            throw fail(Reason.MALFORMED_JSON);
        }
    }

    Fail fail(Reason reason) {
        failure = reason;
        return FAIL;
    }
}
