package io.trader.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kill switch. GET shows it; POSTs need {@code Authorization: Bearer <TRADER_API_TOKEN>}.
 * Engaging halts new orders at once, cancels open orders, flattens when asked, and persists until an
 * authenticated reset.
 */
@Controller("/api/v1/kill-switch")
public class KillSwitchController {

    private static final Logger LOG = LoggerFactory.getLogger(KillSwitchController.class);
    private static final int MAX_REASON = 500;
    private final SessionControl session;
    private final ApiToken token;

    public KillSwitchController(SessionControl session, ApiToken token) {
        this.session = session;
        this.token = token;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public Views.KillSwitch get() {
        return session.killSwitch();
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> engage(@Nullable @Header("Authorization") String authorization,
                                  @Nullable @Body Views.KillSwitchRequest body) {
        HttpResponse<?> denied = authorize(authorization, "engage");
        if (denied != null) {
            return denied;
        }
        if (body == null) {
            return HttpResponse.badRequest(new Views.Error("bad_request",
                    "JSON body required: {\"reason\": \"...\", \"flatten\": true|false}"));
        }
        String reason = body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            return HttpResponse.badRequest(new Views.Error("bad_request",
                    "'reason' is required, 1.." + MAX_REASON + " characters"));
        }
        boolean flatten = body.flatten() != null && body.flatten();
        LOG.warn("kill switch engaged over the API: reason='{}' flatten={}", reason, flatten);
        return HttpResponse.ok(session.engageKillSwitch(reason, flatten));
    }

    @Post(value = "/reset", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL},
            produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> reset(@Nullable @Header("Authorization") String authorization,
                                 @Nullable @Body Views.ResetRequest body) {
        HttpResponse<?> denied = authorize(authorization, "reset");
        if (denied != null) {
            return denied;
        }
        String reason = body == null || body.reason() == null || body.reason().isBlank()
                ? "reset over the API" : body.reason().strip();
        if (reason.length() > MAX_REASON) {
            return HttpResponse.badRequest(new Views.Error("bad_request", "'reason' longer than " + MAX_REASON));
        }
        LOG.warn("kill switch reset over the API: reason='{}'", reason);
        return HttpResponse.ok(session.resetKillSwitch(reason));
    }

    private HttpResponse<?> authorize(String authorization, String action) {
        return token.refuse(authorization, "kill-switch " + action);
    }
}
