package io.trader.venue.xchange;

import org.knowm.xchange.bybit.service.BybitException;
import org.knowm.xchange.okex.dto.OkexException;

/**
 * The venue error codes that xchange-bybit and xchange-okex 5.2.1 pass through untyped. Both venues answer most
 * refusals with HTTP 200 and a code in the body (Bybit {@code retCode}, OKX {@code code} or {@code data[0].sCode}),
 * and both modules throw those as a bare {@link BybitException} / {@link OkexException} without an HTTP status, so
 * without this table a refused order would look like an UNKNOWN fate. Codes from the venues' v5 "Error Codes" pages.
 * Pure and stateless.
 */
final class VenueErrorCodes {

    private VenueErrorCodes() {
    }

    /** The kind of the first venue code in the cause chain, or null when there is none. */
    static XChangeError classify(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BybitException b) {
                return new XChangeError(bybit(b.getRetCode()), "bybit " + b.getRetCode() + " " + b.getRetMsg());
            }
            if (c instanceof OkexException o) {
                return new XChangeError(okx(okxCode(o)), "okx " + o);
            }
        }
        return null;
    }

    static XChangeError.Kind bybit(int retCode) {
        return switch (retCode) {
            case 10006, 10018 -> XChangeError.Kind.RATE_LIMITED;
            case 10002, 10003, 10004, 10005, 10007, 10009, 10010 -> XChangeError.Kind.AUTH;
            case 10016 -> XChangeError.Kind.UNAVAILABLE;
            case 110001, 170213 -> XChangeError.Kind.NOT_FOUND;
            case 110072, 170141 -> XChangeError.Kind.DUPLICATE;
            default -> XChangeError.Kind.REJECTED;
        };
    }

    static XChangeError.Kind okx(int code) {
        if (code == 50011 || code == 50061) {
            return XChangeError.Kind.RATE_LIMITED;
        }
        if (code >= 50100 && code <= 50119) {
            return XChangeError.Kind.AUTH;
        }
        if (code == 50001 || code == 50004 || code == 50013 || code == 50026) {
            return XChangeError.Kind.UNAVAILABLE;
        }
        if (code == 51016) {
            return XChangeError.Kind.DUPLICATE;
        }
        if (code == 51603) {
            return XChangeError.Kind.NOT_FOUND;
        }
        return XChangeError.Kind.REJECTED;
    }

    /** OkexException keeps its code private; its text is {@code "<code>:<message>"}. */
    private static int okxCode(OkexException o) {
        String s = o.toString();
        int colon = s.indexOf(':');
        try {
            return Integer.parseInt(colon < 0 ? s : s.substring(0, colon));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
