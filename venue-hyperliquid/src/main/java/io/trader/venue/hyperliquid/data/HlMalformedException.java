package io.trader.venue.hyperliquid.data;

/**
 * A venue message or response that cannot be used. Thrown by the parsers in this package (never by the stream
 * decoder, which reports through {@link HlWsHandler#onMalformed}); carries no stack trace, it is cheap.
 */
public final class HlMalformedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HlMalformed reason;

    public HlMalformedException(HlMalformed reason, String detail) {
        super(reason + ": " + detail, null, false, false);
        this.reason = reason;
    }

    public HlMalformed reason() {
        return reason;
    }

    /** The reason for any exception raised while parsing: ours, Jackson's, or a number format error. */
    static HlMalformed reasonOf(Throwable e) {
        if (e instanceof HlMalformedException m) {
            return m.reason;
        }
        if (e instanceof com.fasterxml.jackson.core.JacksonException) {
            return HlMalformed.INVALID_JSON;
        }
        if (e instanceof NumberFormatException || e instanceof ArithmeticException) {
            return HlMalformed.BAD_NUMBER;
        }
        return HlMalformed.BAD_VALUE;
    }

    static HlMalformedException of(HlMalformed reason, String detail) {
        return new HlMalformedException(reason, detail);
    }
}
