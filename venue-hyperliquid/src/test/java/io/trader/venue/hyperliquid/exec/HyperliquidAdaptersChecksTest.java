package io.trader.venue.hyperliquid.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.function.Function;
import java.util.stream.Stream;

import static io.trader.venue.hyperliquid.exec.HyperliquidPayloadException.Reason.BAD_NUMBER;
import static io.trader.venue.hyperliquid.exec.HyperliquidPayloadException.Reason.BAD_TIME;
import static io.trader.venue.hyperliquid.exec.HyperliquidPayloadException.Reason.NON_POSITIVE_PRICE;
import static io.trader.venue.hyperliquid.exec.HyperliquidPayloadException.Reason.NON_POSITIVE_SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Impossible values in /info replies and /exchange answers are refused with their reason, never passed on. */
class HyperliquidAdaptersChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String fill(String px, String sz, String time) {
        return "[{\"coin\":\"BTC\",\"px\":" + px + ",\"sz\":" + sz + ",\"side\":\"B\",\"time\":" + time
                + ",\"oid\":7,\"tid\":9,\"hash\":\"0x1\",\"crossed\":true,\"fee\":\"0.1\"}]";
    }

    private static String order(String limitPx, String sz, String ts) {
        return "[{\"order\":{\"coin\":\"BTC\",\"side\":\"B\",\"limitPx\":\"" + limitPx + "\",\"sz\":\"" + sz
                + "\",\"oid\":11,\"timestamp\":" + ts + ",\"origSz\":\"1\"},\"status\":\"open\","
                + "\"statusTimestamp\":1700000000001}]";
    }

    private static String filled(String totalSz, String avgPx) {
        return "{\"status\":\"ok\",\"response\":{\"type\":\"order\",\"data\":{\"statuses\":[{\"filled\":{\"oid\":5,"
                + "\"totalSz\":\"" + totalSz + "\",\"avgPx\":\"" + avgPx + "\"}}]}}}";
    }

    static Stream<Arguments> impossible() {
        Function<JsonNode, Object> fills = HyperliquidAdapters::fills;
        Function<JsonNode, Object> updates = HyperliquidAdapters::orderUpdates;
        Function<JsonNode, Object> open = HyperliquidAdapters::openOrders;
        Function<JsonNode, Object> statuses = b -> HyperliquidAdapters.statuses(b, 1);
        Function<JsonNode, Object> mids = HyperliquidAdapters::mids;
        String t = "1700000000000";
        return Stream.of(
                Arguments.of("fill px 0", fills, fill("\"0\"", "\"1\"", t), NON_POSITIVE_PRICE),
                Arguments.of("fill px < 0", fills, fill("\"-30000\"", "\"1\"", t), NON_POSITIVE_PRICE),
                Arguments.of("fill sz 0", fills, fill("\"30000\"", "\"0\"", t), NON_POSITIVE_SIZE),
                Arguments.of("fill time 0", fills, fill("\"30000\"", "\"1\"", "0"), BAD_TIME),
                Arguments.of("fill time after 2100", fills, fill("\"30000\"", "\"1\"", "9999999999999"), BAD_TIME),
                Arguments.of("fill px 1e999999999", fills, fill("\"1e999999999\"", "\"1\"", t), BAD_NUMBER),
                Arguments.of("fill px of 100k digits", fills, fill("\"" + "1".repeat(100_000) + "\"", "\"1\"", t), BAD_NUMBER),
                Arguments.of("order limitPx 0", updates, order("0", "1", t), NON_POSITIVE_PRICE),
                Arguments.of("order sz < 0", updates, order("30000", "-1", t), NON_POSITIVE_SIZE),
                Arguments.of("order timestamp -5", updates, order("30000", "1", "-5"), BAD_TIME),
                Arguments.of("open order limitPx < 0", open, order("-1", "1", t).replace("[{\"order\":", "[")
                        .replace(",\"status\":\"open\",\"statusTimestamp\":1700000000001}", ""), NON_POSITIVE_PRICE),
                Arguments.of("filled avgPx 0", statuses, filled("1", "0"), NON_POSITIVE_PRICE),
                Arguments.of("filled totalSz 0", statuses, filled("0", "30000"), NON_POSITIVE_SIZE),
                Arguments.of("mid 0", mids, "{\"BTC\":\"0\",\"ETH\":\"2000\"}", NON_POSITIVE_PRICE),
                Arguments.of("mid 1e999999999", mids, "{\"BTC\":1e999999999}", BAD_NUMBER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impossible")
    void impossibleValuesAreRefusedWithTheirReason(String name, Function<JsonNode, Object> parse, String body,
                                                   HyperliquidPayloadException.Reason reason) throws Exception {
        JsonNode json = JSON.readTree(body);

        HyperliquidPayloadException e = assertThrows(HyperliquidPayloadException.class, () -> parse.apply(json), name);

        assertEquals(reason, e.reason(), name);
    }

    @Test
    void plausibleValuesStillParse() throws Exception {
        assertEquals(1, HyperliquidAdapters.fills(JSON.readTree(fill("\"30000\"", "\"0.1\"", "1700000000000"))).size());
        assertEquals(1, HyperliquidAdapters.orderUpdates(JSON.readTree(order("30000", "0", "1700000000000"))).size());
        assertTrue(HyperliquidAdapters.statuses(JSON.readTree(filled("0.5", "30000.5")), 1).get(0)
                instanceof ActionStatus.Filled);
    }

    @Test
    void aLongVenueErrorIsClipped() throws Exception {
        JsonNode body = JSON.readTree("{\"status\":\"err\",\"response\":\"" + "x".repeat(50_000) + "\"}");

        ActionStatus.Error e = (ActionStatus.Error) HyperliquidAdapters.statuses(body, 1).get(0);

        assertTrue(e.message().length() < 400, "clipped to " + e.message().length());
    }
}
