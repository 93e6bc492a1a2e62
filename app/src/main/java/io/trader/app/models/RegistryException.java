package io.trader.app.models;

/**
 * A registry operation that cannot be done: an unknown alpha or version, a promotion of a version whose
 * artifact is missing or corrupt, a rollback with nothing to roll back to. Nothing was changed.
 */
public class RegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegistryException(String message) {
        super(message);
    }
}
