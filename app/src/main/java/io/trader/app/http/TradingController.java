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
 * Start and stop trading: a pause of new entries, not the kill switch. While paused every order that adds risk
 * is refused (risk code PAUSED) and exits still go out; nothing is cancelled or flattened. The POSTs need
 * {@code Authorization: Bearer <TRADER_API_TOKEN>}; a body is optional: {@code {"reason": "..."}}.
 */
@Controller("/api/v1/trading")
public class TradingController {

    private static final Logger LOG = LoggerFactory.getLogger(TradingController.class);
    private static final String SHAPE = "{\"reason\": \"...\"}";
    private final SessionControl session;
    private final ApiToken token;

    public TradingController(SessionControl session, ApiToken token) {
        this.session = session;
        this.token = token;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public PanelViews.Trading get() {
        return session.tradingState();
    }

    @Post(value = "/pause", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL},
            produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> pause(@Nullable @Header("Authorization") String authorization, @Nullable @Body String body) {
        HttpResponse<?> denied = token.refuse(authorization, "trading pause");
        if (denied != null) {
            return denied;
        }
        String reason = ControlBody.parse(body, false, SHAPE, List.of("reason")).reason("reason",
                "paused over the API");
        LOG.warn("new entries paused over the API: reason='{}'", UserText.forLog(reason));
        return HttpResponse.ok(session.pause(reason));
    }

    @Post(value = "/resume", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL},
            produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> resume(@Nullable @Header("Authorization") String authorization, @Nullable @Body String body) {
        HttpResponse<?> denied = token.refuse(authorization, "trading resume");
        if (denied != null) {
            return denied;
        }
        String reason = ControlBody.parse(body, false, SHAPE, List.of("reason")).reason("reason",
                "resumed over the API");
        LOG.warn("new entries resumed over the API: reason='{}'", UserText.forLog(reason));
        return HttpResponse.ok(session.resume(reason));
    }
}
