package io.trader.app.http;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.paper.PaperSession;
import io.trader.app.paper.ReplayFeed;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.OrderRow;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.market.Bar;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.service.CandleFileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/v1/orders} over real HTTP serves the session's stored history merged with its live orders:
 * after a restart it still lists the orders from before it; a store that cannot be read gives a 503 with the
 * JSON error, never a silently short list.
 */
class OrdersApiTest {

    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
    private static List<Bar> bars;
    private static String symbol;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void load() throws Exception {
        CandleSeries s = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H));
        bars = s.bars().subList(0, 5000);
        symbol = s.symbol();
    }

    /** A paper session over {@code input} with its HTTP server; the store reads through {@code failReads}. */
    private static final class Running implements AutoCloseable {
        final Database db;
        final TradingStore store;
        final PaperSession session;
        final ApplicationContext ctx;
        final String base;
        final AtomicBoolean failReads = new AtomicBoolean();

        Running(Path pg, List<Bar> input) throws Exception {
            db = Database.open(StoreConfig.embedded(pg));
            store = new TradingStore(switchable(db.dataSource(), failReads), "orders");
            session = new PaperSession(TraderSettings.defaults(), Assembly.ENSEMBLE, "orders",
                    new ReplayFeed(input, 0, Clock.systemUTC(), "replay:test", List.of(symbol)), store,
                    Clock.systemUTC());
            ctx = Micronaut.build(new String[0]).mainClass(Main.class).banner(false)
                    .properties(Map.of("micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1"))
                    .singletons(session, new ApiToken("unused-token-0123456789")).start();
            base = "http://127.0.0.1:" + ctx.getBean(EmbeddedServer.class).getPort();
            session.start();
            session.finished().get();
            store.flush();
        }

        @Override
        public void close() {
            session.stop();
            ctx.close();
            store.close();
            db.close();
        }
    }

    @Test
    void afterARestartTheApiListsEveryStoredOrderNewestFirst(@TempDir Path dir) throws Exception {
        Path pg = dir.resolve("pg");
        int before;
        try (Running r = new Running(pg, bars.subList(0, 3000))) {
            before = r.store.recentOrders(100_000).size();
            assertTrue(before > 20, "the first run trades: " + before);
        }
        try (Running r = new Running(pg, bars)) {
            List<OrderRow> stored = r.store.recentOrders(1000);
            assertTrue(stored.size() > before && stored.size() < 1000, "more orders after the restart: "
                    + before + " -> " + stored.size());
            HttpResponse<String> all = get(r.base + "/api/v1/orders?status=all&limit=1000");
            assertEquals(200, all.statusCode(), all.body());
            assertEquals(stored.stream().map(OrderRow::clientId).toList(), all(CLIENT_ID, all.body()),
                    "every stored order once, newest first");
            assertEquals(stored.stream().map(o -> o.status().name()).toList(), all(STATUS, all.body()));

            HttpResponse<String> seven = get(r.base + "/api/v1/orders?limit=7");
            assertEquals(stored.stream().limit(7).map(OrderRow::clientId).toList(), all(CLIENT_ID, seven.body()));

            HttpResponse<String> open = get(r.base + "/api/v1/orders?status=open&limit=1000");
            assertEquals(200, open.statusCode(), open.body());
            assertEquals(r.session.parts().exchange.openOrders().stream().map(o -> o.clientId()).sorted().toList(),
                    all(CLIENT_ID, open.body()).stream().sorted().toList(), "open: the live open orders only");
        }
    }

    @Test
    void aStoreThatCannotBeReadGivesA503WithTheJsonErrorNotAShortList(@TempDir Path dir) throws Exception {
        try (Running r = new Running(dir.resolve("pg"), bars.subList(0, 2000))) {
            assertEquals(200, get(r.base + "/api/v1/orders?status=all").statusCode());
            r.failReads.set(true);
            HttpResponse<String> failed = get(r.base + "/api/v1/orders?status=all");
            assertEquals(503, failed.statusCode(), failed.body());
            assertTrue(failed.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(failed.body().contains("\"error\":\"service_unavailable\"")
                    && failed.body().contains("\"reason\":\"the order history cannot be read"), failed.body());
            assertTrue(!failed.body().contains("SQL") && !failed.body().contains("Exception"), failed.body());
            assertEquals(200, get(r.base + "/api/v1/orders?status=open").statusCode(),
                    "open orders come from the live session");
            r.failReads.set(false);
            assertEquals(200, get(r.base + "/api/v1/orders").statusCode(), "answers again once the store does");
        }
    }

    /** A data source whose new connections fail while {@code fail} is set (the writer keeps its own). */
    private static DataSource switchable(DataSource ds, AtomicBoolean fail) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && fail.get()) {
                        throw new SQLException("connection refused (test)", "08001");
                    }
                    try {
                        return method.invoke(ds, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static List<String> all(Pattern p, String body) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(body);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
