package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.core.testing.SharedData;
import io.trader.fake.hyperliquid.fuzz.FuzzCorpus;
import io.trader.fake.hyperliquid.fuzz.MessageMutator;
import io.trader.venue.hyperliquid.data.HlInfoParser;
import io.trader.venue.hyperliquid.exec.HyperliquidAdapters;
import io.trader.venue.hyperliquid.exec.HyperliquidPayloadException;
import io.trader.venue.hyperliquid.HyperliquidConfig;
import io.trader.venue.hyperliquid.HyperliquidRaw;
import io.trader.venue.hyperliquid.HyperliquidVenueException;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mutated venue payloads through layer 4's parsers ({@link HyperliquidAdapters} for {@code /info} replies, user
 * stream data and {@code /exchange} answers), parsed with a plain Jackson mapper like {@link HyperliquidRaw}: every
 * input is parsed or refused with an {@link IllegalArgumentException} (counted by reason); nothing else may escape.
 * The count is {@code fuzz.messages} (100,000 by default, 1,000,000 with {@code -Pfuzz}). Also: the body cap of
 * {@link HyperliquidRaw}.
 */
class HyperliquidPayloadFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = 4_040_404L;

    /** {@code /exchange} answers of the documented shapes (order, cancel, modify, refusals). */
    private static final List<String> EXCHANGE = List.of(
            "{\"status\":\"ok\",\"response\":{\"type\":\"order\",\"data\":{\"statuses\":[{\"resting\":{\"oid\":77738308}}]}}}",
            "{\"status\":\"ok\",\"response\":{\"type\":\"order\",\"data\":{\"statuses\":[{\"filled\":{\"totalSz\":\"0.02\","
                    + "\"avgPx\":\"1891.4\",\"oid\":77747314}}]}}}",
            "{\"status\":\"ok\",\"response\":{\"type\":\"order\",\"data\":{\"statuses\":[{\"error\":\"Order must have "
                    + "minimum value of $10.\"},{\"resting\":{\"oid\":1}}]}}}",
            "{\"status\":\"ok\",\"response\":{\"type\":\"cancel\",\"data\":{\"statuses\":[\"success\"]}}}",
            "{\"status\":\"ok\",\"response\":{\"type\":\"default\"}}",
            "{\"status\":\"err\",\"response\":\"User or API Wallet 0x0123 does not exist.\"}");

    @Test
    void mutatedPayloadsAreParsedOrRefusedNeverThrownOtherwise() {
        FuzzCorpus corpus = FuzzCorpus.load(SharedData.sharedFile("hyperliquid/recorded/test_get_info.yaml").getParent());
        Map<String, Function<JsonNode, Object>> parsers = new HashMap<>();
        parsers.put("meta", root -> HlInfoParser.meta(root, 0));
        parsers.put("allMids", HyperliquidAdapters::mids);
        parsers.put("openOrders", HyperliquidAdapters::openOrders);
        parsers.put("frontendOpenOrders", HyperliquidAdapters::openOrders);
        parsers.put("userFills", HyperliquidAdapters::fills);
        parsers.put("userFillsByTime", HyperliquidAdapters::fills);
        parsers.put("historicalOrders", HyperliquidAdapters::orderUpdates);
        parsers.put("clearinghouseState", HyperliquidAdapters::account);
        List<Map.Entry<String, String>> seeds = new ArrayList<>();
        corpus.info(12).forEach((type, bodies) -> {
            if (parsers.containsKey(type)) {
                bodies.forEach(b -> seeds.add(Map.entry(type, b)));
            }
        });
        EXCHANGE.forEach(b -> seeds.add(Map.entry("exchange", b)));
        parsers.put("exchange", b -> HyperliquidAdapters.statuses(b, 1 + (b.toString().length() & 1)));
        corpus.ws().getOrDefault("userFills", List.of()).forEach(m -> seeds.add(Map.entry("ws userFills", m)));
        parsers.put("ws userFills", m -> HyperliquidAdapters.userFillsMessage(m.path("data")));
        corpus.ws().getOrDefault("orderUpdates", List.of()).forEach(m -> seeds.add(Map.entry("ws orderUpdates", m)));
        parsers.put("ws orderUpdates", m -> HyperliquidAdapters.orderUpdates(m.path("data")));
        long n = Long.getLong("fuzz.messages", 100_000);
        MessageMutator mutator = new MessageMutator(SEED);
        Map<String, Long> outcomes = new TreeMap<>();
        List<String> escaped = new ArrayList<>();
        long start = System.nanoTime();

        for (long i = 0; i < n; i++) {
            Map.Entry<String, String> seed = mutator.pick(seeds);
            String input = mutator.mutate(seed.getValue());
            String outcome;
            try {
                JsonNode body = JSON.readTree(input);
                if (body == null || body.isMissingNode()) {
                    outcome = "dropped empty";
                } else {
                    parsers.get(seed.getKey()).apply(body);
                    outcome = "parsed " + seed.getKey();
                }
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                outcome = "dropped invalid_json";
            } catch (IllegalArgumentException | io.trader.venue.hyperliquid.data.HlMalformedException e) {
                // the meta parser is the data package's one (HlMalformedException), shared with market data
                outcome = "dropped " + HyperliquidPayloadException.reasonOf(e).name().toLowerCase();
            } catch (Throwable e) {
                outcome = "ESCAPED " + e.getClass().getSimpleName();
                if (escaped.size() < 10) {
                    escaped.add(seed.getKey() + " " + mutator.lastOps() + " " + e + " <- "
                            + input.substring(0, Math.min(300, input.length())));
                }
            }
            outcomes.merge(outcome, 1L, Long::sum);
        }

        System.out.printf("FUZZ layer4 parsers: %d mutated payloads in %d ms (seed %d), escaped exceptions %d%n"
                + "FUZZ layer4 outcomes: %s%n", n, (System.nanoTime() - start) / 1_000_000, SEED, escaped.size(),
                outcomes);
        assertEquals(List.of(), escaped, "exceptions escaped the parsers");
        assertEquals(n, outcomes.values().stream().mapToLong(Long::longValue).sum());
        assertTrue(outcomes.keySet().stream().anyMatch(k -> k.startsWith("parsed")), "some payloads still parse");
    }

    @Test
    void anInfoBodyOverTheCapFailsUnparsedWithoutRetries() throws Exception {
        Vertx vertx = Vertx.vertx();
        FakeHyperliquid fake = FakeHyperliquid.start(vertx, FakeConfig.defaults());
        HyperliquidRaw raw = new HyperliquidRaw(vertx, HyperliquidConfig.DEFAULT.withBaseUrl(fake.baseUrl()),
                System::currentTimeMillis, () -> 0.5);
        try {
            String big = "{\"BTC\":\"30000\"" + ",\"X\":\"1\"".repeat(HyperliquidRaw.MAX_BODY_BYTES / 4) + "}";
            fake.infoHandler(req -> req.path("type").asText().equals("allMids") ? Optional.of(big) : Optional.empty());

            ExecutionException e = assertThrows(ExecutionException.class, () -> raw.info(
                    JSON.createObjectNode().put("type", "allMids")).toCompletionStage().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS));

            HyperliquidVenueException v = assertInstanceOf(HyperliquidVenueException.class, e.getCause());
            assertEquals(HyperliquidVenueException.Kind.MALFORMED, v.kind());
            assertTrue(v.getMessage().contains("larger than " + HyperliquidRaw.MAX_BODY_BYTES), v.getMessage());
            assertEquals(1, raw.tooLarge());
            assertEquals(1, raw.requests(), "not retried");
            fake.infoHandler(null);
            assertTrue(raw.info(JSON.createObjectNode().put("type", "allMids")).toCompletionStage()
                    .toCompletableFuture().get(10, TimeUnit.SECONDS).has("BTC"), "the client carries on");
        } finally {
            raw.close();
            fake.close();
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
