package io.trader.venue.binance.book;

import io.trader.core.domain.InstrumentSpec;
import io.trader.venue.binance.book.DepthReject.Reason;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Parses Binance depth messages into ticks and lots without a JSON tree and without BigDecimal: a
 * {@code depthUpdate} event (spot {@code <symbol>@depth@100ms}: e, E, s, U, u, b, a; USD-M adds T and pu), the
 * same event inside a combined-stream envelope {@code {"stream":..,"data":{..}}}, or a REST snapshot
 * ({@code lastUpdateId}, bids, asks). Keys may come in any order; unknown keys are skipped. A price or quantity
 * with non-zero digits beyond the instrument's scale is refused ({@link Reason#OFF_SCALE}), never rounded.
 * {@code //} comments are skipped as whitespace (the venue's documentation samples carry them).
 * Every refusal is counted by reason. Not thread-safe: one parser per stream.
 */
public final class BinanceDepthParser extends JsonScanner {

    private final String symbol;
    private final int priceScale;
    private final int qtyScale;
    private final long[] rejected = new long[Reason.values().length];
    private long accepted;

    private final Levels bids = new Levels();
    private final Levels asks = new Levels();
    private boolean typeIsDepth;
    private long eventTime;
    private long firstId;
    private long finalId;
    private long prevId;
    private long lastUpdateId;
    private boolean sawBids;
    private boolean sawAsks;

    /**
     * @param spec the instrument: its symbol (compared with {@code s} when present) and price/quantity scales
     */
    public BinanceDepthParser(InstrumentSpec spec) {
        this.symbol = spec.symbol();
        this.priceScale = spec.priceScale();
        this.qtyScale = spec.qtyScale();
    }

    /** Parses one message: a {@link DepthDiff}, a {@link DepthSnapshot}, or a counted {@link DepthReject}. */
    public BinanceDepthMessage parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return parse(bytes, 0, bytes.length);
    }

    /**
     * Parses one message from its UTF-8 bytes (a WebSocket text frame as received, no String decoding); the
     * bytes are only read during the call.
     */
    public BinanceDepthMessage parse(byte[] utf8, int offset, int length) {
        reset(utf8, offset, length);
        try {
            scan();
            BinanceDepthMessage message = build();
            accepted++;
            return message;
        } catch (Fail | IndexOutOfBoundsException e) {
            rejected[failure.ordinal()]++;
            return DepthReject.of(failure);
        }
    }

    /**
     * Parses one diff-stream frame from its UTF-8 bytes and hands it straight to {@code book} (the hot path: the
     * levels go from the parser's scratch arrays to the book, no diff object or arrays are allocated unless the
     * book must keep the diff). Same validation and counting as {@link #parse(byte[], int, int)}; a frame that is
     * not a diff is refused and counted by reason (a REST snapshot, which never comes on the stream, as
     * {@link Reason#NOT_DEPTH}) and the book is left unchanged.
     *
     * @return the book's outcome, or {@link DiffOutcome#REJECTED} when the frame was refused
     * @throws IndexOutOfBoundsException when the range is outside {@code utf8} (a caller bug)
     */
    public DiffOutcome parseInto(BinanceBook book, byte[] utf8, int offset, int length) {
        reset(utf8, offset, length);
        try {
            scan();
            if (lastUpdateId >= 0) {
                throw fail(Reason.NOT_DEPTH);
            }
            checkDiff();
        } catch (Fail | IndexOutOfBoundsException e) {
            rejected[failure.ordinal()]++;
            return DiffOutcome.REJECTED;
        }
        accepted++;
        return book.onScratchDiff(eventTime, firstId, finalId, prevId, bids.ticks, bids.lots, bids.n,
                asks.ticks, asks.lots, asks.n);
    }

    /** Scans the message just reset into the fields and scratch levels; throws {@link Fail} with {@code failure} set. */
    private void scan() {
        bids.n = 0;
        asks.n = 0;
        typeIsDepth = false;
        eventTime = -1;
        firstId = -1;
        finalId = -1;
        prevId = -1;
        lastUpdateId = -1;
        sawBids = false;
        sawAsks = false;
        ws();
        object(0);
        ws();
        if (pos != end) {
            throw fail(Reason.MALFORMED_JSON);
        }
    }

    /** Messages parsed into a diff or snapshot. */
    public long accepted() {
        return accepted;
    }

    /** Messages refused for {@code reason}. */
    public long rejected(Reason reason) {
        return rejected[reason.ordinal()];
    }

    private BinanceDepthMessage build() {
        if (lastUpdateId >= 0) {
            if (!sawBids || !sawAsks) {
                throw fail(Reason.MISSING_FIELD);
            }
            return new DepthSnapshot(lastUpdateId, bids.ticks(), bids.lots(), asks.ticks(), asks.lots());
        }
        checkDiff();
        return new DepthDiff(eventTime, firstId, finalId, prevId, bids.ticks(), bids.lots(), asks.ticks(), asks.lots());
    }

    private void checkDiff() {
        if (!typeIsDepth) {
            throw fail(Reason.NOT_DEPTH);
        }
        if (firstId < 0 || finalId < 0 || !sawBids || !sawAsks) {
            throw fail(Reason.MISSING_FIELD);
        }
        if (firstId > finalId) {
            throw fail(Reason.BAD_IDS);
        }
    }

    /** Reads an object; at nesting 0 a {@code data} object (combined-stream envelope) is read as the event. */
    private void object(int nesting) {
        expect('{');
        ws();
        if (peek() == '}') {
            pos++;
            return;
        }
        while (true) {
            ws();
            expect('"');
            int keyStart = pos;
            while (at(pos) != '"') {
                if (at(pos) == '\\') {
                    throw fail(Reason.MALFORMED_JSON);
                }
                pos++;
            }
            int keyLen = pos - keyStart;
            pos++;
            ws();
            expect(':');
            ws();
            field(keyStart, keyLen, nesting);
            ws();
            char c = at(pos++);
            if (c == '}') {
                return;
            }
            if (c != ',') {
                throw fail(Reason.MALFORMED_JSON);
            }
        }
    }

    private void field(int k, int len, int nesting) {
        if (len == 1) {
            switch (at(k)) {
                case 'e' -> {
                    int start = pos;
                    skipValue();
                    typeIsDepth = pos - start == 13 && regionIs(start, "\"depthUpdate\"");
                }
                case 'E' -> eventTime = integer();
                case 'U' -> firstId = integer();
                case 'u' -> finalId = integer();
                case 's' -> symbol();
                case 'b' -> sawBids = levels(bids);
                case 'a' -> sawAsks = levels(asks);
                default -> skipValue();
            }
        } else if (len == 2 && regionIs(k, "pu")) {
            prevId = integer();
        } else if (len == 4 && regionIs(k, "bids")) {
            sawBids = levels(bids);
        } else if (len == 4 && regionIs(k, "asks")) {
            sawAsks = levels(asks);
        } else if (len == 12 && regionIs(k, "lastUpdateId")) {
            lastUpdateId = integer();
        } else if (nesting == 0 && len == 4 && regionIs(k, "data") && peek() == '{') {
            object(1);
        } else {
            skipValue();
        }
    }

    private void symbol() {
        expect('"');
        int start = pos;
        int close = indexOf('"', start);
        if (close < 0) {
            throw fail(Reason.MALFORMED_JSON);
        }
        pos = close + 1;
        if (close - start != symbol.length() || !regionIs(start, symbol)) {
            failure = Reason.WRONG_SYMBOL;
            throw FAIL;
        }
    }

    /** Reads {@code [[p,q,...],...]} into {@code into}; a non-array value (e.g. a bookTicker's "b") is skipped. */
    private boolean levels(Levels into) {
        if (peek() != '[') {
            skipValue();
            return false;
        }
        pos++;
        ws();
        if (peek() == ']') {
            pos++;
            return true;
        }
        while (true) {
            ws();
            expect('[');
            ws();
            long p = decimal(priceScale);
            ws();
            expect(',');
            ws();
            long q = decimal(qtyScale);
            ws();
            while (peek() == ',') { // extra elements (old docs: an ignorable [])
                pos++;
                ws();
                skipValue();
                ws();
            }
            expect(']');
            into.add(p, q);
            ws();
            char c = at(pos++);
            if (c == ']') {
                return true;
            }
            if (c != ',') {
                throw fail(Reason.MALFORMED_JSON);
            }
        }
    }


    /** Growable scratch arrays for one side's levels. */
    private static final class Levels {
        long[] ticks = new long[256];
        long[] lots = new long[256];
        int n;

        void add(long tick, long lot) {
            if (n == ticks.length) {
                ticks = Arrays.copyOf(ticks, n * 2);
                lots = Arrays.copyOf(lots, n * 2);
            }
            ticks[n] = tick;
            lots[n++] = lot;
        }

        long[] ticks() {
            return Arrays.copyOf(ticks, n);
        }

        long[] lots() {
            return Arrays.copyOf(lots, n);
        }
    }
}
