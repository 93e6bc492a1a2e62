package io.trader.venue.hyperliquid.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Jackson streaming readers for the hot payloads ({@code l2Book}, {@code trades}, mids): decimal strings go
 * straight from the parser's character buffer to ticks and lots, with no intermediate strings or trees. Field
 * order inside an object does not matter. Failures throw {@link HlMalformedException} (or Jackson's exception for
 * bad JSON). One instance per thread: it keeps scratch arrays.
 */
final class HlStreamingParser {

    /** Most trades in one {@code trades} message (the venue sends a handful per block). */
    static final int MAX_TRADES = 1_000;
    /** Most entries in one {@code allMids} map (the venue has under 1,000 perp and spot markets). */
    static final int MAX_MIDS = 10_000;

    /**
     * Venue messages nest at most 6 levels and carry no long numbers or strings: tighter limits than Jackson's
     * defaults make a hostile message fail fast (the size cap bounds the rest).
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES).disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(64)
                    .maxStringLength(HlWsDecoder.MAX_MESSAGE_BYTES).build())
            .build();

    private static final int MAX = L2Snapshot.MAX_LEVELS;

    private final HlDecimal dec = new HlDecimal();
    private final long[][] pxM = new long[2][MAX];
    private final int[][] pxD = new int[2][MAX];
    private final long[][] szM = new long[2][MAX];
    private final int[][] szD = new int[2][MAX];
    private final int[][] orders = new int[2][MAX];
    private final int[] count = new int[2];

    /** Reads {@code {coin, time, levels:[bids, asks]}} with {@code p} on its START_OBJECT into {@code out}. */
    void book(JsonParser p, HlInstruments instruments, L2Snapshot out) throws Exception {
        expect(p.currentToken() == JsonToken.START_OBJECT, HlMalformed.INVALID_JSON, "book is not an object");
        InstrumentSpec spec = null;
        boolean coin = false;
        long time = Long.MIN_VALUE;
        boolean levels = false;
        String f;
        while ((f = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (f) {
                case "coin" -> {
                    spec = coin(p, t, instruments);
                    coin = true;
                }
                case "time" -> time = longValue(p, t, "time");
                case "levels" -> {
                    levels(p, t);
                    levels = true;
                }
                default -> p.skipChildren();
            }
        }
        expect(coin && time != Long.MIN_VALUE && levels, HlMalformed.MISSING_FIELD, "book needs coin, time, levels");
        expect(spec != null, HlMalformed.UNKNOWN_COIN, "book coin");
        out.reset(spec, time);
        for (int side = 0; side < 2; side++) {
            for (int i = 0; i < count[side]; i++) {
                long px = HlDecimal.scale(pxM[side][i], pxD[side][i], false, spec.priceScale());
                long sz = HlDecimal.scale(szM[side][i], szD[side][i], false, spec.qtyScale());
                expect(px != HlDecimal.NOT_EXACT && sz != HlDecimal.NOT_EXACT, HlMalformed.PRECISION, "book level finer than the instrument scale");
                expect(px > 0, HlMalformed.NON_POSITIVE_PRICE, "book level px");
                expect(sz > 0, HlMalformed.NON_POSITIVE_SIZE, "book level sz");
                expect(orders[side][i] >= 0, HlMalformed.BAD_VALUE, "book level n");
                out.add(side, px, sz, orders[side][i]);
            }
        }
        HlChecks.time(time, "book time");
        expect(out.isConsistent(), HlMalformed.BAD_BOOK, "book levels unsorted or crossed");
    }

    private void levels(JsonParser p, JsonToken t) throws Exception {
        expect(t == JsonToken.START_ARRAY, HlMalformed.BAD_VALUE, "levels is not an array");
        int side = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(side < 2 && p.currentToken() == JsonToken.START_ARRAY, HlMalformed.BAD_VALUE, "levels needs 2 arrays");
            count[side] = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                expect(p.currentToken() == JsonToken.START_OBJECT, HlMalformed.BAD_VALUE, "level is not an object");
                level(p, side);
            }
            side++;
        }
        expect(side == 2, HlMalformed.BAD_VALUE, "levels needs 2 arrays");
    }

    private void level(JsonParser p, int side) throws Exception {
        int k = count[side];
        expect(k < MAX, HlMalformed.BAD_VALUE, "more than " + MAX + " levels");
        boolean hasPx = false;
        boolean hasSz = false;
        int n = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (f) {
                case "px" -> {
                    positive(p, t, "px");
                    pxM[side][k] = dec.mantissa;
                    pxD[side][k] = dec.decimals;
                    hasPx = true;
                }
                case "sz" -> {
                    positive(p, t, "sz");
                    szM[side][k] = dec.mantissa;
                    szD[side][k] = dec.decimals;
                    hasSz = true;
                }
                case "n" -> {
                    long v = longValue(p, t, "n");
                    expect(v >= 0 && v <= Integer.MAX_VALUE, HlMalformed.BAD_VALUE, "level n");
                    n = (int) v;
                }
                default -> p.skipChildren();
            }
        }
        expect(hasPx && hasSz, HlMalformed.MISSING_FIELD, "level needs px and sz");
        orders[side][k] = n;
        count[side] = k + 1;
    }

    /** Reads an array of trades with {@code p} on its START_ARRAY. */
    List<HlTrade> trades(JsonParser p, HlInstruments instruments) throws Exception {
        expect(p.currentToken() == JsonToken.START_ARRAY, HlMalformed.BAD_VALUE, "trades is not an array");
        List<HlTrade> out = new ArrayList<>(4);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(out.size() < MAX_TRADES, HlMalformed.TOO_LARGE, "more than " + MAX_TRADES + " trades");
            expect(p.currentToken() == JsonToken.START_OBJECT, HlMalformed.BAD_VALUE, "trade is not an object");
            out.add(trade(p, instruments));
        }
        return out;
    }

    private HlTrade trade(JsonParser p, HlInstruments instruments) throws Exception {
        InstrumentSpec spec = null;
        boolean coin = false;
        Side side = null;
        long pxM0 = -1;
        int pxD0 = 0;
        long szM0 = -1;
        int szD0 = 0;
        long time = Long.MIN_VALUE;
        long tid = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (f) {
                case "coin" -> {
                    spec = coin(p, t, instruments);
                    coin = true;
                }
                case "side" -> side = side(p, t);
                case "px" -> {
                    positive(p, t, "px");
                    pxM0 = dec.mantissa;
                    pxD0 = dec.decimals;
                }
                case "sz" -> {
                    positive(p, t, "sz");
                    szM0 = dec.mantissa;
                    szD0 = dec.decimals;
                }
                case "time" -> time = longValue(p, t, "time");
                case "tid" -> tid = longValue(p, t, "tid");
                default -> p.skipChildren();
            }
        }
        expect(coin && side != null && pxM0 >= 0 && szM0 >= 0 && time != Long.MIN_VALUE,
                HlMalformed.MISSING_FIELD, "trade needs coin, side, px, sz, time");
        expect(spec != null, HlMalformed.UNKNOWN_COIN, "trade coin");
        long px = HlDecimal.scale(pxM0, pxD0, false, spec.priceScale());
        long sz = HlDecimal.scale(szM0, szD0, false, spec.qtyScale());
        expect(px != HlDecimal.NOT_EXACT && sz != HlDecimal.NOT_EXACT, HlMalformed.PRECISION, "trade finer than the instrument scale");
        expect(px > 0, HlMalformed.NON_POSITIVE_PRICE, "trade px");
        expect(sz > 0, HlMalformed.NON_POSITIVE_SIZE, "trade sz");
        HlChecks.time(time, "trade time");
        return new HlTrade(spec, side, px, sz, time, tid);
    }

    /** Reads a {@code {coin: "px", ...}} object with {@code p} on its START_OBJECT. */
    static Map<String, BigDecimal> midsMap(JsonParser p) throws Exception {
        expect(p.currentToken() == JsonToken.START_OBJECT, HlMalformed.BAD_VALUE, "mids is not an object");
        Map<String, BigDecimal> out = new HashMap<>(64);
        String f;
        while ((f = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            expect(t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT,
                    HlMalformed.BAD_NUMBER, "mid");
            expect(out.size() < MAX_MIDS, HlMalformed.TOO_LARGE, "more than " + MAX_MIDS + " mids");
            int len = p.getTextLength();
            if (len <= 0 || len > HlChecks.MAX_DECIMAL_CHARS) {
                throw HlMalformedException.of(HlMalformed.BAD_NUMBER, "mid of " + len + " characters");
            }
            BigDecimal mid = HlChecks.bounded(new BigDecimal(p.getTextCharacters(), p.getTextOffset(), len), "mid");
            HlChecks.price(mid, "mid");
            out.put(f, mid);
        }
        return out;
    }

    /** Reads {@code {mids: {...}}} (the websocket {@code allMids} data) with {@code p} on its START_OBJECT. */
    static Map<String, BigDecimal> wsMids(JsonParser p) throws Exception {
        expect(p.currentToken() == JsonToken.START_OBJECT, HlMalformed.BAD_VALUE, "allMids data is not an object");
        Map<String, BigDecimal> mids = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            if (f.equals("mids")) {
                mids = midsMap(p);
            } else {
                p.skipChildren();
            }
        }
        expect(mids != null, HlMalformed.MISSING_FIELD, "allMids needs mids");
        return mids;
    }

    private void positive(JsonParser p, JsonToken t, String what) throws Exception {
        expect(t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT,
                t == JsonToken.VALUE_NULL ? HlMalformed.MISSING_FIELD : HlMalformed.BAD_NUMBER, what);
        expect(dec.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()), HlMalformed.BAD_NUMBER, what);
        expect(!dec.negative, what.equals("px") ? HlMalformed.NON_POSITIVE_PRICE : HlMalformed.NON_POSITIVE_SIZE, what);
    }

    private static Side side(JsonParser p, JsonToken t) throws Exception {
        expect(t == JsonToken.VALUE_STRING && p.getTextLength() == 1, HlMalformed.BAD_VALUE, "side");
        char c = p.getTextCharacters()[p.getTextOffset()];
        expect(c == 'A' || c == 'B', HlMalformed.BAD_VALUE, "side");
        return c == 'B' ? Side.BUY : Side.SELL;
    }

    /** The instrument of a coin-name string token, or {@code null} when the table does not know it. */
    private static InstrumentSpec coin(JsonParser p, JsonToken t, HlInstruments instruments) throws Exception {
        expect(t == JsonToken.VALUE_STRING, t == JsonToken.VALUE_NULL ? HlMalformed.MISSING_FIELD : HlMalformed.BAD_VALUE,
                "coin");
        return instruments.spec(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    static String string(JsonParser p, JsonToken t, String what) throws Exception {
        expect(t == JsonToken.VALUE_STRING, t == JsonToken.VALUE_NULL ? HlMalformed.MISSING_FIELD : HlMalformed.BAD_VALUE,
                what);
        return p.getText();
    }

    static long longValue(JsonParser p, JsonToken t, String what) throws Exception {
        expect(t == JsonToken.VALUE_NUMBER_INT, t == JsonToken.VALUE_NULL ? HlMalformed.MISSING_FIELD : HlMalformed.BAD_NUMBER,
                what);
        return p.getLongValue();
    }

    static void expect(boolean ok, HlMalformed reason, String detail) {
        if (!ok) {
            throw HlMalformedException.of(reason, detail);
        }
    }
}
