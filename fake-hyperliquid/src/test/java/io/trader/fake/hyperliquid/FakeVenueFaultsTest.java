package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each fault of the control API, injected over real HTTP into a started {@link FakeVenue}, changes what the venue
 * does as documented (README, "A fake venue anyone can drive"). The market stands still (volatility 0): BTC's book
 * is 30133.5 / 30136.5 around the mid 30135.
 */
class FakeVenueFaultsTest {

    private final FakeVenue venue = FakeVenue.start(FakeVenue.Options.defaults().withMarket(60_000, 1, 0));
    private final ControlClient c = new ControlClient(venue);

    @AfterEach
    void close() {
        venue.close();
    }

    private JsonNode orders() throws Exception {
        return c.get("/state/orders").json();
    }

    @Test
    void aRefusalBurstAnswersTheNextOrderActionsWithoutApplyingThem() throws Exception {
        ControlClient.Answer set = c.post("/faults/refuse", "{\"n\": 2, \"status\": 429}");
        assertEquals(200, set.status(), set.text());
        assertEquals(2, set.json().path("faults").path("refuse").path("remaining").asInt());
        assertEquals(200, c.info("{\"type\":\"meta\"}").status(), "scope orders: /info is served");
        assertEquals(429, c.order(true, "29000", "0.001", "Gtc").status());
        assertEquals(429, c.order(true, "29000", "0.001", "Gtc").status());
        assertEquals(0, orders().path("count").asInt(), "refused before apply: nothing at the venue");
        ControlClient.Answer third = c.order(true, "29000", "0.001", "Gtc");
        assertEquals(200, third.status());
        assertEquals(1, orders().path("count").asInt());
        JsonNode counts = c.get("/state/counts").json();
        assertEquals(2, counts.path("requests").path("refused").asInt());
        assertEquals(3, counts.path("requests").path("exchange").asInt());
        assertEquals(1, counts.path("exchangeActions").asInt(), "only the third reached the simulated account");

        c.post("/faults/refuse", "{\"n\": 1, \"status\": 503, \"scope\": \"all\"}");
        assertEquals(503, c.info("{\"type\":\"meta\"}").status(), "scope all: /info is refused too");
    }

    @Test
    void aLostAnswerAfterApplyIsA5xxWhileTheOrderExistsAtTheVenue() throws Exception {
        assertEquals(200, c.post("/faults/lost-answer", "{\"n\": 1, \"status\": 502}").status());
        ControlClient.Answer lost = c.order(true, "29000", "0.001", "Gtc");
        assertEquals(502, lost.status(), lost.text());
        JsonNode o = orders();
        assertEquals(1, o.path("count").asInt());
        assertEquals("open", o.path("orders").get(0).path("status").asText());
        assertEquals(200, c.order(true, "29000", "0.001", "Gtc").status(), "only the next order action");
        assertEquals(1, c.get("/faults").json().path("lostAnswer").path("lost").asInt());
    }

    @Test
    void aLateAnswerTimesTheClientOutAfterTheOrderWasApplied() throws Exception {
        c.post("/faults/lost-answer", "{\"mode\": \"late\", \"delayMs\": 5000}");
        assertThrows(HttpTimeoutException.class,
                () -> c.order(true, "30200", "0.001", "Ioc", Duration.ofMillis(300)));
        Poll.until(() -> venue.exchange().fills().size() == 1, () -> "the order filled at the venue");
        assertEquals("0.001", c.get("/state/account").json().path("positions").get(0).path("size").asText());
    }

    @Test
    void noAnswerClosesTheConnectionAfterTheOrderWasApplied() throws Exception {
        c.post("/faults/lost-answer", "{\"mode\": \"no-answer\"}");
        assertThrows(IOException.class, () -> c.order(true, "29000", "0.001", "Gtc"));
        assertEquals(1, orders().path("count").asInt());
        assertEquals(1, c.get("/state/counts").json().path("requests").path("unanswered").asInt());
    }

    @Test
    void rejectedOrdersCarryTheVenueErrorAndAreNotPlaced() throws Exception {
        c.post("/faults/reject", "{\"n\": 1, \"error\": \"Insufficient margin to place order. asset=0\"}");
        ControlClient.Answer r = c.order(true, "29000", "0.001", "Gtc");
        assertEquals(200, r.status(), "the venue answers rejections with 200");
        assertEquals("Insufficient margin to place order. asset=0",
                r.json().path("response").path("data").path("statuses").get(0).path("error").asText());
        assertEquals(0, orders().path("count").asInt());
        assertTrue(c.order(true, "29000", "0.001", "Gtc").json().toString().contains("resting"));
    }

    @Test
    void aPartialFillTakesTheFractionAndTheAccountShowsIt() throws Exception {
        c.post("/faults/partial-fill", "{\"n\": 1, \"fraction\": \"0.5\"}");
        ControlClient.Answer r = c.order(true, "30200", "0.002", "Ioc");
        JsonNode filled = r.json().path("response").path("data").path("statuses").get(0).path("filled");
        assertEquals("0.001", filled.path("totalSz").asText(), r.text());
        JsonNode fills = c.get("/state/fills").json();
        assertEquals(1, fills.path("count").asInt());
        assertEquals("30136.5", fills.path("fills").get(0).path("px").asText());
        JsonNode account = c.get("/state/account").json();
        assertEquals("0.001", account.path("positions").get(0).path("size").asText());
        assertEquals("canceled", orders().path("orders").get(0).path("status").asText(), "Ioc rest cancelled");
    }

    @Test
    void streamsDropOnTheNextAcceptedOrderBeforeItsMessages() throws Exception {
        Ws ws = Ws.open(venue, "{\"type\":\"orderUpdates\",\"user\":\"" + FakeVenue.TEST_ACCOUNT + "\"}");
        c.post("/faults/drop-on-accept", "{}");
        assertEquals(200, c.order(true, "29000", "0.001", "Gtc").status());
        Poll.await(ws.closed);
        assertTrue(ws.messages.stream().noneMatch(m -> m.contains("\"orderUpdates\"") && m.contains("\"oid\"")),
                "the order's update was never sent: " + ws.messages);
        assertEquals(1, orders().path("count").asInt());
    }

    @Test
    void randomDropsCloseTheStreamsAtASeededMessage() throws Exception {
        Ws ws = Ws.open(venue, "{\"type\":\"allMids\"}");
        c.post("/faults/random-drops", "{\"probability\": 1, \"seed\": 7}");
        assertEquals(200, c.post("/market/mid", "{\"coin\": \"BTC\", \"px\": \"30500\"}").status());
        Poll.await(ws.closed);
        assertTrue(ws.messages.stream().anyMatch(m -> m.contains("30500")), "dropped after the mids went out");
        assertTrue(c.get("/state/counts").json().path("streams").path("drops").asInt() >= 1);
        JsonNode faults = c.post("/faults/random-drops", "{\"probability\": 0, \"everyMs\": 0}").json();
        assertEquals(0.0, faults.path("faults").path("streamDrops").path("probability").asDouble());
    }

    @Test
    void periodicDropsCloseTheStreamsWithoutAnyMessage() throws Exception {
        Ws ws = Ws.open(venue, "{\"type\":\"allMids\"}");
        assertEquals(50, c.post("/faults/random-drops", "{\"everyMs\": 50}").json().path("faults")
                .path("streamDrops").path("everyMs").asInt());
        Poll.await(ws.closed);
        assertTrue(venue.fake().streamDrops() >= 1);
    }

    @Test
    void refusedHandshakesThenAStaleFeedThatStillMatchesOrders() throws Exception {
        c.post("/faults/reject-connections", "{\"n\": 1}");
        assertThrows(AssertionError.class, () -> Ws.open(venue, "{\"type\":\"allMids\"}"), "503 handshake");
        Ws ws = Ws.open(venue, "{\"type\":\"allMids\"}");
        c.order(true, "29000", "0.001", "Gtc");
        c.post("/faults/stale-feed", "{\"ms\": 600000}");
        int before = ws.messages.size();
        assertEquals(200, c.post("/market/mid", "{\"coin\": \"BTC\", \"px\": \"28900\"}").status());
        venue.market().step();
        venue.fake().publishRaw("marker");
        Poll.until(() -> ws.messages.contains("marker"), () -> "marker after " + ws.messages);
        assertEquals(List.of("marker"), ws.messages.subList(before, ws.messages.size()), "no market data published");
        assertEquals(1, venue.exchange().fills().size(), "the venue still matched the resting order");
        c.post("/faults/stale-feed", "{\"ms\": 0}");
        venue.market().step();
        Poll.until(() -> ws.messages.stream().skip(before + 1).anyMatch(m -> m.contains("allMids")),
                () -> "mids published again: " + ws.messages);
    }

    @Test
    void aClockOffsetShiftsFillAndCandleTimestamps() throws Exception {
        c.post("/faults/clock-offset", "{\"ms\": 3600000}");
        long before = System.currentTimeMillis();
        assertEquals(200, c.order(true, "30200", "0.001", "Ioc").status());
        long fillTime = c.get("/state/fills").json().path("fills").get(0).path("time").asLong();
        assertTrue(fillTime >= before + 3_600_000, "fill at " + fillTime + ", wall clock " + before);
        JsonNode candles = c.info("{\"type\":\"candleSnapshot\",\"req\":{\"coin\":\"BTC\",\"interval\":\"1m\","
                + "\"startTime\":" + (before + 3_000_000) + "}}").json();
        long newest = candles.get(candles.size() - 1).path("t").asLong();
        assertTrue(newest >= before + 3_540_000, "newest candle opens at " + newest + ", wall clock " + before);
        c.post("/faults/clock-offset", "{\"ms\": -60000}");
        assertTrue(venue.fake().market().now() < System.currentTimeMillis(), "behind the wall clock");
    }

    @Test
    void clearRemovesEveryFault() throws Exception {
        c.post("/faults/refuse", "{\"n\": 5, \"status\": 503, \"scope\": \"exchange\"}");
        c.post("/faults/lost-answer", "{\"n\": 3}");
        c.post("/faults/reject", "{\"n\": 2}");
        c.post("/faults/partial-fill", "{\"n\": 2, \"fraction\": 0.25}");
        c.post("/faults/clock-offset", "{\"ms\": 5000}");
        c.post("/faults/random-drops", "{\"probability\": 0.5, \"everyMs\": 1000}");
        c.post("/faults/stale-feed", "{\"ms\": 60000}");
        JsonNode f = c.post("/faults/clear", "").json().path("faults");
        assertEquals(0, f.path("refuse").path("remaining").asInt());
        assertEquals(0, f.path("lostAnswer").path("remaining").asInt());
        assertEquals(0, f.path("reject").path("remaining").asInt());
        assertEquals(0, f.path("partialFill").path("remaining").asInt());
        assertEquals(0, f.path("clockOffsetMs").asLong());
        assertEquals(0, f.path("streamDrops").path("everyMs").asLong());
        assertEquals(0, f.path("staleFeedUntil").asLong());
        assertEquals(200, c.order(true, "30200", "0.001", "Ioc").status());
        assertEquals(1, venue.exchange().fills().size(), "a whole fill, nothing injected");
    }

    /** A websocket to the venue subscribed to one thing, recording what it receives. */
    static final class Ws implements WebSocket.Listener {
        final List<String> messages = new CopyOnWriteArrayList<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final CompletableFuture<Void> acked = new CompletableFuture<>();

        static Ws open(FakeVenue venue, String subscription) {
            Ws ws = new Ws();
            WebSocket socket = Poll.await(HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(venue.wsUrl()), ws));
            socket.sendText("{\"method\":\"subscribe\",\"subscription\":" + subscription + "}", true);
            Poll.await(ws.acked);
            return ws;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            String text = data.toString();
            messages.add(text);
            if (text.contains("subscriptionResponse")) {
                acked.complete(null);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
