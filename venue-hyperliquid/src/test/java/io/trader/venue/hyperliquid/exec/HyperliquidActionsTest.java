package io.trader.venue.hyperliquid.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exact wire JSON of every typed action, the request body, and a fake venue's view of a signed body. */
class HyperliquidActionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "0x0123456789012345678901234567890123456789012345678901234567890123";
    private static final String VAULT = "0x1719884EB866cb12b2287399b15f7db5e7d775ea";
    private static final Cloid CLOID = Cloid.of("0x00000000000000000000000000000001");
    private static final OrderWire GTC = new OrderWire(1, true, "100", "0.5", false,
            new OrderKind.Limit(OrderKind.Tif.GTC), null);

    private static String json(L1Action a) {
        return JSON.valueToTree(a.toWire()).toString();
    }

    @Test
    void ordersWriteTheSdkKeyOrder() {
        OrderWire tp = new OrderWire(3, false, "2100", "1", true,
                new OrderKind.Trigger(false, "2000", OrderKind.Tpsl.TP), CLOID);
        assertEquals("{\"type\":\"order\",\"orders\":[{\"a\":1,\"b\":true,\"p\":\"100\",\"s\":\"0.5\",\"r\":false,"
                + "\"t\":{\"limit\":{\"tif\":\"Gtc\"}}},{\"a\":3,\"b\":false,\"p\":\"2100\",\"s\":\"1\",\"r\":true,"
                + "\"t\":{\"trigger\":{\"isMarket\":false,\"triggerPx\":\"2000\",\"tpsl\":\"tp\"}},"
                + "\"c\":\"0x00000000000000000000000000000001\"}],\"grouping\":\"normalTpsl\","
                + "\"builder\":{\"b\":\"0x1719884eb866cb12b2287399b15f7db5e7d775ea\",\"f\":10}}",
                json(new OrderAction(List.of(GTC, tp), OrderAction.Grouping.NORMAL_TPSL,
                        new OrderAction.BuilderFee(VAULT, 10))));
        assertEquals("{\"type\":\"order\",\"orders\":[{\"a\":1,\"b\":true,\"p\":\"100\",\"s\":\"0.5\",\"r\":false,"
                + "\"t\":{\"limit\":{\"tif\":\"Gtc\"}}}],\"grouping\":\"na\"}", json(OrderAction.of(GTC)));
    }

    @Test
    void cancelsModifiesAndAccountActions() {
        assertEquals("{\"type\":\"cancel\",\"cancels\":[{\"a\":1,\"o\":82382}]}",
                json(new L1Action.Cancel(List.of(new L1Action.Cancel.ByOid(1, 82_382)))));
        assertEquals("{\"type\":\"cancelByCloid\",\"cancels\":[{\"asset\":4,"
                        + "\"cloid\":\"0x00000000000000000000000000000001\"}]}",
                json(new L1Action.CancelByCloid(List.of(new L1Action.CancelByCloid.ByCloid(4, CLOID)))));
        String order = "{\"a\":1,\"b\":true,\"p\":\"100\",\"s\":\"0.5\",\"r\":false,"
                + "\"t\":{\"limit\":{\"tif\":\"Gtc\"}}}";
        assertEquals("{\"type\":\"modify\",\"oid\":77,\"order\":" + order + "}",
                json(new L1Action.Modify(new OrderRef.Oid(77), GTC)));
        assertEquals("{\"type\":\"batchModify\",\"modifies\":[{\"oid\":77,\"order\":" + order + "},"
                        + "{\"oid\":\"0x00000000000000000000000000000001\",\"order\":" + order + "}]}",
                json(new L1Action.BatchModify(List.of(new L1Action.Modify(new OrderRef.Oid(77), GTC),
                        new L1Action.Modify(CLOID, GTC)))));
        assertEquals("{\"type\":\"updateLeverage\",\"asset\":4,\"isCross\":true,\"leverage\":10}",
                json(new L1Action.UpdateLeverage(4, true, 10)));
        assertEquals("{\"type\":\"scheduleCancel\",\"time\":123456789}",
                json(new L1Action.ScheduleCancel(123_456_789L)));
        assertEquals("{\"type\":\"scheduleCancel\"}", json(new L1Action.ScheduleCancel(null)));
        assertEquals("{\"type\":\"noop\"}", json(new L1Action.Noop()));
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("name", "x");
        raw.put("type", "createSubAccount");
        assertThrows(IllegalArgumentException.class, () -> new L1Action.Raw(raw));
    }

    @Test
    void preimageAppendsNonceVaultAndExpiry() {
        Map<String, Object> tree = new L1Action.Noop().toWire();
        int packed = MsgPack.pack(tree).length;
        String plain = Hex.encode(HyperliquidHashing.actionPreimage(tree, 0x0102030405060708L, null, null));
        assertTrue(plain.endsWith("010203040506070800"), plain);
        String full = Hex.encode(HyperliquidHashing.actionPreimage(tree, 1, VAULT, 0x1122334455667788L));
        assertEquals(2 + 2 * (packed + 8 + 21 + 9), full.length());
        assertTrue(full.endsWith("0000000000000001" + "01" + "1719884eb866cb12b2287399b15f7db5e7d775ea"
                + "00" + "1122334455667788"), full);
    }

    @Test
    void bodyCarriesTheApiFieldNamesAndAFakeVenueRecoversTheSigner() throws Exception {
        AtomicLong clock = new AtomicLong(1_700_000_000_000L);
        HyperliquidSigner signer = HyperliquidSigner.fromHex(KEY.toCharArray(), Network.TESTNET, VAULT,
                new NonceSource(clock::get, 0));
        SignedRequest first = signer.sign(OrderAction.of(GTC));
        SignedRequest second = signer.sign(OrderAction.of(GTC));
        assertEquals(1_700_000_000_000L, first.nonce());
        assertEquals(1_700_000_000_001L, second.nonce());
        SignedRequest expiring = signer.sign(new L1Action.Cancel(List.of(new L1Action.Cancel.ByOid(1, 5))),
                signer.nextNonce(), 1_700_000_060_000L);
        JsonNode body = JSON.readTree(expiring.toJson());
        List<String> keys = new ArrayList<>();
        body.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("action", "nonce", "signature", "vaultAddress", "expiresAfter"), keys);
        assertEquals("0x1719884eb866cb12b2287399b15f7db5e7d775ea", body.get("vaultAddress").asText());
        assertEquals(1_700_000_060_000L, body.get("expiresAfter").asLong());
        assertEquals(expiring.signature().v(), body.at("/signature/v").asInt());
        assertTrue(body.at("/signature/r").asText().startsWith("0x"));

        SignedRequest received = SignedRequest.fromJson(body);
        assertEquals(signer.address(), received.recoverL1Signer(Network.TESTNET).orElseThrow());
        assertNotEquals(signer.address(), received.recoverL1Signer(Network.MAINNET).orElseThrow());
        ObjectNode tampered = body.deepCopy();
        ((ObjectNode) tampered.at("/action/cancels/0")).put("o", 6);
        assertNotEquals(signer.address(),
                SignedRequest.fromJson(tampered).recoverL1Signer(Network.TESTNET).orElseThrow());
        ObjectNode noExpiry = body.deepCopy();
        noExpiry.remove("expiresAfter");
        assertNotEquals(signer.address(),
                SignedRequest.fromJson(noExpiry).recoverL1Signer(Network.TESTNET).orElseThrow());

        JsonNode plainBody = JSON.readTree(HyperliquidSigner.fromHex(KEY.toCharArray(), Network.MAINNET, null,
                new NonceSource(clock::get, 0)).sign(new L1Action.Noop()).toJson());
        assertTrue(!plainBody.has("vaultAddress") && !plainBody.has("expiresAfter"), plainBody.toString());
    }

    @Test
    void userSignedActionsPostTheirFieldsAndUseTheirOwnNonce() {
        HyperliquidSigner signer = HyperliquidSigner.fromHex(KEY.toCharArray(), Network.MAINNET, VAULT,
                new NonceSource(() -> 9, 0));
        SignedRequest withdraw = signer.sign(UserSignedAction.withdraw(
                "0x5E9EE1089755c3435139848e47e6635505d5a13a", "12.5", 1_687_816_341_423L));
        assertEquals("{\"action\":{\"type\":\"withdraw3\",\"signatureChainId\":\"0x66eee\","
                + "\"hyperliquidChain\":\"Mainnet\",\"destination\":\"0x5e9ee1089755c3435139848e47e6635505d5a13a\","
                + "\"amount\":\"12.5\",\"time\":1687816341423},\"nonce\":1687816341423,\"signature\":{\"r\":\""
                + withdraw.signature().rHex() + "\",\"s\":\"" + withdraw.signature().sHex() + "\",\"v\":"
                + withdraw.signature().v() + "}}", withdraw.toJson());
        byte[] digest = HyperliquidHashing.userSignedDigest(UserSignedAction.withdraw(
                "0x5e9ee1089755c3435139848e47e6635505d5a13a", "12.5", 1_687_816_341_423L), Network.MAINNET, "0x66eee");
        assertEquals(signer.address(), Secp256k1.recoverSigner(digest, withdraw.signature()).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> UserSignedAction.usdSend(
                "0x5e9ee1089755c3435139848e47e6635505d5a13a", "1e3", 1));
    }

    @Test
    void recoveryRejectsOutOfRangeValues() {
        byte[] digest = new byte[32];
        assertTrue(Secp256k1.recoverSigner(digest, Secp256k1.N, java.math.BigInteger.ONE, 27).isEmpty());
        assertTrue(Secp256k1.recoverSigner(digest, java.math.BigInteger.ONE, java.math.BigInteger.ONE, 29).isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> Secp256k1.recoverSigner(new byte[31], java.math.BigInteger.ONE, java.math.BigInteger.ONE, 27));
    }
}
