package io.trader.venue.hyperliquid.exec;

import java.util.Locale;
import java.util.Optional;

/**
 * Translates Hyperliquid refusals into {@link HyperliquidErrorCode}s. Venue texts are matched by stable
 * fragments (lower-cased), so new wording around them still maps; anything unrecognised is
 * {@link HyperliquidErrorCode#REJECTED}. Reject reasons handed to the platform read
 * {@code "<label>: <venue text>"}, and {@link #codeOf(String)} reads the code back.
 */
public final class HyperliquidErrorAdapter {

    private HyperliquidErrorAdapter() {
    }

    /** The code of a venue error text (an order status {@code {"error": ..}} or an {@code "err"} response). */
    public static HyperliquidErrorCode classify(String venueMessage) {
        if (venueMessage == null || venueMessage.isBlank()) {
            return HyperliquidErrorCode.REJECTED;
        }
        String m = venueMessage.toLowerCase(Locale.ROOT);
        if (m.contains("too many cumulative requests") || m.contains("rate limit") || m.contains("too many requests")) {
            return HyperliquidErrorCode.RATE_LIMITED;
        }
        if (m.contains("does not exist") && (m.contains("wallet") || m.contains("user"))
                || m.contains("must deposit before") || m.contains("signature")) {
            return HyperliquidErrorCode.AUTHENTICATION;
        }
        if (m.contains("nonce")) {
            return HyperliquidErrorCode.INVALID_NONCE;
        }
        if (m.contains("duplicate") && (m.contains("cloid") || m.contains("order"))) {
            return HyperliquidErrorCode.DUPLICATE_ORDER;
        }
        if (m.contains("post only") || m.contains("post-only") || m.contains("badalopx")) {
            return HyperliquidErrorCode.POST_ONLY_WOULD_CROSS;
        }
        if (m.contains("reduce only") || m.contains("reduce-only") || m.contains("reduceonly")) {
            return HyperliquidErrorCode.REDUCE_ONLY_REJECTED;
        }
        if (m.contains("insufficient margin") || m.contains("insufficient spot balance") || m.contains("margin")) {
            return HyperliquidErrorCode.INSUFFICIENT_MARGIN;
        }
        if (m.contains("could not immediately match") || m.contains("no liquidity") || m.contains("ioccancel")
                || m.contains("noliquidity")) {
            return HyperliquidErrorCode.NO_LIQUIDITY;
        }
        if (m.contains("never placed") || m.contains("unknown order") || m.contains("unknownoid")
                || m.contains("order not found")) {
            return HyperliquidErrorCode.UNKNOWN_ORDER;
        }
        if (m.contains("price") || m.contains("tick") || m.contains("oracle") || m.contains("triggerpx")
                || m.contains("tp/sl")) {
            return HyperliquidErrorCode.INVALID_PRICE;
        }
        if (m.contains("size") || m.contains("minimum value") || m.contains("mintradentl")) {
            return HyperliquidErrorCode.INVALID_SIZE;
        }
        return HyperliquidErrorCode.REJECTED;
    }

    /**
     * The code of an HTTP failure status: 429 is {@link HyperliquidErrorCode#RATE_LIMITED}; a 4xx body is
     * classified as text; other statuses are {@link HyperliquidErrorCode#REJECTED}.
     */
    public static HyperliquidErrorCode classifyHttp(int status, String body) {
        if (status == 429) {
            return HyperliquidErrorCode.RATE_LIMITED;
        }
        return status >= 400 && status < 500 ? classify(body) : HyperliquidErrorCode.REJECTED;
    }

    /**
     * The code of an order status as the venue names it in {@code orderUpdates} and {@code orderStatus}
     * ({@code tickRejected}, {@code perpMarginRejected}, {@code badAloPxRejected}, {@code reduceOnlyCanceled}, ...).
     */
    public static HyperliquidErrorCode classifyStatus(String status) {
        if (status == null) {
            return HyperliquidErrorCode.REJECTED;
        }
        String s = status.toLowerCase(Locale.ROOT);
        if (s.startsWith("tick") || s.startsWith("badtriggerpx") || s.startsWith("oracle")
                || s.startsWith("tooaggressive")) {
            return HyperliquidErrorCode.INVALID_PRICE;
        }
        if (s.startsWith("mintradentl")) {
            return HyperliquidErrorCode.INVALID_SIZE;
        }
        if (s.startsWith("badalopx")) {
            return HyperliquidErrorCode.POST_ONLY_WOULD_CROSS;
        }
        if (s.startsWith("reduceonly")) {
            return HyperliquidErrorCode.REDUCE_ONLY_REJECTED;
        }
        if (s.startsWith("ioccancel") || s.startsWith("marketordernoliquidity")) {
            return HyperliquidErrorCode.NO_LIQUIDITY;
        }
        if (s.contains("margin") || s.startsWith("insufficient")) {
            return HyperliquidErrorCode.INSUFFICIENT_MARGIN;
        }
        return HyperliquidErrorCode.REJECTED;
    }

    /** The platform reject reason: {@code "<label>: <venue text>"}. */
    public static String reason(HyperliquidErrorCode code, String venueMessage) {
        return code.label() + ": " + (venueMessage == null ? "" : venueMessage);
    }

    /** The code at the start of a reason made by {@link #reason}; empty for other texts. */
    public static Optional<HyperliquidErrorCode> codeOf(String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        int colon = reason.indexOf(':');
        String label = colon < 0 ? reason : reason.substring(0, colon);
        for (HyperliquidErrorCode c : HyperliquidErrorCode.values()) {
            if (c.label().equals(label)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
