package io.trader.app.http;

import io.trader.app.config.TraderSettings;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without the signals product every signals endpoint answers 503 with the API's error body and the reason. */
class SignalsOffTest {

    @Test
    void everyEndpointSaysSignalsAreOff() throws Exception {
        assertEquals("false", TraderSettings.defaults().raw("trader.signals.enabled"));
        try (ApiServer api = new ApiServer(new StubSession())) {
            for (String path : new String[]{"/api/v1/signals/latest", "/api/v1/signals/history?side=long",
                    "/api/v1/signals/performance"}) {
                HttpResponse<String> r = api.get(path);
                assertEquals(503, r.statusCode(), path);
                assertTrue(r.body().contains("\"reason\":\"" + SignalsController.NOT_RUNNING + "\""), r.body());
            }
        }
    }
}
