package io.trader.app.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The bearer token that authorises state-changing requests, from env {@code TRADER_API_TOKEN} only.
 * Without one every POST is refused. The token is never logged or echoed.
 */
public final class ApiToken {

    private static final Logger LOG = LoggerFactory.getLogger(ApiToken.class);
    private final byte[] token;

    public ApiToken(String token) {
        this.token = token == null || token.isBlank() ? null : token.trim().getBytes(StandardCharsets.UTF_8);
        if (this.token == null) {
            LOG.warn("TRADER_API_TOKEN is not set: every POST to the API (kill switch, reset) will be refused");
        } else if (this.token.length < 16) {
            LOG.warn("TRADER_API_TOKEN is shorter than 16 characters: use a long random token");
        }
    }

    public static ApiToken fromEnvironment() {
        return new ApiToken(System.getenv("TRADER_API_TOKEN"));
    }

    public boolean configured() {
        return token != null;
    }

    /**
     * Checks an {@code Authorization} header value in constant time. The scheme is case-insensitive
     * (RFC 7235: {@code Bearer}, {@code bearer}, {@code BEARER}) and separated from the token by spaces.
     */
    public boolean accepts(String authorizationHeader) {
        if (token == null || authorizationHeader == null) {
            return false;
        }
        String value = authorizationHeader.strip();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).equalsIgnoreCase("Bearer")) {
            return false;
        }
        byte[] given = value.substring(space + 1).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }

    /**
     * The answer to a state-changing request that is not authorised, or null when it is: 403 when no token
     * is configured (every POST is refused), 401 when the bearer token is missing or wrong. Logs why.
     */
    public io.micronaut.http.HttpResponse<?> refuse(String authorizationHeader, String action) {
        if (!configured()) {
            LOG.warn("refused {}: TRADER_API_TOKEN is not set, so every POST is refused", action);
            return io.micronaut.http.HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN)
                    .body(new Views.Error("forbidden",
                            "no API token is configured on the server (set TRADER_API_TOKEN); POSTs are refused"));
        }
        if (!accepts(authorizationHeader)) {
            LOG.warn("refused {}: missing or wrong bearer token", action);
            return io.micronaut.http.HttpResponse.status(io.micronaut.http.HttpStatus.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Bearer")
                    .body(new Views.Error("unauthorized", "missing or wrong 'Authorization: Bearer <token>'"));
        }
        return null;
    }
}
