package io.trader.venue.hyperliquid.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import io.trader.core.market.Candle;
import io.trader.venue.hyperliquid.data.HlFunding;
import io.trader.venue.hyperliquid.data.HlInfoParser;
import io.trader.venue.hyperliquid.data.HlInstruments;
import io.trader.venue.hyperliquid.data.HlInterval;
import io.trader.venue.hyperliquid.data.HlMeta;
import io.trader.venue.hyperliquid.data.HlMetaAndCtxs;
import io.trader.venue.hyperliquid.data.L2Snapshot;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.trader.venue.hyperliquid.stream.FakeVenue.await;
import static io.trader.venue.hyperliquid.stream.FakeVenue.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyperliquidInfoClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long H = 3_600_000L;
    private static final long M = 60_000L;

    private Vertx vertx;
    private FakeHyperliquid fake;
    private HyperliquidInfoClient client;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        fake = FakeVenue.start(vertx, FakeConfig.defaults().withBundledCassettes());
        client = new HyperliquidInfoClient(vertx, FakeVenue.infoConfig(fake));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        fake.close();
        await(vertx.close());
    }

    @Test
    void recordedResponsesComeBackTyped() throws Exception {
        HlMeta meta = await(client.meta());
        assertEquals(5, meta.asset("BTC").orElseThrow().szDecimals());
        assertEquals(0, meta.asset("BTC").orElseThrow().assetId());
        assertEquals(new BigDecimal("30135.0"), await(client.allMids()).get("BTC"));

        L2Snapshot book = await(client.l2Book("DYDX", HlInstruments.of(meta)));
        assertEquals(211_100, book.bidPrice(0));
        assertEquals(1689630203930L, book.time());

        List<Candle> kpepe = await(client.candleSnapshot("kPEPE", HlInterval.H1, 1684702007000L, 1684784807000L));
        assertEquals(24, kpepe.size());
        assertEquals(new BigDecimal("0.001604"), kpepe.get(0).close());

        List<HlFunding> funding = await(client.fundingHistory("BTC", 1681923833000L, 1684811870000L));
        assertEquals(new BigDecimal("-0.00061334"), funding.get(0).fundingRate());
    }

    @Test
    void metaAndAssetCtxsFromTheMarket() throws Exception {
        HlMetaAndCtxs m = await(client.metaAndAssetCtxs());
        assertEquals(28, m.ctxs().size());
        assertEquals(new BigDecimal("0.0000125"), m.ctx("BTC").orElseThrow().funding());
        assertEquals(new BigDecimal("30135.0"), m.ctx("BTC").orElseThrow().markPx());
        assertEquals(new BigDecimal("1000.5"), m.ctx("ETH").orElseThrow().openInterest());
    }

    @Test
    void candlesArePagedAcrossTheRowCapWithoutGapsOrDuplicates() throws Exception {
        long end = fake.market().currentOpenTime("1m") - M;
        long start = end - 1_199 * M;
        List<Integer> pages = new ArrayList<>();

        List<Candle> candles = await(client.candles("BTC", HlInterval.M1, start, end, p -> pages.add(p.size())));

        assertEquals(1_200, candles.size());
        assertEquals(List.of(500, 500, 200), pages);
        for (int i = 0; i < candles.size(); i++) {
            assertEquals(start + i * M, candles.get(i).openTime());
        }
        Candle expected = HlInfoParser.candles("[" + fake.market().candle("BTC", "1m", start + 777 * M) + "]").get(0);
        assertEquals(expected, candles.get(777));
        List<String> requests = fake.infoRequests();
        assertEquals(3, requests.size());
        assertEquals(start + 1_000 * M, JSON.readTree(requests.get(2)).path("req").path("startTime").asLong());
    }

    @Test
    void fundingIsPagedToo() throws Exception {
        long now = fake.market().now();
        List<HlFunding> rows = await(client.fundingHistory("ETH", now - 1_000 * H, now));
        assertEquals(1_001, rows.size());
        assertEquals(now - 1_000 * H, rows.get(0).time());
        assertEquals(now, rows.get(1_000).time());
        assertEquals(3, fake.infoRequests().size());
    }

    @Test
    void retriesInjected429And5xxBursts() throws Exception {
        fake.failNextRequests(3, 429);
        assertEquals(28, await(client.meta()).universe().size());
        assertEquals(4, fake.infoRequests().size());
        assertEquals(3, client.raw().retries());

        fake.failNextRequests(2, 503);
        assertEquals(28, await(client.allMids()).size());
        assertEquals(7, fake.infoRequests().size());
    }

    @Test
    void givesUpAfterTheDeclaredNumberOfAttempts() throws Exception {
        fake.failNextRequests(10, 500);
        HyperliquidException e = (HyperliquidException) failure(client.meta());
        assertEquals(HyperliquidException.Kind.SERVER_ERROR, e.kind());
        assertEquals(500, e.httpStatus());
        assertEquals(4, e.attempts());
        assertEquals(4, fake.infoRequests().size());

        fake.failNextRequests(0, 500);
        HyperliquidException notFound = (HyperliquidException) failure(client.post(
                new io.vertx.core.json.JsonObject().put("type", "noSuchRequest")));
        assertEquals(HyperliquidException.Kind.CLIENT_ERROR, notFound.kind());
        assertEquals(1, notFound.attempts(), "4xx is not retried");
    }

    @Test
    void slowResponsesTimeOutAndAreRetried() throws Exception {
        fake.delayResponses(Duration.ofMillis(400));
        HyperliquidInfoClient impatient = new HyperliquidInfoClient(vertx, FakeVenue.infoConfig(fake)
                .withRequestTimeout(Duration.ofMillis(100)).withRetry(2, FakeVenue.FAST));
        HyperliquidException e = (HyperliquidException) failure(impatient.meta());
        assertEquals(HyperliquidException.Kind.TIMEOUT, e.kind());
        assertEquals(2, e.attempts());
        impatient.close();
    }

    @Test
    void theWeightBudgetDelaysRequestsBeyondIt() throws Exception {
        HyperliquidInfoClient tight = new HyperliquidInfoClient(vertx, FakeVenue.infoConfig(fake),
                new io.trader.core.venue.WeightBudget(600, 3_000));
        long t0 = System.nanoTime();
        for (int i = 0; i < 31; i++) {
            await(tight.meta());
        }
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(tight.raw().throttled() >= 1, "the 31st request waits");
        assertTrue(elapsedMs >= 2_900, "30 x 20 = 600 weight in the 3 s window: one more waits until the first stops"
                + " counting, 3 s after it; took " + elapsedMs);
        tight.close();
    }

    @Test
    void dataWaitsWhileOrdersHoldTheReserve() throws Exception {
        io.trader.core.venue.WeightBudget shared = new io.trader.core.venue.WeightBudget(100, 2_000, 50);
        HyperliquidInfoClient data = new HyperliquidInfoClient(vertx, FakeVenue.infoConfig(fake), shared);
        assertEquals(0, shared.reserve(60, System.currentTimeMillis()), "orders take 60 of 100");
        long t0 = System.nanoTime();

        await(data.meta());

        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(data.raw().throttled() >= 1, "meta (20) waited: 40 left, 50 held back for orders");
        assertTrue(elapsedMs >= 1_900, "the orders' 60 count for the 2 s window; took " + elapsedMs);
        assertTrue(shared.available(System.currentTimeMillis()) >= 49, "data left the reserve to orders");
        data.close();
    }

    @Test
    void closingFailsTheRequestsWaitingForTheBudget() throws Exception {
        io.trader.core.venue.WeightBudget shared = new io.trader.core.venue.WeightBudget(100, 600_000, 50);
        HyperliquidInfoClient data = new HyperliquidInfoClient(vertx, FakeVenue.infoConfig(fake), shared);
        shared.reserve(100, System.currentTimeMillis());
        long before = fake.requestCounts().info();
        io.vertx.core.Future<HlMeta> waiting = data.meta();
        data.close();
        HyperliquidException e = (HyperliquidException) failure(waiting);
        assertEquals(HyperliquidException.Kind.CLIENT_ERROR, e.kind());
        assertEquals(before, fake.requestCounts().info(), "nothing was sent");
    }

    @Test
    void aBodyOverTheCapFailsUnparsedWithoutRetries() throws Exception {
        String mids = "{\"BTC\":\"30000\"" + ",\"X\":\"1\"".repeat(HyperliquidInfoRaw.MAX_BODY_BYTES / 4) + "}";
        fake.infoHandler(req -> req.path("type").asText().equals("allMids") ? java.util.Optional.of(mids)
                : java.util.Optional.empty());

        HyperliquidException e = (HyperliquidException) failure(client.allMids());

        assertEquals(HyperliquidException.Kind.MALFORMED_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("larger than " + HyperliquidInfoRaw.MAX_BODY_BYTES), e.getMessage());
        assertEquals(1, client.raw().tooLarge());
        assertEquals(1, client.raw().requests(), "not retried");
        assertEquals(2 << 20, HyperliquidInfoRaw.MAX_BODY_BYTES);
        fake.infoHandler(null);
        assertTrue(await(client.allMids()).containsKey("BTC"), "the client carries on");
    }
}
