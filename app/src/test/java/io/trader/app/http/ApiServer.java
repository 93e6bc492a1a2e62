package io.trader.app.http;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import io.trader.app.Main;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The application's HTTP server, started as {@code trader paper} starts it (same main class, same
 * configuration) on a free local port, over any {@link SessionControl}; and a plain JDK client for it.
 * Every request has a 60 s timeout, so a request the server never answers fails the test.
 */
final class ApiServer implements AutoCloseable {

    static final String TOKEN = "test-token-0123456789abcdef";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    final ApplicationContext ctx;
    final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ApiServer(SessionControl session) {
        this(session, new Object[0]);
    }

    /** With {@code beans} registered too (e.g. the smart-money board and store, as the app registers them). */
    ApiServer(SessionControl session, Object... beans) {
        Object[] singletons = new Object[beans.length + 2];
        singletons[0] = session;
        singletons[1] = new ApiToken(TOKEN);
        System.arraycopy(beans, 0, singletons, 2, beans.length);
        ctx = Micronaut.build(new String[0]).mainClass(Main.class).banner(false)
                .properties(Map.of("micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1"))
                .singletons(singletons).start();
        base = "http://127.0.0.1:" + ctx.getBean(EmbeddedServer.class).getPort();
    }

    HttpClient http() {
        return http;
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** POSTs JSON with {@code Authorization: Bearer <token>} (none when token is null). */
    HttpResponse<String> post(String path, String json, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    /** POSTs JSON with the valid token. */
    HttpResponse<String> post(String path, String json) throws Exception {
        return post(path, json, TOKEN);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends {@code request} as written (for what a well-behaved client cannot send); the answer as text. */
    String raw(String request) throws Exception {
        URI u = URI.create(base);
        try (java.net.Socket socket = new java.net.Socket(u.getHost(), u.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    @Override
    public void close() {
        ctx.close();
    }
}
