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

import java.util.List;

/**
 * The risk layer's circuit breakers. A latched breaker (max drawdown) halts new risk until a person
 * re-arms it here; the POST needs {@code Authorization: Bearer <TRADER_API_TOKEN>}.
 */
@Controller("/api/v1/risk/breakers")
public class RiskController {

    private static final Logger LOG = LoggerFactory.getLogger(RiskController.class);
    private final SessionControl session;
    private final ApiToken token;

    public RiskController(SessionControl session, ApiToken token) {
        this.session = session;
        this.token = token;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public Views.Breakers get() {
        return session.breakers();
    }

    @Post(value = "/reset", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL},
            produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> reset(@Nullable @Header("Authorization") String authorization,
                                 @Nullable @Body String body) {
        HttpResponse<?> denied = token.refuse(authorization, "breaker reset");
        if (denied != null) {
            return denied;
        }
        String reason = ControlBody.parse(body, false, "{\"reason\": \"...\"}", List.of("reason"))
                .reason("reason", "breakers reset over the API");
        LOG.warn("breakers reset over the API: reason='{}'", UserText.forLog(reason));
        return HttpResponse.ok(session.resetBreakers(reason));
    }
}
