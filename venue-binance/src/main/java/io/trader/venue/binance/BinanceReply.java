package io.trader.venue.binance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer of the REST API as the adapter sees it: a 2xx with its JSON body, a typed refusal
 * ({@link BinanceErrorAdapter}), or an {@link BinanceErrorCode#UNKNOWN_FATE} (5xx, timeout, connection lost).
 *
 * @param status HTTP status, 0 when no response came
 * @param code   the venue error code of a refusal, 0 otherwise
 * @param msg    the venue text of a refusal, or what went wrong
 * @param body   the JSON body of a 2xx, else {@code null}
 * @param error  the typed error, {@code null} on success
 */
public record BinanceReply(int status, int code, String msg, JsonNode body, BinanceErrorCode error) {

    public static BinanceReply ok(int status, JsonNode body) {
        return new BinanceReply(status, 0, "", body, null);
    }

    public static BinanceReply failed(int status, int code, String msg) {
        return new BinanceReply(status, code, msg, null, BinanceErrorAdapter.classify(status, code));
    }

    public static BinanceReply unknown(int status, String msg) {
        return new BinanceReply(status, 0, msg, null, BinanceErrorCode.UNKNOWN_FATE);
    }

    public boolean ok() {
        return error == null;
    }

    /** The platform reason text for a refusal. */
    public String reason() {
        return BinanceErrorAdapter.reason(error == null ? BinanceErrorCode.OTHER : error, code, msg);
    }
}
