package io.trader.venue.kraken;

import java.util.List;
import java.util.Locale;

/**
 * Translates Kraken's error strings (the {@code error} array of every response, {@code "<category>:<message>"})
 * into {@link KrakenErrorCode}s and reasons the platform shows ({@code "<label>: <venue text>"}). Unrecognised
 * strings map to {@link KrakenErrorCode#UNKNOWN} (fate unknown: an order is looked up, never blindly resent).
 */
public final class KrakenErrors {

    private KrakenErrors() {
    }

    /** The code of one error string. */
    public static KrakenErrorCode classify(String error) {
        if (error == null) {
            return KrakenErrorCode.UNKNOWN;
        }
        String e = error.toLowerCase(Locale.ROOT).replace(" ", "");
        if (e.startsWith("eapi:invalidnonce")) {
            return KrakenErrorCode.INVALID_NONCE;
        }
        if (e.startsWith("eapi:invalidkey") || e.startsWith("eapi:invalidsignature")
                || e.startsWith("eapi:badrequest")) {
            return KrakenErrorCode.INVALID_KEY;
        }
        if (e.startsWith("egeneral:permissiondenied") || e.startsWith("eapi:featuredisabled")
                || e.startsWith("egeneral:temporarylockout")) {
            return KrakenErrorCode.PERMISSION_DENIED;
        }
        if (e.startsWith("eapi:ratelimitexceeded")) {
            return KrakenErrorCode.RATE_LIMITED;
        }
        if (e.startsWith("eorder:ratelimitexceeded") || e.startsWith("eorder:ordersratelimit")) {
            return KrakenErrorCode.ORDER_RATE_LIMITED;
        }
        if (e.startsWith("eservice:throttled") || e.startsWith("egeneral:toomanyrequests")) {
            return KrakenErrorCode.THROTTLED;
        }
        if (e.startsWith("eorder:insufficientfunds") || e.startsWith("eorder:insufficientmargin")
                || e.startsWith("efunding:insufficientfunds")) {
            return KrakenErrorCode.INSUFFICIENT_FUNDS;
        }
        if (e.startsWith("eorder:orderminimumnotmet") || e.startsWith("eorder:costminimumnotmet")
                || e.startsWith("egeneral:invalidarguments:volume") || e.startsWith("eorder:tickminimumnotmet")) {
            return KrakenErrorCode.ORDER_MINIMUM;
        }
        if (e.startsWith("eorder:postonly")) {
            return KrakenErrorCode.POST_ONLY;
        }
        if (e.startsWith("eorder:unknownorder")) {
            return KrakenErrorCode.UNKNOWN_ORDER;
        }
        if (e.startsWith("egeneral:invalidarguments") || e.startsWith("equery:unknownassetpair")
                || e.startsWith("eorder:invalidorder") || e.startsWith("eorder:invalidprice")) {
            return KrakenErrorCode.INVALID_ARGUMENTS;
        }
        if (e.startsWith("eservice:marketincancel_onlymode") || e.startsWith("eservice:marketinpost_onlymode")
                || e.startsWith("eservice:marketinlimit_onlymode") || e.startsWith("eorder:tradingagreementrequired")) {
            return KrakenErrorCode.MARKET_CLOSED;
        }
        if (e.startsWith("eservice:unavailable") || e.startsWith("eservice:busy")
                || e.startsWith("eservice:timeout") || e.startsWith("egeneral:internalerror")) {
            return KrakenErrorCode.SERVICE_UNAVAILABLE;
        }
        return KrakenErrorCode.UNKNOWN;
    }

    /**
     * The code of a response's error list: the gravest of its entries (fatal before fate-unknown before the
     * rest), {@code null} when the list is empty. Warnings ({@code W...} strings) are ignored.
     */
    public static KrakenErrorCode classify(List<String> errors) {
        KrakenErrorCode worst = null;
        for (String error : errors) {
            if (error == null || error.startsWith("W")) {
                continue;
            }
            KrakenErrorCode c = classify(error);
            if (worst == null || rank(c) > rank(worst)) {
                worst = c;
            }
        }
        return worst;
    }

    private static int rank(KrakenErrorCode c) {
        return c.fatal() ? 3 : c.fateUnknown() ? 2 : 1;
    }

    /** The reason text the platform shows: {@code "<label>: <venue errors>"}. */
    public static String reason(KrakenErrorCode code, String venueText) {
        return code.label() + ": " + venueText;
    }
}
