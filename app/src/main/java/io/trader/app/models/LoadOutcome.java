package io.trader.app.models;

/** What loading a model version gave: its verified artifact, or a refusal saying why. */
public sealed interface LoadOutcome {

    /** Why a version was refused. */
    enum Reason {
        /** No such alpha or version in the registry. */
        UNKNOWN,
        /** The artifact file is not there. */
        MISSING,
        /** The artifact's SHA-256 differs from the one registered. */
        CORRUPT,
        /** Trained on another feature schema than the session computes. */
        SCHEMA,
        /** The artifact does not parse into a model that fits its record. */
        UNREADABLE
    }

    /** The artifact text, byte for byte what was registered, of a version whose schema is the expected one. */
    record Verified(ModelRecord record, String artifactText) implements LoadOutcome {
    }

    /** A version that must not be used; {@code message} says which and why, for the log. */
    record Refused(String alphaId, int version, Reason reason, String message) implements LoadOutcome {
    }
}
