package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.trader.fake.hyperliquid.smartmoney.SmartMoneyConfig;
import org.junit.jupiter.api.Test;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 30k-row leaderboard is streamed in chunks: no Content-Length, and a streaming
 * parser counts every row. Rows are the size of the recorded sample row compacted (463 bytes), so 30k rows are
 * about 14 MB, not the 25 MB a third-party write-up reports for the real one. (Bounded heap at the fake is not asserted; the fake never builds the body whole.)
 */
class SmartMoneyBigLeaderboardTest {

    @Test
    void streamsThirtyThousandRows() throws Exception {
        try (FakeHyperliquid fake = FakeHyperliquid.start(FakeConfig.defaults()
                .withSmartMoney(SmartMoneyConfig.big()))) {
            long t0 = System.nanoTime();
            HttpResponse<InputStream> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(fake.baseUrl() + "/Mainnet/leaderboard")).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("content-length").isEmpty(), "chunked, not one buffer");
            long[] bytes = {0};
            int rows = 0;
            try (InputStream in = new FilterInputStream(r.body()) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    bytes[0] += Math.max(0, n);
                    return n;
                }
            }; JsonParser p = new JsonFactory().createParser(in)) {
                int depth = 0;
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        depth++;
                        rows += t == JsonToken.START_OBJECT && depth == 3 ? 1 : 0;
                    } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                        depth--;
                    }
                }
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            assertEquals(SmartMoneyConfig.big().leaderboardRows(), rows);
            assertTrue(bytes[0] > 10_000_000 && bytes[0] < 40_000_000, "bytes " + bytes[0]);
            System.out.printf("leaderboard: %d rows, %.1f MB in %.0f ms%n", rows, bytes[0] / 1e6, ms);
            assertEquals(1, fake.smartMoney().leaderboardRequests());
        }
    }
}
