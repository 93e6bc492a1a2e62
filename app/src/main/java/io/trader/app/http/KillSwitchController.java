package io.trader.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The kill switch. GET shows it; POSTs need {@code Authorization: Bearer <TRADER_API_TOKEN>}.
 * Engaging halts new orders at once, cancels open orders, flattens when asked, and persists until an
 * authenticated reset. When the store cannot confirm a change the answer is 503 and the switch stays
 * (or remains) engaged.
 */
@Controller("/api/v1/kill-switch")
public class KillSwitchController {

    private static final Logger LOG = LoggerFactory.getLogger(KillSwitchController.class);
    private static final String ENGAGE_SHAPE = "{\"reason\": \"...\", \"flatten\": true|false}";
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
                                  @Nullable @Body String body) {
        HttpResponse<?> denied = token.refuse(authorization, "kill-switch engage");
        if (denied != null) {
            return denied;
        }
        ControlBody request = ControlBody.parse(body, true, ENGAGE_SHAPE, List.of("reason", "flatten"));
        String reason = request.reason("reason", null);
        boolean flatten = request.flag("flatten");
        LOG.warn("kill switch engaged over the API: reason='{}' flatten={}", UserText.forLog(reason), flatten);
        return answer(session.engageKillSwitch(reason, flatten));
    }

    @Post(value = "/reset", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL},
            produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> reset(@Nullable @Header("Authorization") String authorization,
                                 @Nullable @Body String body) {
        HttpResponse<?> denied = token.refuse(authorization, "kill-switch reset");
        if (denied != null) {
            return denied;
        }
        String reason = ControlBody.parse(body, false, "{\"reason\": \"...\"}", List.of("reason"))
                .reason("reason", "reset over the API");
        LOG.warn("kill switch reset over the API: reason='{}'", UserText.forLog(reason));
        return answer(session.resetKillSwitch(reason));
    }

    /** 200 with the switch, or 503 with the documented error when the store did not confirm the change. */
    static HttpResponse<?> answer(KillSwitchResult result) {
        if (result.isDurable()) {
            return HttpResponse.ok(result.state());
        }
        return ApiErrors.error(HttpStatus.SERVICE_UNAVAILABLE, result.notDurable());
    }
}
