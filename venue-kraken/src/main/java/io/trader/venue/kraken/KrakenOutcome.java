package io.trader.venue.kraken;

import com.fasterxml.jackson.databind.JsonNode;

/** How a private call ended. */
public sealed interface KrakenOutcome {

    /** Kraken answered with a result (and no error). */
    record Ok(JsonNode result) implements KrakenOutcome {
    }

    /** Kraken answered with an error (the request was refused, see {@link KrakenErrorCode} for whether it applied). */
    record Refused(KrakenErrorCode code, String text) implements KrakenOutcome {
        public String reason() {
            return KrakenErrors.reason(code, text);
        }
    }

    /** No usable answer (timeout, connection lost, 5xx, unreadable body): a write may or may not have applied. */
    record Unknown(String reason) implements KrakenOutcome {
    }
}
