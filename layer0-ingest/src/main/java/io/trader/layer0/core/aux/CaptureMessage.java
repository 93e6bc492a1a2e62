package io.trader.layer0.core.aux;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.util.Arrays;

/**
 * One line of a Binance websocket capture ({@code <receive_ts_ns> <json>}), read with Jackson's streaming parser
 * into this reusable holder (no tree per line): combined-stream depth diffs ({@code U/u/pu}, {@code b/a} level
 * arrays), trades ({@code p, q, m, T}), book tickers ({@code u, b, B, a, A}) and a REST depth snapshot
 * ({@code lastUpdateId, bids, asks}). Prices and sizes are kept as exact longs in units of 1e-8.
 */
final class CaptureMessage {

    enum Kind { DEPTH, TRADE, TICKER, SNAPSHOT, OTHER }

    static final double UNIT = 1e8;
    private static final JsonFactory JSON = new JsonFactory();

    Kind kind;
    String stream;
    long receiveNs;
    long eventTime;
    long tradeTime;
    long firstId;
    long lastId;
    long prevId;
    long snapshotId;
    long price;
    long qty;
    boolean buyerMaker;
    long tickerBid;
    long tickerBidQty;
    long tickerAsk;
    long tickerAskQty;
    long[] bidPx = new long[64];
    long[] bidQty = new long[64];
    int bids;
    long[] askPx = new long[64];
    long[] askQty = new long[64];
    int asks;

    /** Parses {@code line}; throws {@link IllegalArgumentException} with the reason when it is not a capture line. */
    void parse(String line) {
        int sp = line.indexOf(' ');
        if (sp <= 0) {
            throw new IllegalArgumentException("no '<receive_ts_ns> <json>' prefix");
        }
        try {
            receiveNs = Long.parseLong(line.substring(0, sp));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("receive time is not a number: '" + line.substring(0, sp) + "'");
        }
        kind = Kind.OTHER;
        stream = null;
        eventTime = tradeTime = firstId = lastId = prevId = snapshotId = price = qty = -1;
        tickerBid = tickerAsk = tickerBidQty = tickerAskQty = -1;
        bids = asks = 0;
        try (JsonParser p = JSON.createParser(line.substring(sp + 1))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("json is not an object");
            }
            object(p, true);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("bad json: " + e.getMessage());
        }
        if (snapshotId >= 0) {
            kind = Kind.SNAPSHOT;
        } else if (stream != null && stream.contains("@depth")) {
            kind = Kind.DEPTH;
        } else if (stream != null && stream.endsWith("@trade")) {
            kind = Kind.TRADE;
        } else if (stream != null && stream.endsWith("@bookTicker")) {
            kind = Kind.TICKER;
        }
    }

    private void object(JsonParser p, boolean top) throws Exception {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            switch (f) {
                case "stream" -> stream = p.getText();
                case "data" -> {
                    if (t == JsonToken.START_OBJECT) {
                        object(p, false);
                    } else {
                        p.skipChildren();
                    }
                }
                case "E" -> eventTime = p.getLongValue();
                case "T" -> tradeTime = p.getLongValue();
                case "U" -> firstId = p.getLongValue();
                case "u" -> lastId = p.getLongValue();
                case "pu" -> prevId = p.getLongValue();
                case "lastUpdateId" -> snapshotId = p.getLongValue();
                case "p" -> price = decimal(p.getText());
                case "q" -> qty = decimal(p.getText());
                case "m" -> buyerMaker = p.getBooleanValue();
                case "b", "bids" -> {
                    if (t == JsonToken.START_ARRAY) {
                        bids = levels(p, true);
                    } else {
                        tickerBid = decimal(p.getText());
                    }
                }
                case "a", "asks" -> {
                    if (t == JsonToken.START_ARRAY) {
                        asks = levels(p, false);
                    } else {
                        tickerAsk = decimal(p.getText());
                    }
                }
                case "B" -> tickerBidQty = decimal(p.getText());
                case "A" -> tickerAskQty = decimal(p.getText());
                default -> p.skipChildren();
            }
        }
    }

    private int levels(JsonParser p, boolean bid) throws Exception {
        int n = 0;
        while (p.nextToken() == JsonToken.START_ARRAY) {
            p.nextToken();
            long px = decimal(p.getText());
            p.nextToken();
            long q = decimal(p.getText());
            if (p.nextToken() != JsonToken.END_ARRAY) {
                throw new IllegalArgumentException("a book level is not [price, qty]");
            }
            if (bid) {
                if (n == bidPx.length) {
                    bidPx = Arrays.copyOf(bidPx, n * 2);
                    bidQty = Arrays.copyOf(bidQty, n * 2);
                }
                bidPx[n] = px;
                bidQty[n] = q;
            } else {
                if (n == askPx.length) {
                    askPx = Arrays.copyOf(askPx, n * 2);
                    askQty = Arrays.copyOf(askQty, n * 2);
                }
                askPx[n] = px;
                askQty[n] = q;
            }
            n++;
        }
        return n;
    }

    /** Plain decimal text to units of 1e-8; refuses anything finer or not a number. */
    static long decimal(String s) {
        long m = 0;
        int dec = -1;
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty number");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' && dec < 0) {
                dec = 0;
            } else if (c >= '0' && c <= '9') {
                if (dec >= 0 && ++dec > 8) {
                    if (c != '0') {
                        throw new IllegalArgumentException("more than 8 decimals: '" + s + "'");
                    }
                    continue;
                }
                m = Math.multiplyExact(m, 10) + (c - '0');
            } else {
                throw new IllegalArgumentException("not a plain decimal: '" + s + "'");
            }
        }
        for (int d = Math.max(dec, 0); d < 8; d++) {
            m = Math.multiplyExact(m, 10);
        }
        return m;
    }

    CaptureMessage copy() {
        CaptureMessage c = new CaptureMessage();
        c.kind = kind;
        c.stream = stream;
        c.receiveNs = receiveNs;
        c.eventTime = eventTime;
        c.firstId = firstId;
        c.lastId = lastId;
        c.prevId = prevId;
        c.bidPx = Arrays.copyOf(bidPx, bids);
        c.bidQty = Arrays.copyOf(bidQty, bids);
        c.bids = bids;
        c.askPx = Arrays.copyOf(askPx, asks);
        c.askQty = Arrays.copyOf(askQty, asks);
        c.asks = asks;
        return c;
    }
}
