package io.trader.notify.channel;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real local HTTP endpoint (the JDK's server on 127.0.0.1, a free port) that records each request's body and time,
 * and answers the scripted statuses in order (then 200).
 */
final class LocalHook implements AutoCloseable {

    /** One scripted answer. */
    record Answer(int status, String retryAfter) {
    }

    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<Long> times = new CopyOnWriteArrayList<>();
    final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final HttpServer server;

    LocalHook(Answer... answers) throws IOException {
        script.addAll(List.of(answers));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            times.add(System.nanoTime());
            contentTypes.add(ex.getRequestHeaders().getFirst("Content-Type"));
            Answer a = script.poll();
            int status = a == null ? 200 : a.status();
            if (a != null && a.retryAfter() != null) {
                ex.getResponseHeaders().add("Retry-After", a.retryAfter());
            }
            byte[] out = (status == 200 ? "ok" : "no").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
    }

    /** The hook's URL, with a token-like path (a secret the channels must never show). */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/T000/SECRET-TOKEN-42");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
