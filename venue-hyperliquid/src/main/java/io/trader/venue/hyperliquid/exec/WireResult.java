package io.trader.venue.hyperliquid.exec;

import java.util.function.Function;

/**
 * The outcome of turning a user-supplied number into a Hyperliquid wire value: the value, or a refusal with
 * a stable reason. Refusals are expected outcomes (an order the venue would reject), not exceptions.
 *
 * @param <T> the wire value type (a wire string, or an integer for hashing)
 */
public sealed interface WireResult<T> permits WireResult.Ok, WireResult.Refused {

    /** Why a value cannot go on the wire as it is. */
    enum Reason {
        /** Zero or negative where a positive value is required. */
        NOT_POSITIVE,
        /** A non-integer price with more than 5 significant figures. */
        TOO_MANY_SIGNIFICANT_FIGURES,
        /** More decimals than the asset allows (szDecimals for sizes, 6/8 − szDecimals for prices). */
        TOO_MANY_DECIMALS,
        /** The value would have to be rounded by more than the SDK's tolerance. */
        NEEDS_ROUNDING,
        /** The order cannot be expressed (e.g. a market order without a protection price). */
        UNSUPPORTED
    }

    record Ok<T>(T value) implements WireResult<T> {
        public Ok {
            if (value == null) {
                throw new IllegalArgumentException("value must not be null");
            }
        }
    }

    record Refused<T>(Reason reason, String detail) implements WireResult<T> {
        public Refused {
            if (reason == null || detail == null) {
                throw new IllegalArgumentException("reason and detail are required");
            }
        }
    }

    static <T> WireResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> WireResult<T> refused(Reason reason, String detail) {
        return new Refused<>(reason, detail);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value; throws {@link IllegalStateException} when refused (for callers that validated already). */
    default T orElseThrow() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        Refused<T> r = (Refused<T>) this;
        throw new IllegalStateException(r.reason() + ": " + r.detail());
    }

    /** Applies {@code next} to a value; a refusal passes through unchanged. */
    default <U> WireResult<U> flatMap(Function<T, WireResult<U>> next) {
        if (this instanceof Ok<T> ok) {
            return next.apply(ok.value());
        }
        Refused<T> r = (Refused<T>) this;
        return new Refused<>(r.reason(), r.detail());
    }
}
