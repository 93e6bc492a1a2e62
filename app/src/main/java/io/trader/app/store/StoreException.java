package io.trader.app.store;

/** A synchronous store operation (checkpoint, kill switch, load) failed; the cause is the database error. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
