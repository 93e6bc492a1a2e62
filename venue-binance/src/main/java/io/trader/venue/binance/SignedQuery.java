package io.trader.venue.binance;

/**
 * Builds the query string of a signed request: the parameters, then {@code recvWindow} and {@code timestamp},
 * then {@code signature} (the HMAC of everything before it, see {@link BinanceSigner}). Pure.
 */
public final class SignedQuery {

    private SignedQuery() {
    }

    public static String sign(BinanceSigner signer, String params, long recvWindow, long timestamp) {
        StringBuilder b = new StringBuilder(params.length() + 128).append(params);
        if (!params.isEmpty()) {
            b.append('&');
        }
        b.append("recvWindow=").append(recvWindow).append("&timestamp=").append(timestamp);
        String signature = signer.sign(b.toString());
        return b.append("&signature=").append(signature).toString();
    }
}
