package io.trader.venue.kraken.book;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.trader.core.domain.InstrumentSpec;
import io.trader.venue.kraken.book.BookReject.Reason;

import java.io.IOException;
import java.util.List;

/**
 * Parses Kraken WebSocket v1 {@code book-N} messages: arrays {@code [channelID, {..}, ({..},) "book-N", "PAIR"]}
 * where a snapshot object holds {@code as}/{@code bs} and updates hold {@code a} and/or {@code b} (in one object
 * or two) with the checksum {@code c} as a string; each level is {@code [price, volume, timestamp(, "r")]}, "r"
 * marking a republished level. Event objects (heartbeat, systemStatus, subscriptionStatus) are
 * {@link Reason#NOT_BOOK}. Refusals are counted by reason. Not thread-safe.
 */
public final class KrakenV1BookParser {

    private static final JsonFactory JSON = new JsonFactory();

    /** Thrown internally to unwind with a reason; no stack trace. */
    private static final class Fail extends RuntimeException {
        Fail() {
            super(null, null, false, false);
        }
    }

    private static final Fail FAIL = new Fail();

    private final int priceScale;
    private final int qtyScale;
    private final KrakenDecimal decimal = new KrakenDecimal();
    private final LevelBuffer buffer = new LevelBuffer();
    private final long[] rejected = new long[Reason.values().length];
    private Reason failure;
    private boolean republish;

    public KrakenV1BookParser(InstrumentSpec spec) {
        this.priceScale = spec.priceScale();
        this.qtyScale = spec.qtyScale();
    }

    /** Parses one v1 message into a {@link BookMessage} or a counted {@link BookReject}. */
    public KrakenBookMessage parse(String text) {
        failure = Reason.MALFORMED;
        republish = false;
        try (JsonParser p = JSON.createParser(text)) {
            return message(p);
        } catch (Fail | IOException e) {
            rejected[failure.ordinal()]++;
            return BookReject.of(failure);
        }
    }

    public long rejected(Reason reason) {
        return rejected[reason.ordinal()];
    }

    private KrakenBookMessage message(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == JsonToken.START_OBJECT) {
            throw fail(Reason.NOT_BOOK);
        }
        expect(first, JsonToken.START_ARRAY);
        expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
        LevelChanges bids = null;
        LevelChanges asks = null;
        boolean snapshot = false;
        long checksum = -1;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "as" -> {
                        asks = levels(p, value);
                        snapshot = true;
                    }
                    case "bs" -> {
                        bids = levels(p, value);
                        snapshot = true;
                    }
                    case "a" -> asks = levels(p, value);
                    case "b" -> bids = levels(p, value);
                    case "c" -> {
                        expect(value, JsonToken.VALUE_STRING);
                        checksum = checksum(p.getText());
                    }
                    default -> p.skipChildren();
                }
            }
        }
        if (t != JsonToken.VALUE_STRING) {
            throw FAIL;
        }
        if (!p.getText().startsWith("book-")) {
            throw fail(Reason.NOT_BOOK);
        }
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        String pair = p.getText();
        expect(p.nextToken(), JsonToken.END_ARRAY);
        if (p.nextToken() != null || (bids == null && asks == null)) {
            throw FAIL;
        }
        return new BookMessage(snapshot, List.of(new BookMessage.BookData(pair,
                bids == null ? LevelChanges.NONE : bids, asks == null ? LevelChanges.NONE : asks, checksum,
                republish)));
    }

    private long checksum(String text) {
        if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(Character::isDigit)) {
            throw fail(Reason.BAD_CHECKSUM);
        }
        long v = Long.parseLong(text);
        if (v > 0xFFFF_FFFFL) {
            throw fail(Reason.BAD_CHECKSUM);
        }
        return v;
    }

    private LevelChanges levels(JsonParser p, JsonToken start) throws IOException {
        expect(start, JsonToken.START_ARRAY);
        buffer.clear();
        while (p.nextToken() == JsonToken.START_ARRAY) {
            expect(p.nextToken(), JsonToken.VALUE_STRING);
            read(p, priceScale);
            long tick = decimal.scaled;
            long pDigits = decimal.digits;
            expect(p.nextToken(), JsonToken.VALUE_STRING);
            read(p, qtyScale);
            buffer.add(tick, decimal.scaled, pDigits, decimal.digits);
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == JsonToken.VALUE_STRING && "r".equals(p.getText())) {
                    republish = true;
                } else {
                    p.skipChildren();
                }
            }
        }
        expect(p.currentToken(), JsonToken.END_ARRAY);
        return buffer.toChanges();
    }

    private void read(JsonParser p, int scale) throws IOException {
        int r = decimal.read(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), scale);
        if (r == KrakenDecimal.BAD) {
            throw fail(Reason.BAD_NUMBER);
        }
        if (r == KrakenDecimal.OFF_SCALE) {
            throw fail(Reason.OFF_SCALE);
        }
    }

    private static void expect(JsonToken got, JsonToken want) {
        if (got != want) {
            throw FAIL;
        }
    }

    private Fail fail(Reason reason) {
        failure = reason;
        return FAIL;
    }
}
