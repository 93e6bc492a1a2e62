package io.trader.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.trader.app.config.Presets;

import java.net.URI;
import java.util.List;

/**
 * What the control panel reads besides the session views: the alpha and ensemble state, the equity curve, the
 * presets, and how the session was started. {@code /panel} opens the page itself (static files under
 * {@code /panel/}).
 */
@Controller
public class PanelController {

    private final SessionControl session;
    private final PanelViews.SessionInfo info;

    /** @param info registered by the command that started the session; absent when a test starts one alone */
    public PanelController(SessionControl session, @Nullable PanelViews.SessionInfo info) {
        this.session = session;
        this.info = info;
    }

    @Get("/panel")
    public HttpResponse<?> page() {
        return HttpResponse.seeOther(URI.create("/panel/index.html"));
    }

    @Get(value = "/api/v1/alphas", produces = MediaType.APPLICATION_JSON)
    public PanelViews.Alphas alphas() {
        return session.alphas();
    }

    @Get(value = "/api/v1/equity", produces = MediaType.APPLICATION_JSON)
    public List<PanelViews.EquityPoint> equity() {
        return session.equityHistory();
    }

    /** The built-in presets with their settings (each checked as {@code --preset} checks it). */
    @Get(value = "/api/v1/presets", produces = MediaType.APPLICATION_JSON)
    public List<PanelViews.Preset> presets() {
        return Presets.builtIn().stream().map(p -> new PanelViews.Preset(p.name(), p.description(), p.strategy(),
                p.interval(), p.settings())).toList();
    }

    @Get(value = "/api/v1/session", produces = MediaType.APPLICATION_JSON)
    public PanelViews.SessionInfo sessionInfo() {
        return info != null ? info : new PanelViews.SessionInfo("", "unknown", null, null);
    }
}
