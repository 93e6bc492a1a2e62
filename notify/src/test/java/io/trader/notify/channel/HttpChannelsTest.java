package io.trader.notify.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.notify.core.Backoff;
import io.trader.notify.core.Notification;
import io.trader.notify.core.Severity;
import io.trader.notify.core.Source;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The webhook channels delivering to a real local HTTP endpoint: their JSON formats, retries and counters. */
class HttpChannelsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final long T = 1_764_806_400_000L; // 2025-12-04T00:00:00Z

    private static Notification notification(String title, String text) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("symbol", "BTCUSDT");
        f.put("reason", "manual");
        return new Notification("ks-1", T, Source.KILL_SWITCH, Severity.CRITICAL, "kill_switch", title, text, f, 1);
    }

    /** Waits (bounded) until the worker is idle and returns its counters. */
    private static ChannelCounters settle(ChannelWorker w, long expectedDone) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            ChannelCounters c = w.counters();
            if (c.delivered() + c.givenUp() >= expectedDone) {
                return c;
            }
            Thread.sleep(10);
        }
        return w.counters();
    }

    @Test
    void genericWebhookPostsTheNotificationAsFlatJson() throws Exception {
        try (LocalHook hook = new LocalHook(); ChannelWorker w = new ChannelWorker(
                new WebhookChannel("webhook", hook.url(), TIMEOUT), new Backoff(1, 10, 3, 1_000), 10, null)) {
            assertTrue(w.offer(notification("Kill switch engaged", "halted by the operator")));
            assertEquals(1, settle(w, 1).delivered());
            JsonNode b = JSON.readTree(hook.bodies.get(0));
            assertEquals("application/json", hook.contentTypes.get(0));
            assertEquals("ks-1", b.get("id").asText());
            assertEquals("2025-12-04T00:00:00Z", b.get("time").asText());
            assertEquals("KILL_SWITCH", b.get("source").asText());
            assertEquals("CRITICAL", b.get("severity").asText());
            assertEquals("kill_switch", b.get("group").asText());
            assertEquals("Kill switch engaged", b.get("title").asText());
            assertEquals("halted by the operator", b.get("text").asText());
            assertEquals(1, b.get("count").asInt());
            assertEquals("BTCUSDT", b.get("fields").get("symbol").asText());
            assertEquals(List.of("symbol", "reason"), iterable(b.get("fields").fieldNames()));
        }
    }

    @Test
    void slackGetsTextAndBlocks() throws Exception {
        try (LocalHook hook = new LocalHook(); ChannelWorker w = new ChannelWorker(
                new SlackChannel("slack", hook.url(), TIMEOUT), new Backoff(1, 10, 3, 1_000), 10, null)) {
            w.offer(notification("x".repeat(200), "detail *bold*"));
            settle(w, 1);
            JsonNode b = JSON.readTree(hook.bodies.get(0));
            assertEquals("[CRITICAL] " + "x".repeat(200), b.get("text").asText());
            JsonNode blocks = b.get("blocks");
            assertEquals("header", blocks.get(0).get("type").asText());
            assertEquals("plain_text", blocks.get(0).get("text").get("type").asText());
            assertEquals(SlackChannel.HEADER_MAX, blocks.get(0).get("text").get("text").asText().length(),
                    "Slack's header holds 150 characters");
            assertEquals("section", blocks.get(1).get("type").asText());
            assertEquals("mrkdwn", blocks.get(1).get("text").get("type").asText());
            assertEquals("detail *bold*", blocks.get(1).get("text").get("text").asText());
            assertEquals("*symbol*\nBTCUSDT", blocks.get(2).get("fields").get(0).get("text").asText());
            assertEquals("context", blocks.get(3).get("type").asText());
            assertEquals("CRITICAL \u00b7 KILL_SWITCH \u00b7 2025-12-04T00:00:00Z",
                    blocks.get(3).get("elements").get(0).get("text").asText());
        }
    }

    @Test
    void discordGetsContentAndAnEmbedWithinItsLimits() throws Exception {
        try (LocalHook hook = new LocalHook(); ChannelWorker w = new ChannelWorker(
                new DiscordChannel("discord", hook.url(), TIMEOUT), new Backoff(1, 10, 3, 1_000), 10, null)) {
            w.offer(notification("y".repeat(3000), "z".repeat(5000)));
            settle(w, 1);
            JsonNode b = JSON.readTree(hook.bodies.get(0));
            assertEquals(DiscordChannel.CONTENT_MAX, b.get("content").asText().length());
            assertTrue(b.get("content").asText().startsWith("**[CRITICAL]** yyy"));
            JsonNode e = b.get("embeds").get(0);
            assertEquals(256, e.get("title").asText().length());
            assertEquals(DiscordChannel.DESCRIPTION_MAX, e.get("description").asText().length());
            assertTrue(e.get("description").asText().endsWith("\u2026"));
            assertEquals(0xE01E5A, e.get("color").asInt());
            assertEquals("2025-12-04T00:00:00Z", e.get("timestamp").asText());
            assertEquals("symbol", e.get("fields").get(0).get("name").asText());
            assertEquals("BTCUSDT", e.get("fields").get(0).get("value").asText());
            assertTrue(e.get("fields").get(0).get("inline").asBoolean());
            assertEquals("KILL_SWITCH", e.get("footer").get("text").asText());
        }
    }

    @Test
    void fiveHundredTwiceThenDeliveredOnTheThirdAttempt() throws Exception {
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        try (LocalHook hook = new LocalHook(new LocalHook.Answer(500, null), new LocalHook.Answer(503, null));
             ChannelWorker w = new ChannelWorker(new WebhookChannel("webhook", hook.url(), TIMEOUT),
                     new Backoff(20, 100, 5, 1_000), 10, (c, n, a, d) -> attempts.add(a))) {
            w.offer(notification("t", "x"));
            ChannelCounters c = settle(w, 1);
            assertEquals(new ChannelCounters(1, 2, 0, 0, 0), c);
            assertEquals(List.of(3), attempts);
            assertEquals(3, hook.bodies.size());
            long gap1 = (hook.times.get(1) - hook.times.get(0)) / 1_000_000;
            long gap2 = (hook.times.get(2) - hook.times.get(1)) / 1_000_000;
            assertTrue(gap1 >= 20 && gap2 >= 40, "backoff 20 ms then 40 ms, was " + gap1 + ", " + gap2);
        }
    }

    @Test
    void fourHundredIsGivenUpWithoutRetry() throws Exception {
        try (LocalHook hook = new LocalHook(new LocalHook.Answer(400, null));
             ChannelWorker w = new ChannelWorker(new SlackChannel("slack", hook.url(), TIMEOUT),
                     new Backoff(1, 10, 5, 1_000), 10, null)) {
            w.offer(notification("t", "x"));
            assertEquals(new ChannelCounters(0, 1, 1, 0, 0), settle(w, 1));
            Thread.sleep(50);
            assertEquals(1, hook.bodies.size(), "no retry on 400");
        }
    }

    @Test
    void tooManyRequestsWaitsWhatRetryAfterSays() throws Exception {
        try (LocalHook hook = new LocalHook(new LocalHook.Answer(429, "1"));
             ChannelWorker w = new ChannelWorker(new DiscordChannel("discord", hook.url(), TIMEOUT),
                     new Backoff(1, 10, 5, 5_000), 10, null)) {
            w.offer(notification("t", "x"));
            assertEquals(new ChannelCounters(1, 1, 0, 0, 0), settle(w, 1));
            long gap = (hook.times.get(1) - hook.times.get(0)) / 1_000_000;
            assertTrue(gap >= 1_000, "Retry-After: 1 is a 1 s wait, not the 1 ms backoff; was " + gap + " ms");
        }
        assertEquals(2_500, HttpChannel.retryAfterMs("2.5", 0));
        assertEquals(-1, HttpChannel.retryAfterMs("soon", 0));
        assertEquals(5_000, HttpChannel.retryAfterMs("Thu, 04 Dec 2025 00:00:05 GMT", T));
    }

    @Test
    void aDeadEndpointIsRetriedThenGivenUpAndAFullQueueDrops() throws Exception {
        java.net.URI dead;
        try (LocalHook hook = new LocalHook()) {
            dead = hook.url();
        }
        try (ChannelWorker w = new ChannelWorker(new WebhookChannel("webhook", dead, TIMEOUT),
                new Backoff(1, 5, 2, 1_000), 1, null)) {
            int accepted = 0;
            for (int i = 0; i < 20; i++) {
                accepted += w.offer(notification("t" + i, "x")) ? 1 : 0;
            }
            ChannelCounters c = settle(w, accepted);
            assertEquals(accepted, c.givenUp());
            assertEquals(3L * accepted, c.attemptsFailed(), "one attempt and two retries each");
            assertEquals(20 - accepted, c.queueDropped());
            assertTrue(c.queueDropped() > 0);
        }
    }

    @Test
    void theUrlNeverShowsOnlyKindAndHost() throws Exception {
        try (LocalHook hook = new LocalHook()) {
            for (Channel c : List.of(new WebhookChannel("w", hook.url(), TIMEOUT),
                    new SlackChannel("s", hook.url(), TIMEOUT), new DiscordChannel("d", hook.url(), TIMEOUT))) {
                assertFalse(c.toString().contains("SECRET"), c.toString());
                assertTrue(c.describe().endsWith("(127.0.0.1)"), c.describe());
            }
            Delivery failed = new WebhookChannel("w", hook.url().resolve("/x"), TIMEOUT)
                    .send(notification("t", "x"));
            assertInstanceOf(Delivery.Delivered.class, failed);
        }
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
