package io.trader.venue.kraken.book;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.trader.core.domain.InstrumentSpec;
import io.trader.venue.kraken.book.BookReject.Reason;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses Kraken WebSocket v2 {@code book} messages
 * ({@code {"channel":"book","type":"snapshot"|"update","data":[{"symbol","bids":[{"price","qty"}],"asks",
 * "checksum","timestamp"}]}}) with Jackson's streaming parser. Prices and quantities may be JSON numbers (as Kraken
 * sends them) or strings (as the checksum guide's example writes them); either way they are read from their text,
 * exactly, keeping the digits for the checksum ({@link LevelChanges}). Other channels are {@link Reason#NOT_BOOK}.
 * Refusals are counted by reason. Not thread-safe: one parser per connection.
 */
public final class KrakenBookParser {

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
    private final LevelBuffer levels = new LevelBuffer();
    private final long[] rejected = new long[Reason.values().length];
    private long accepted;
    private Reason failure;

    public KrakenBookParser(InstrumentSpec spec) {
        this.priceScale = spec.priceScale();
        this.qtyScale = spec.qtyScale();
    }

    /** Parses one v2 message into a {@link BookMessage} or a counted {@link BookReject}. */
    public KrakenBookMessage parse(String text) {
        failure = Reason.MALFORMED;
        try (JsonParser p = JSON.createParser(text)) {
            KrakenBookMessage message = message(p);
            if (message instanceof BookReject reject) {
                rejected[reject.reason().ordinal()]++;
            } else {
                accepted++;
            }
            return message;
        } catch (Fail | IOException e) {
            rejected[failure.ordinal()]++;
            return BookReject.of(failure);
        }
    }

    public long accepted() {
        return accepted;
    }

    public long rejected(Reason reason) {
        return rejected[reason.ordinal()];
    }

    private KrakenBookMessage message(JsonParser p) throws IOException {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        Boolean snapshot = null;
        boolean book = false;
        List<BookMessage.BookData> entries = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "channel" -> {
                    book = value == JsonToken.VALUE_STRING && "book".equals(p.getText());
                    if (!book) {
                        return BookReject.of(Reason.NOT_BOOK);
                    }
                }
                case "type" -> {
                    String type = value == JsonToken.VALUE_STRING ? p.getText() : "";
                    if (!type.equals("snapshot") && !type.equals("update")) {
                        throw FAIL;
                    }
                    snapshot = type.equals("snapshot");
                }
                case "data" -> entries = entries(p, value);
                default -> p.skipChildren();
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            throw FAIL;
        }
        if (!book) {
            return BookReject.of(Reason.NOT_BOOK);
        }
        if (snapshot == null || entries == null) {
            throw FAIL;
        }
        return new BookMessage(snapshot, entries);
    }

    private List<BookMessage.BookData> entries(JsonParser p, JsonToken start) throws IOException {
        expect(start, JsonToken.START_ARRAY);
        List<BookMessage.BookData> out = new ArrayList<>(1);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String symbol = null;
            LevelChanges bids = null;
            LevelChanges asks = null;
            long checksum = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "symbol" -> {
                        expect(value, JsonToken.VALUE_STRING);
                        symbol = p.getText();
                    }
                    case "bids" -> bids = levels(p, value);
                    case "asks" -> asks = levels(p, value);
                    case "checksum" -> {
                        expect(value, JsonToken.VALUE_NUMBER_INT);
                        checksum = p.getLongValue();
                        if (checksum < 0 || checksum > 0xFFFF_FFFFL) {
                            throw fail(Reason.BAD_CHECKSUM);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (symbol == null || (bids == null && asks == null)) {
                throw FAIL;
            }
            out.add(new BookMessage.BookData(symbol, bids == null ? LevelChanges.NONE : bids,
                    asks == null ? LevelChanges.NONE : asks, checksum, false));
        }
        expect(p.currentToken(), JsonToken.END_ARRAY);
        return out;
    }

    private LevelChanges levels(JsonParser p, JsonToken start) throws IOException {
        expect(start, JsonToken.START_ARRAY);
        levels.clear();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            boolean havePrice = false;
            boolean haveQty = false;
            long tick = 0;
            long pDigits = 0;
            long lot = 0;
            long qDigits = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("price")) {
                    number(p, value, priceScale);
                    tick = decimal.scaled;
                    pDigits = decimal.digits;
                    havePrice = true;
                } else if (name.equals("qty")) {
                    number(p, value, qtyScale);
                    lot = decimal.scaled;
                    qDigits = decimal.digits;
                    haveQty = true;
                } else {
                    p.skipChildren();
                }
            }
            if (!havePrice || !haveQty) {
                throw FAIL;
            }
            levels.add(tick, lot, pDigits, qDigits);
        }
        expect(p.currentToken(), JsonToken.END_ARRAY);
        return levels.toChanges();
    }

    private void number(JsonParser p, JsonToken value, int scale) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT
                && value != JsonToken.VALUE_STRING) {
            throw FAIL;
        }
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
