package io.trader.venue.hyperliquid.exec;

/**
 * A venue payload ({@code /info} reply, {@code /exchange} answer, user-stream data) that cannot be used, with the
 * reason of the first failing check. An {@link IllegalArgumentException}, like every other shape error of
 * {@link HyperliquidAdapters}; carries no stack trace (it is cheap, and counted rather than logged).
 */
public final class HyperliquidPayloadException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a payload was refused. */
    public enum Reason {
        /** Missing or mistyped fields, or JSON of the wrong shape. */
        MALFORMED,
        /** A number that does not parse, or one with more than 64 digits or an exponent beyond +-64. */
        BAD_NUMBER,
        /** A price (fill, order limit, average fill price, mid) that is zero or negative. */
        NON_POSITIVE_PRICE,
        /** A fill size that is zero or negative, or an order size below zero. */
        NON_POSITIVE_SIZE,
        /** A venue time outside 1970-01-01..2100-01-01 (epoch ms). */
        BAD_TIME,
        /** A body larger than the client's cap (dropped unparsed). */
        TOO_LARGE
    }

    private final Reason reason;

    public HyperliquidPayloadException(Reason reason, String detail) {
        super(reason + ": " + detail, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The reason of any exception raised while reading a payload ({@link Reason#MALFORMED} for other ones). */
    public static Reason reasonOf(Throwable e) {
        if (e instanceof HyperliquidPayloadException p) {
            return p.reason;
        }
        if (e instanceof io.trader.venue.hyperliquid.data.HlMalformedException m) {
            return switch (m.reason()) {
                case BAD_NUMBER, PRECISION -> Reason.BAD_NUMBER;
                case NON_POSITIVE_PRICE -> Reason.NON_POSITIVE_PRICE;
                case NON_POSITIVE_SIZE -> Reason.NON_POSITIVE_SIZE;
                case BAD_TIME -> Reason.BAD_TIME;
                case TOO_LARGE -> Reason.TOO_LARGE;
                default -> Reason.MALFORMED;
            };
        }
        return e instanceof NumberFormatException || e instanceof ArithmeticException ? Reason.BAD_NUMBER
                : Reason.MALFORMED;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
