package io.trader.signals.core;

/** What checking one signed document found: valid under a key, or the reason it is not. */
public sealed interface Verification {

    /** The signature matches the canonical payload under the key {@code keyId}. */
    record Valid(String keyId, String signalId) implements Verification {
    }

    /** The document fails; {@code reason} says why in one line (it never contains a secret). */
    record Invalid(Failure failure, String reason) implements Verification {
    }

    /** Why a document fails. */
    enum Failure {
        /** Not a JSON object of strings, objects and arrays, or missing key_id / signature. */
        MALFORMED,
        /** The key id is not one of the ring's. */
        UNKNOWN_KEY,
        /** The signature does not match the payload (tampered, or signed with another key). */
        BAD_SIGNATURE
    }

    default boolean ok() {
        return this instanceof Valid;
    }
}
