package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.venue.hyperliquid.exec.Cloid;
import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.trader.venue.hyperliquid.exec.Network;
import io.trader.venue.hyperliquid.exec.NonceSource;
import io.trader.venue.hyperliquid.exec.OrderAction;
import io.trader.venue.hyperliquid.exec.OrderKind;
import io.trader.venue.hyperliquid.exec.OrderWire;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Plain HTTP against a running {@link FakeVenue}: its control API and hand-signed {@code /exchange} orders. */
final class ControlClient {

    static final ObjectMapper JSON = new ObjectMapper();

    /** An HTTP answer: status, body text and the body parsed (a missing node when it is not JSON). */
    record Answer(int status, String text, JsonNode json, HttpResponse<String> raw) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final FakeVenue venue;
    private final HyperliquidSigner signer;
    private final AtomicLong nonce = new AtomicLong(System.currentTimeMillis());
    private final AtomicLong cloids = new AtomicLong();

    ControlClient(FakeVenue venue) {
        this.venue = venue;
        this.signer = HyperliquidSigner.fromHex(VenueHarness.KEY.toCharArray(), Network.TESTNET, null,
                new NonceSource(System::currentTimeMillis, 0));
    }

    Answer get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(venue.controlUrl() + path)).GET(), Duration.ofSeconds(10));
    }

    Answer post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(venue.controlUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)), Duration.ofSeconds(10));
    }

    Answer info(String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(venue.baseUrl() + "/info"))
                .POST(HttpRequest.BodyPublishers.ofString(body)), Duration.ofSeconds(10));
    }

    /** Signs and sends one BTC order (asset 0); {@code timeout} bounds the wait for the answer. */
    Answer order(boolean buy, String px, String size, String tif, Duration timeout) throws Exception {
        Cloid cloid = Cloid.of(String.format("0x%032x", cloids.incrementAndGet()));
        OrderAction action = OrderAction.of(new OrderWire(0, buy, px, size, false,
                new OrderKind.Limit(OrderKind.Tif.valueOf(tif.toUpperCase(java.util.Locale.ROOT))), cloid));
        String body = signer.sign(action, nonce.incrementAndGet(), null).toJson();
        return send(HttpRequest.newBuilder(URI.create(venue.baseUrl() + "/exchange"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), timeout);
    }

    Answer order(boolean buy, String px, String size, String tif) throws Exception {
        return order(buy, px, size, tif, Duration.ofSeconds(10));
    }

    private Answer send(HttpRequest.Builder b, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(b.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json;
        try {
            json = JSON.readTree(r.body());
        } catch (Exception e) {
            json = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        return new Answer(r.statusCode(), r.body(), json == null ? com.fasterxml.jackson.databind.node.MissingNode
                .getInstance() : json, r);
    }
}
