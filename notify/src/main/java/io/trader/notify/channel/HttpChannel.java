package io.trader.notify.channel;

import io.trader.notify.core.Notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A channel that POSTs a JSON body to a webhook URL with the JDK's HTTP client. 2xx is delivered; 429 and 5xx and
 * connection errors are retried (429's {@code Retry-After}, in seconds or as an HTTP date, is honoured); any other
 * status is given up at once. The URL is a secret (it holds the token): only its host is ever shown.
 */
public abstract class HttpChannel implements Channel {

    private final String name;
    private final String kind;
    private final URI url;
    private final HttpClient http;
    private final Duration timeout;

    protected HttpChannel(String name, String kind, URI url, Duration timeout) {
        if (url == null || url.getHost() == null || !(url.getScheme().equals("https")
                || url.getScheme().equals("http"))) {
            throw new IllegalArgumentException(kind + " channel '" + name + "' needs an http(s) URL with a host");
        }
        this.name = name;
        this.kind = kind;
        this.url = url;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The JSON body for {@code n}. */
    protected abstract String body(Notification n);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String describe() {
        return kind + "(" + url.getHost() + ")";
    }

    @Override
    public final String toString() {
        return describe();
    }

    @Override
    public final Delivery send(Notification n) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(n), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new Delivery.Retry("cannot reach " + describe() + ": " + e.getClass().getSimpleName(), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery.Retry("interrupted", -1);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Delivery.Delivered();
        }
        if (status == 429) {
            return new Delivery.Retry(describe() + " answered 429 (rate limited)",
                    retryAfterMs(response.headers().firstValue("Retry-After").orElse(null),
                            System.currentTimeMillis()));
        }
        if (status >= 500) {
            return new Delivery.Retry(describe() + " answered " + status, -1);
        }
        return new Delivery.Failed(describe() + " answered " + status + " (not retried)");
    }

    /** Milliseconds a {@code Retry-After} value asks to wait (seconds, or an HTTP date), or -1 when absent or bad. */
    static long retryAfterMs(String value, long nowMs) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        String v = value.strip();
        try {
            return Math.max(0, Math.round(Double.parseDouble(v) * 1000));
        } catch (NumberFormatException e) {
            try {
                long at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
                return Math.max(0, at - nowMs);
            } catch (DateTimeParseException e2) {
                return -1;
            }
        }
    }
}
