package io.trader.app.correlation;

/**
 * A correlation request that cannot be answered, with the HTTP status it maps to (400 bad parameter, 404 unknown
 * asset, 422 window too short or too few bars, 503 no source) and the reason, which names the known values or the
 * numbers involved.
 */
public final class CorrelationError extends RuntimeException {

    private final int status;

    public CorrelationError(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
