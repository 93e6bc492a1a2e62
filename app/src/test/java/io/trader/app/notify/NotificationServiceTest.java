package io.trader.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.trader.app.config.TraderSettings;
import io.trader.app.smartmoney.SmartMoneyBoard;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskEvent;
import io.trader.notify.core.Outcome;
import io.trader.notify.core.Severity;
import io.trader.notify.core.Source;
import io.trader.smartmoney.core.AlertPriority;
import io.trader.smartmoney.core.AlertType;
import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.WhaleAlert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The session's notification service on a real local webhook (no store): blocked orders deduplicated per symbol and
 * code and grouped into one summary, a stale feed, a whale alert forwarded by smart money's board, a signal.
 */
class NotificationServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<JsonNode> posts = new CopyOnWriteArrayList<>();
    private final Set<String> stale = ConcurrentHashMap.newKeySet();
    private HttpServer hook;
    private NotificationService service;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/", ex -> {
            posts.add(JSON.readTree(ex.getRequestBody().readAllBytes()));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        hook.start();
        Path secrets = dir.resolve("s.properties");
        Files.writeString(secrets, "webhook-url=http://127.0.0.1:" + hook.getAddress().getPort() + "/h/TOKEN\n");
        TraderSettings s = TraderSettings.defaults().with("trader.notify.secrets-file", secrets.toString())
                .with("trader.notify.group-window-seconds", "1");
        service = new NotificationService(NotifyConfig.from(s, Map.of()), null, Clock.systemUTC(), () -> stale, null);
        service.staleHold(50);
    }

    @AfterEach
    void stop() {
        service.close();
        hook.stop(0);
    }

    private List<JsonNode> waitForPosts(Predicate<JsonNode> which, int n) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (posts.stream().filter(which).count() < n && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        return posts.stream().filter(which).toList();
    }

    @Test
    void aStormOfBlockedOrdersIsOneNotificationAndOneSummary() throws Exception {
        for (int i = 0; i < 20; i++) {
            service.onRiskEvent(new RiskEvent.OrderBlocked("c" + i, i % 2 == 0 ? "BTCUSDT" : "ETHUSDT",
                    RiskCode.BREAKER_HALT, "breaker halt", 1_000L * i));
        }
        assertEquals(18L, service.outcomeCounts().get(Outcome.Kind.DEDUPLICATED), "one per symbol and code");
        assertEquals(1L, service.outcomeCounts().get(Outcome.Kind.GROUPED));
        List<JsonNode> got = waitForPosts(p -> p.get("group").asText().equals("order_blocked"), 2);
        assertEquals(2, got.size());
        assertEquals("Order blocked: BTCUSDT (BREAKER_HALT)", got.get(0).get("title").asText());
        assertEquals("WARNING", got.get(0).get("severity").asText());
        assertEquals(1, got.get(1).get("count").asInt());
        assertTrue(got.get(1).get("title").asText().startsWith("1 more order_blocked alert"), got.get(1).toString());
        Thread.sleep(1_300);
        assertEquals(2, posts.size(), "nothing else was sent");
        int n = 200_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            service.onRiskEvent(new RiskEvent.OrderBlocked("d" + i, "SYM" + (i % 10), RiskCode.MAX_LEVERAGE, "x", i));
        }
        System.out.printf("notify: %d blocked-order events through the service in %d ms (%.2f us each)%n", n,
                (System.nanoTime() - t0) / 1_000_000, (System.nanoTime() - t0) / 1e3 / n);
        assertEquals(9, service.history(r -> r.alert().title().contains("BTCUSDT"), 10).get(0).duplicates());
    }

    @Test
    void aFeedStaleLongerThanTheHoldIsAWarningAndItsRecoveryIsKept() throws Exception {
        stale.add("BTCUSDT");
        List<JsonNode> got = waitForPosts(p -> p.get("source").asText().equals("FEED_STALE"), 1);
        assertEquals("Market data stale: BTCUSDT", got.get(0).get("title").asText());
        stale.clear();
        long end = System.nanoTime() + 5_000_000_000L;
        while (service.history(r -> r.alert().title().startsWith("Market data live again"), 1).isEmpty()
                && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        var live = service.history(r -> r.alert().title().startsWith("Market data live again"), 1);
        assertEquals(1, live.size());
        assertEquals(Outcome.Kind.GROUPED, live.get(0).outcome(), "inside the feed group's window");
        Thread.sleep(1_300);
        assertEquals(1, posts.size(), "its summary is INFO, below the webhook's WARNING");
    }

    @Test
    void whaleAlertsComeFromSmartMoneysBoardOnceEach() throws Exception {
        SmartMoneyBoard board = new SmartMoneyBoard();
        board.forwardAlerts(service::onWhaleAlert);
        WhaleAlert w = new WhaleAlert("0xab:BTC:1", 1_000, "0xab", Tier.WHALE, "BTC", AlertType.REVERSAL,
                AlertPriority.CRITICAL, new BigDecimal("12.5"), new BigDecimal("-3"), new BigDecimal("1550000.10"),
                new BigDecimal("100000.00"), "0xab (tier 1) reversed BTC long 12.5 -> short 3");
        assertTrue(board.onAlert(w));
        assertTrue(!board.onAlert(w), "a duplicate is not forwarded");
        List<JsonNode> got = waitForPosts(p -> p.get("source").asText().equals("WHALE"), 1);
        assertEquals("Whale reversal in BTC", got.get(0).get("title").asText());
        assertEquals("1550000.10", got.get(0).get("fields").get("notional_usd").asText(), "money stays exact");
        Thread.sleep(100);
        assertEquals(1, posts.stream().filter(p -> p.get("source").asText().equals("WHALE")).count());
    }

    @Test
    void signalsAndTheirPerformanceAreAlertsOfTheirOwnSources() throws Exception {
        service.signal("sig-1", "BTC", Severity.WARNING, "Signal BTC long 0.86", "entry 100000.5", Map.of("side",
                "long"), 5_000);
        service.signalPerformance("hit-rate", Severity.WARNING, "Live hit rate 41% vs backtest 55%", "below by 25%",
                Map.of(), 6_000);
        List<JsonNode> got = waitForPosts(p -> p.get("source").asText().startsWith("SIGNAL"), 2);
        assertEquals(List.of("SIGNAL", "SIGNAL_PERFORMANCE"), got.stream().map(p -> p.get("source").asText())
                .toList());
        assertEquals(Source.SIGNAL, service.history(r -> true, 10).get(1).alert().source());
    }
}
