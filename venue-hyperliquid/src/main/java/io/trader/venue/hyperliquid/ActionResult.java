package io.trader.venue.hyperliquid;

import io.trader.venue.hyperliquid.exec.ActionStatus;
import io.trader.venue.hyperliquid.exec.HyperliquidAdapters;
import io.trader.venue.hyperliquid.exec.HyperliquidErrorCode;

/**
 * The outcome of an account action that is not an order event (modify, leverage, dead-man refresh).
 *
 * @param ok     the venue applied it
 * @param error  the typed reason when not ok, else {@code null}
 * @param detail the venue's words, or what happened instead
 */
public record ActionResult(boolean ok, HyperliquidErrorCode error, String detail) {

    public static ActionResult success() {
        return new ActionResult(true, null, "");
    }

    public static ActionResult failed(HyperliquidErrorCode code, String detail) {
        return new ActionResult(false, code, detail == null ? "" : detail);
    }

    /** The result of the first (only) entry of a single-entry action. */
    static ActionResult of(ExchangeOutcome outcome) {
        if (outcome instanceof ExchangeOutcome.Refused f) {
            return failed(f.code(), f.message());
        }
        if (outcome instanceof ExchangeOutcome.Unknown u) {
            return failed(HyperliquidErrorCode.REJECTED, "outcome unknown: " + u.reason());
        }
        try {
            return of(HyperliquidAdapters.statuses(((ExchangeOutcome.Answered) outcome).body(), 1).get(0));
        } catch (IllegalArgumentException e) {
            return failed(HyperliquidErrorCode.REJECTED, "unreadable response: " + e.getMessage());
        }
    }

    static ActionResult of(ActionStatus status) {
        return status instanceof ActionStatus.Error e ? failed(e.code(), e.message()) : success();
    }
}
