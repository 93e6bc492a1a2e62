package io.trader.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code trader fake-venue} run in this JVM: it serves the venue and its control API on the ports asked. */
class FakeVenueCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesInfoAndTheControlApiOnTheGivenPortsUntilStopped() throws Exception {
        int[] ports = freePorts();
        String venue = "http://127.0.0.1:" + ports[0];
        String control = "http://127.0.0.1:" + ports[1];
        AtomicReference<Cli.Outcome> outcome = new AtomicReference<>();
        Thread run = new Thread(() -> outcome.set(Cli.run("fake-venue", "--port", "" + ports[0], "--control-port",
                "" + ports[1], "--coin", "BTC,ETH", "--collateral", "2500", "--tick-ms", "50")), "fake-venue-cli");
        run.start();
        try {
            HttpResponse<String> meta = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (meta == null) {
                assertTrue(System.nanoTime() < deadline && run.isAlive(), "the venue answers /info: " + outcome);
                try {
                    meta = post(venue + "/info", "{\"type\":\"meta\"}");
                } catch (java.io.IOException notYet) {
                    Thread.sleep(50);
                }
            }
            assertEquals(200, meta.statusCode());
            List<String> coins = new ArrayList<>();
            JSON.readTree(meta.body()).path("universe").forEach(u -> coins.add(u.path("name").asText()));
            assertEquals(List.of("BTC", "ETH"), coins);

            JsonNode account = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(control + "/state/account"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            assertEquals("2500", account.path("accountValue").asText());
            assertEquals(200, post(control + "/faults/refuse", "{\"n\": 1, \"status\": 503, \"scope\": \"all\"}")
                    .statusCode());
            assertEquals(503, post(venue + "/info", "{\"type\":\"meta\"}").statusCode(), "the control API drives it");
            assertEquals(200, post(venue + "/info", "{\"type\":\"meta\"}").statusCode());
        } finally {
            run.interrupt();
            run.join(Duration.ofSeconds(20).toMillis());
        }
        Cli.Outcome o = outcome.get();
        assertNotNull(o, "the command returned once interrupted");
        assertEquals(0, o.exit(), o.toString());
        assertTrue(o.out().contains("fake venue " + venue), o.out());
        assertTrue(o.out().contains("control API " + control), o.out());
        try (ServerSocket again = new ServerSocket(ports[0])) {
            assertEquals(ports[0], again.getLocalPort(), "the venue's port was released");
        }
    }

    @Test
    void badOptionsAreOneLineAndExitCode2() {
        Cli.Outcome coin = Cli.run("fake-venue", "--port", "0", "--control-port", "0", "--coin", "XRP");
        assertEquals(2, coin.exit(), coin.toString());
        assertTrue(coin.error().contains("unknown coin 'XRP'"), coin.error());
        Cli.Outcome same = Cli.run("fake-venue", "--port", "18555", "--control-port", "18555");
        assertTrue(same.error().contains("different ports"), same.error());
        Cli.Outcome cash = Cli.run("fake-venue", "--port", "0", "--control-port", "0", "--collateral", "lots");
        assertTrue(cash.error().contains("--collateral"), cash.error());
        Cli.Outcome tick = Cli.run("fake-venue", "--port", "0", "--control-port", "0", "--tick-ms", "1");
        assertTrue(tick.error().contains("--tick-ms must be 10..60000"), tick.error());
    }

    private static int[] freePorts() throws Exception {
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            return new int[]{a.getLocalPort(), b.getLocalPort()};
        }
    }
}
