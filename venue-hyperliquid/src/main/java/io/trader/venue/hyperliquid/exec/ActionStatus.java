package io.trader.venue.hyperliquid.exec;

import java.math.BigDecimal;

/**
 * The venue's answer for one order, cancel or modify of an {@code /exchange} action ({@code response.data.statuses[i]}),
 * or the whole-request refusal applied to each entry.
 */
public sealed interface ActionStatus permits ActionStatus.Resting, ActionStatus.Filled, ActionStatus.Success,
        ActionStatus.Waiting, ActionStatus.Error {

    /** {@code {"resting":{"oid":n}}}. */
    record Resting(long oid) implements ActionStatus {
    }

    /** {@code {"filled":{"totalSz","avgPx","oid"}}}: filled at once (an IOC may fill only part). */
    record Filled(long oid, BigDecimal totalSize, BigDecimal avgPrice) implements ActionStatus {
        public Filled {
            if (totalSize == null || avgPrice == null) {
                throw new IllegalArgumentException("totalSize and avgPrice are required");
            }
        }
    }

    /** {@code "success"} (cancels) or a {@code default} response (modify, leverage, scheduleCancel). */
    record Success() implements ActionStatus {
    }

    /** A bare status string such as {@code waitingForFill} / {@code waitingForTrigger} (tp/sl children). */
    record Waiting(String status) implements ActionStatus {
    }

    /** {@code {"error":"msg"}} or a whole-request {@code "err"}, translated. */
    record Error(HyperliquidErrorCode code, String message) implements ActionStatus {
        public Error {
            if (code == null) {
                throw new IllegalArgumentException("code is required");
            }
            message = message == null ? "" : message;
        }

        /** The platform reject reason, {@code "<label>: <message>"}. */
        public String reason() {
            return HyperliquidErrorAdapter.reason(code, message);
        }
    }
}
