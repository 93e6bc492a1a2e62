package io.trader.venue.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import io.trader.venue.hyperliquid.exec.HyperliquidErrorCode;

/** How one {@code /exchange} call ended, as far as the order's fate is concerned. */
public sealed interface ExchangeOutcome permits ExchangeOutcome.Answered, ExchangeOutcome.Refused,
        ExchangeOutcome.Unknown {

    /** HTTP 200 with a JSON body: the venue processed the action (per-entry statuses inside). */
    record Answered(JsonNode body) implements ExchangeOutcome {
    }

    /** Definitely not applied: still rate limited after the retries, or a 4xx. */
    record Refused(HyperliquidErrorCode code, String message) implements ExchangeOutcome {
    }

    /** Sent, outcome unknown: timeout, connection error, 5xx or an unreadable 200. Reconcile before trusting. */
    record Unknown(String reason) implements ExchangeOutcome {
    }
}
