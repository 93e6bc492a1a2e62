package io.trader.venue.binance.book;

/** A wire message the parser refused, and why; the parser counts rejections by reason. */
public record DepthReject(Reason reason) implements BinanceDepthMessage {

    /** Why a message was refused. */
    public enum Reason {
        /** Not well-formed JSON (truncated, bad token, trailing garbage). */
        MALFORMED_JSON,
        /** Well-formed, but not a depth message ({@code e} is not {@code depthUpdate}, or no snapshot keys). */
        NOT_DEPTH,
        /** A required key ({@code U}, {@code u}, {@code b}, {@code a}, {@code lastUpdateId}, ...) is missing. */
        MISSING_FIELD,
        /** The symbol {@code s} is not the book's instrument. */
        WRONG_SYMBOL,
        /** A price or quantity has non-zero digits beyond the instrument's scale (not exactly representable). */
        OFF_SCALE,
        /** A number is negative, not a plain decimal, or too large for a long at the instrument's scale. */
        BAD_NUMBER,
        /** Update ids are inconsistent (U &gt; u). */
        BAD_IDS;

        private final DepthReject value = new DepthReject(this);
    }

    /** The shared instance for a reason (rejections allocate nothing). */
    public static DepthReject of(Reason reason) {
        return reason.value;
    }
}
