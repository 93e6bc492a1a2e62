package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.trader.venue.hyperliquid.exec.L1Action;
import io.trader.venue.hyperliquid.exec.Network;
import io.trader.venue.hyperliquid.exec.NonceSource;
import io.trader.venue.hyperliquid.exec.OrderAction;
import io.trader.venue.hyperliquid.exec.OrderKind;
import io.trader.venue.hyperliquid.exec.OrderWire;
import io.trader.venue.hyperliquid.exec.SignedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.trader.fake.hyperliquid.VenueHarness.ACCOUNT;
import static io.trader.fake.hyperliquid.VenueHarness.KEY;
import static io.trader.fake.hyperliquid.VenueHarness.OTHER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulated account's own venue rules, driven with hand-signed requests. */
class SimulatedExchangeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VenueHarness h = new VenueHarness();
    private final List<String[]> published = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        h.close();
    }

    private JsonNode send(SignedRequest signed) throws Exception {
        String body = signed.toJson();
        ExchangeContext ctx = new ExchangeContext() {
            @Override
            public FakeMarket market() {
                return h.fake.market();
            }

            @Override
            public long now() {
                return h.fake.market().now();
            }

            @Override
            public void publish(String channel, String key, String data) {
                published.add(new String[]{channel, key, data});
            }
        };
        ExchangeResponse r = h.sim.handle(new ExchangeRequest(body, JSON.readTree(body)), ctx);
        assertEquals(200, r.status());
        return JSON.readTree(r.body());
    }

    private static HyperliquidSigner signer(String key, Network network) {
        return HyperliquidSigner.fromHex(key.toCharArray(), network, null, new NonceSource(() -> 0, 0));
    }

    private static OrderAction order(String px, String tif) {
        return OrderAction.of(new OrderWire(0, true, px, "0.001", false, new OrderKind.Limit(OrderKind.Tif.valueOf(tif)),
                null));
    }

    @Test
    void noncesMustBeFreshForTheSigner() throws Exception {
        HyperliquidSigner s = signer(KEY, Network.TESTNET);
        long now = h.fake.market().now();
        assertEquals("ok", send(s.sign(new L1Action.Noop(), now, null)).path("status").asText());
        assertEquals("Invalid nonce: duplicate nonce",
                send(s.sign(new L1Action.Noop(), now, null)).path("response").asText());
        assertEquals("ok", send(s.sign(new L1Action.Noop(), now - 1, null)).path("status").asText(),
                "the venue keeps 100 nonces: an older unused one is still fresh");
        assertTrue(send(s.sign(new L1Action.Noop(), now - 3 * 86_400_000L, null)).path("response").asText()
                .contains("outside the allowed time window"));
        assertTrue(send(s.sign(new L1Action.Noop(), now + 2 * 86_400_000L, null)).path("response").asText()
                .contains("outside the allowed time window"));
    }

    @Test
    void strictNoncesMustIncrease() throws Exception {
        try (VenueHarness strict = new VenueHarness(SimulatedAccountConfig.testnet(ACCOUNT).withStrictNonces(true))) {
            NonceGuard guard = new NonceGuard(true);
            long now = strict.fake.market().now();
            assertEquals(null, guard.check(ACCOUNT, now, now));
            assertEquals("Invalid nonce: the nonce is lower than the next valid nonce", guard.check(ACCOUNT, now - 1, now));
        }
    }

    @Test
    void onlyTheAccountOrAnApprovedAgentMaySignForTheRightNetwork() throws Exception {
        long now = h.fake.market().now();
        String agent = signer(OTHER_KEY, Network.TESTNET).address();
        assertEquals("User or API Wallet " + agent + " does not exist.",
                send(signer(OTHER_KEY, Network.TESTNET).sign(order("29000", "GTC"), now, null)).path("response").asText());
        JsonNode mainnet = send(signer(KEY, Network.MAINNET).sign(order("29000", "GTC"), now + 1, null));
        assertTrue(mainnet.path("response").asText().startsWith("User or API Wallet 0x"),
                "a mainnet signature recovers to some other address on testnet");
        h.sim.approveAgent(agent);
        JsonNode ok = send(signer(OTHER_KEY, Network.TESTNET).sign(order("29000", "GTC"), now + 2, null));
        assertTrue(ok.path("response").path("data").path("statuses").get(0).has("resting"), ok.toString());
        assertEquals(ACCOUNT, h.sim.user());
    }

    @Test
    void restingOrdersAreCancelledByTheDeadManSwitchAndUserStateIsServed() throws Exception {
        HyperliquidSigner s = signer(KEY, Network.TESTNET);
        long now = h.fake.market().now();
        send(s.sign(order("29000", "GTC"), now, null));
        JsonNode early = send(s.sign(new L1Action.ScheduleCancel(now + 1_000), now + 1, null));
        assertTrue(early.path("response").asText().contains("at least 5 seconds"), early.toString());
        assertEquals("ok", send(s.sign(new L1Action.ScheduleCancel(now + 10_000), now + 2, null)).path("status").asText());
        h.fake.market().advance(10_000);
        h.sim.tick();
        assertEquals("scheduledCancel", h.sim.orders().get(0).status());
        Optional<String> status = h.sim.answerInfo(JSON.readTree("{\"type\":\"orderStatus\",\"user\":\"" + ACCOUNT
                + "\",\"oid\":" + h.sim.orders().get(0).oid() + "}"));
        assertEquals("scheduledCancel", JSON.readTree(status.orElseThrow()).path("order").path("status").asText());
        assertEquals("[]", h.sim.answerInfo(JSON.readTree("{\"type\":\"openOrders\",\"user\":\"" + ACCOUNT + "\"}"))
                .orElseThrow());
        JsonNode stranger = JSON.readTree(h.sim.answerInfo(JSON.readTree(
                "{\"type\":\"clearinghouseState\",\"user\":\"0x0000000000000000000000000000000000000001\"}")).orElseThrow());
        assertEquals(0, stranger.path("assetPositions").size());
        assertTrue(h.sim.answerInfo(JSON.readTree("{\"type\":\"meta\"}")).isEmpty(), "the fake's routes answer meta");
    }

    @Test
    void aFillIsPublishedOnTheUserStreams() throws Exception {
        HyperliquidSigner s = signer(KEY, Network.TESTNET);
        long now = h.fake.market().now();
        JsonNode r = send(s.sign(order("30140", "IOC"), now, null));
        JsonNode filled = r.path("response").path("data").path("statuses").get(0).path("filled");
        assertEquals("0.001", filled.path("totalSz").asText());
        assertEquals("30136.5", filled.path("avgPx").asText());
        assertEquals(List.of("userFills", "user", "orderUpdates"), published.stream().map(p -> p[0]).toList());
        assertEquals(SubscriptionKeys.userFills(ACCOUNT), published.get(0)[1]);
        JsonNode fill = JSON.readTree(published.get(0)[2]).path("fills").get(0);
        assertEquals("Open Long", fill.path("dir").asText());
        assertTrue(fill.path("crossed").asBoolean());
        assertEquals("filled", JSON.readTree(published.get(2)[2]).get(0).path("status").asText());
    }
}
