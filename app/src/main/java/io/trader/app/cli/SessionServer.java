package io.trader.app.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.trader.app.Main;
import io.trader.app.http.ApiToken;
import io.trader.app.paper.PaperSession;
import io.trader.app.store.Database;
import io.trader.app.store.TradingStore;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Serves a running session over HTTP until SIGTERM (or until its feed ends, when asked), then stops it
 * cleanly: engine, checkpoint, HTTP, market data, store, database.
 */
final class SessionServer {

    private SessionServer() {
    }

    static int serve(PaperSession session, ApiToken token, TradingStore store, Database db, AutoCloseable marketData,
                     String host, int port, boolean exitWhenDone) throws InterruptedException {
        return serve(session, token, store, db, marketData, host, port, exitWhenDone, java.util.List.of());
    }

    /**
     * @param extraBeans more beans for the API (e.g. smart money's board and store)
     */
    static int serve(PaperSession session, ApiToken token, TradingStore store, Database db, AutoCloseable marketData,
                     String host, int port, boolean exitWhenDone, java.util.List<Object> extraBeans)
            throws InterruptedException {
        ApplicationContext ctx;
        java.util.List<Object> beans = new java.util.ArrayList<>(java.util.List.of(session, token));
        beans.addAll(extraBeans);
        beans.addAll(session.apiBeans()); // correlation, and signals when on
        try {
            ctx = Micronaut.build(new String[0])
                    .mainClass(Main.class)
                    .banner(false)
                    .properties(Map.of("micronaut.server.port", port, "micronaut.server.host", host,
                            "micronaut.application.name", "trader"))
                    .singletons(beans.toArray())
                    .start();
        } catch (RuntimeException e) {
            // the pre-flight check found the address free; something took it since
            closeQuietly(marketData);
            store.close();
            db.close();
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new Main.UserError("cannot start the HTTP API on " + host + ":" + port + ": " + root.getMessage());
        }
        int actualPort = ctx.getBean(io.micronaut.runtime.server.EmbeddedServer.class).getPort();
        var status = session.status();
        System.err.printf("%s session '%s' on %s (%s); API on http://%s:%d/api/v1/status%n", status.mode(),
                status.session(), status.source(), status.instruments(), host, actualPort);

        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            shutdown(session, ctx, marketData, store, db);
            stopped.countDown();
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        session.start();
        if (exitWhenDone) {
            try {
                session.finished().join();
            } catch (RuntimeException e) {
                System.err.println("trader: session failed: " + e.getMessage());
            }
            Runtime.getRuntime().removeShutdownHook(hook);
            shutdown(session, ctx, marketData, store, db);
            System.err.println(status.mode() + " session done: " + session.status().barsProcessed() + " bars; equity "
                    + session.pnl().equity());
            return session.status().state().startsWith("failed") ? 1 : 0;
        }
        stopped.await();
        return 0;
    }

    private static synchronized void shutdown(PaperSession session, ApplicationContext ctx, AutoCloseable marketData,
                                              TradingStore store, Database db) {
        session.stop();
        if (ctx.isRunning()) {
            ctx.close();
        }
        closeQuietly(marketData);
        store.close();
        db.close();
    }

    private static void closeQuietly(AutoCloseable marketData) {
        if (marketData != null) {
            try {
                marketData.close();
            } catch (Exception e) {
                System.err.println("trader: closing market data: " + e.getMessage());
            }
        }
    }
}
