package io.trader.venue.binance;

/**
 * Translates Binance answers into {@link BinanceErrorCode}s: by the error {@code code} of a
 * {@code {"code":-2010,"msg":"..."}} body first, then by HTTP status (429, 418, 5xx). Reasons handed to the
 * platform read {@code "binance <code> <label>: <venue msg>"}. Pure.
 */
public final class BinanceErrorAdapter {

    private BinanceErrorAdapter() {
    }

    /** The typed code of an answer with HTTP {@code status} and venue error {@code code} (0 when none). */
    public static BinanceErrorCode classify(int status, int code) {
        switch (code) {
            case -1021:
                return BinanceErrorCode.TIMESTAMP;
            case -1022:
                return BinanceErrorCode.BAD_SIGNATURE;
            case -2014:
            case -2015:
                return BinanceErrorCode.BAD_KEY;
            case -2010:
                return BinanceErrorCode.REJECTED;
            case -2011:
            case -2013:
                return BinanceErrorCode.UNKNOWN_ORDER;
            case -1015:
                return BinanceErrorCode.TOO_MANY_ORDERS;
            case -1003:
                return BinanceErrorCode.RATE_LIMITED;
            default:
                break;
        }
        if (code == -1013 || code <= -1100 && code >= -1199) {
            return BinanceErrorCode.FILTER;
        }
        if (status == 429) {
            return BinanceErrorCode.RATE_LIMITED;
        }
        if (status == 418) {
            return BinanceErrorCode.BANNED;
        }
        if (status >= 500 || status == 0 || code == -1007 || code == -1006) {
            return BinanceErrorCode.UNKNOWN_FATE;
        }
        return BinanceErrorCode.OTHER;
    }

    /** The platform reason for a refusal. */
    public static String reason(BinanceErrorCode c, int code, String msg) {
        return "binance " + code + " " + c.label() + ": " + (msg == null ? "" : msg);
    }
}
