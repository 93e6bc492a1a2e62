package io.trader.app.venue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads a session's {@code /metrics} over HTTP and the value of one series of it. */
final class MetricsScrape {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private MetricsScrape() {
    }

    /** GET {@code uri}: the body of a 200 answer. */
    static String get(URI uri) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + uri + ": " + r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * The value of the series {@code name} with exactly these labels (name, value pairs, in the family's label
     * order), or NaN when the exposition has no such series.
     */
    static double sample(String exposition, String name, String... labels) {
        StringBuilder key = new StringBuilder(name);
        if (labels.length > 0) {
            key.append('{');
            for (int i = 0; i < labels.length; i += 2) {
                key.append(labels[i]).append("=\"").append(labels[i + 1]).append("\",");
            }
            key.append('}');
        }
        String prefix = key.append(' ').toString();
        for (String line : exposition.split("\n")) {
            if (line.startsWith(prefix)) {
                return Double.parseDouble(line.substring(prefix.length()).trim());
            }
        }
        return Double.NaN;
    }
}
