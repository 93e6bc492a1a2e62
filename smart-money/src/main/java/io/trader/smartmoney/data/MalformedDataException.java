package io.trader.smartmoney.data;

/**
 * A document or message that cannot be read as what it claims to be (broken JSON, a missing required field, a
 * number that is not a number). Thrown by the decoders so the caller counts and drops the input instead of acting on
 * a plausible wrong value.
 */
public final class MalformedDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedDataException(String message) {
        super(message);
    }

    public MalformedDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
