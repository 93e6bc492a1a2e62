package io.trader.venue.hyperliquid.exec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every vector of {@code shared/hyperliquid/signing-vectors.json} (Python SDK set, Rust SDK set, helper cases)
 * through our code: msgpack bytes, hash preimage, connection id, EIP-712 domain/struct/digest, r/s/v, wire
 * strings, and signer recovery from both our and the vector's signature. Each vector is one dynamic test
 * that lists every differing value.
 */
class HyperliquidSigningVectorsTest {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** eth_account address of the Python tests' key 0x0123…0123. */
    private static final String PY_KEY_ADDRESS = "0x14791697260e4c9a71f18484c9f997b308e59325";
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger HELPERS_PASSED = new AtomicInteger();

    private static JsonNode vectors() throws IOException {
        return JSON.readTree(SharedData.sharedFile("hyperliquid/signing-vectors.json").toFile());
    }

    @TestFactory
    Stream<DynamicTest> pythonSdkVectors() throws IOException {
        return signingVectors(vectors().get("vectors"), 21, false);
    }

    @TestFactory
    Stream<DynamicTest> rustSdkVectors() throws IOException {
        return signingVectors(vectors().get("vectors_rust_sdk"), 19, true);
    }

    @TestFactory
    Stream<DynamicTest> helperFloatToIntForHashing() throws IOException {
        JsonNode cases = vectors().at("/helper_vectors/float_to_int_for_hashing/cases");
        assertEquals(4, cases.size(), "float_to_int_for_hashing case count");
        return StreamSupport.stream(cases.spliterator(), false).map(c -> DynamicTest.dynamicTest(
                "float_to_int_for_hashing(" + c.get("input_literal").asText() + ")", () -> {
                    var result = HyperliquidWire.floatToIntForHashing(new BigDecimal(c.get("input_literal").asText()));
                    if (c.has("expected_error")) {
                        assertEquals(WireResult.Reason.NEEDS_ROUNDING, ((WireResult.Refused<?>) result).reason());
                    } else {
                        assertEquals(c.get("expected").bigIntegerValue(), result.orElseThrow());
                    }
                    HELPERS_PASSED.incrementAndGet();
                }));
    }

    @TestFactory
    Stream<DynamicTest> helperFloatToWire() throws IOException {
        JsonNode cases = vectors().at("/helper_vectors/float_to_wire_derived/cases");
        assertEquals(9, cases.size(), "float_to_wire case count");
        return StreamSupport.stream(cases.spliterator(), false).map(c -> DynamicTest.dynamicTest(
                "float_to_wire(" + c.get("input") + ")", () -> {
                    assertEquals(c.get("expected").asText(),
                            HyperliquidWire.floatToWire(c.get("input").decimalValue()).orElseThrow());
                    HELPERS_PASSED.incrementAndGet();
                }));
    }

    @AfterAll
    static void report() {
        System.out.println("[hyperliquid] signing vectors passed: " + PASSED.get() + " of 40; helper cases passed: "
                + HELPERS_PASSED.get() + " of 13");
    }

    private Stream<DynamicTest> signingVectors(JsonNode set, int expectedCount, boolean rust) {
        assertEquals(expectedCount, set.size(), "vector count");
        return StreamSupport.stream(set.spliterator(), false).map(v -> DynamicTest.dynamicTest(
                v.get("name").asText(), () -> {
                    Check check = new Check();
                    switch (v.get("kind").asText()) {
                        case "l1_action_phantom_agent", "action_hash_only" -> l1(v, check, rust);
                        case "l1_phantom_agent_from_connection_id" -> fromConnectionId(v, check, rust);
                        case "user_signed_action" -> userSigned(v, check, rust);
                        default -> check.fail("unknown kind " + v.get("kind"));
                    }
                    check.assertClean(v.get("name").asText());
                    PASSED.incrementAndGet();
                }));
    }

    @SuppressWarnings("unchecked")
    private void l1(JsonNode v, Check check, boolean rust) {
        JsonNode in = v.get("inputs");
        JsonNode mid = v.get("intermediate_derived");
        Map<String, Object> tree = (Map<String, Object>) VectorTrees.tree(in.get("action"));
        long nonce = in.get("nonce").asLong();
        String vault = text(in.get("vault_address"));
        Long expires = in.path("expires_after").isNumber() ? in.get("expires_after").asLong() : null;
        byte[] packed = MsgPack.pack(tree);
        check.eq("msgpack", mid.get("msgpack_hex").asText(), Hex.encode(packed));
        check.eq("msgpack vs msgpack-core", Hex.encode(MsgPackReference.pack(tree)), Hex.encode(packed));
        check.eq("hash preimage", mid.get("hash_preimage_hex").asText(),
                Hex.encode(HyperliquidHashing.actionPreimage(tree, nonce, vault, expires)));
        byte[] cid = HyperliquidHashing.connectionId(tree, nonce, vault, expires);
        check.eq("connectionId", v.get("expected").has("connectionId")
                ? v.get("expected").get("connectionId").asText() : mid.get("connectionId").asText(), Hex.encode(cid));
        L1Action typed = VectorTrees.typed(tree);
        check.eq("typed action msgpack (" + typed.getClass().getSimpleName() + ")", Hex.encode(packed),
                Hex.encode(MsgPack.pack(typed.toWire())));
        if (in.has("order_request")) {
            orderRequestWire(in, (Map<String, Object>) ((List<Object>) tree.get("orders")).get(0), check);
        }
        if (!in.has("is_mainnet")) {
            return; // action_hash_only
        }
        Network net = in.get("is_mainnet").asBoolean() ? Network.MAINNET : Network.TESTNET;
        if (v.get("expected").has("phantom_agent_source")) {
            check.eq("phantom agent source", v.get("expected").get("phantom_agent_source").asText(), net.agentSource());
        }
        byte[] digest = eip712(mid, HyperliquidHashing.l1DomainSeparator(),
                HyperliquidHashing.agentStructHash(net, cid), HyperliquidHashing.l1Digest(cid, net), check);
        if (in.get("private_key").isNull()) {
            return;
        }
        HyperliquidSigner signer = signer(in, net, vault);
        SignedRequest signed = signer.sign(typed, nonce, expires);
        signature(v, signed.signature(), digest, signer, check, rust);
        SignedRequest back = SignedRequest.fromJson(readJson(signed.toJson()));
        check.eq("signer recovered from the posted body", signer.address(),
                back.recoverL1Signer(net).orElse("none"));
        check.eq("body vaultAddress", vault, back.vaultAddress());
        check.eq("body nonce", nonce, back.nonce());
    }

    private void fromConnectionId(JsonNode v, Check check, boolean rust) {
        JsonNode in = v.get("inputs");
        Network net = in.get("is_mainnet").asBoolean() ? Network.MAINNET : Network.TESTNET;
        byte[] cid = Hex.decode(in.get("connectionId").asText());
        byte[] digest = eip712(v.get("intermediate_derived"), HyperliquidHashing.l1DomainSeparator(),
                HyperliquidHashing.agentStructHash(net, cid), HyperliquidHashing.l1Digest(cid, net), check);
        HyperliquidSigner signer = signer(in, net, null);
        signature(v, signer.signConnectionId(cid), digest, signer, check, rust);
    }

    private void userSigned(JsonNode v, Check check, boolean rust) {
        JsonNode in = v.get("inputs");
        Network net = in.get("is_mainnet").asBoolean() ? Network.MAINNET : Network.TESTNET;
        String chainIdHex = in.at("/fields_added_by_signer/signatureChainId").asText();
        check.eq("hyperliquidChain", in.at("/fields_added_by_signer/hyperliquidChain").asText(), net.chainName());
        check.eq("chainId", in.at("/domain/chainId").asLong(), HyperliquidHashing.chainId(chainIdHex).longValue());
        List<UserSignedAction.Field> fields = new ArrayList<>();
        for (JsonNode t : in.get("eip712_types")) {
            String name = t.get("name").asText();
            JsonNode value = in.get("message").get(name);
            switch (t.get("type").asText()) {
                case "uint64" -> fields.add(new UserSignedAction.Field(name, "uint64", value.asLong()));
                case "bool" -> fields.add(new UserSignedAction.Field(name, "bool", value.asBoolean()));
                default -> {
                    if (!name.equals("hyperliquidChain")) {
                        fields.add(new UserSignedAction.Field(name, t.get("type").asText(), value.asText()));
                    }
                }
            }
        }
        String primary = in.get("primary_type").asText().substring(UserSignedAction.TYPE_PREFIX.length());
        var action = new UserSignedAction("vector", primary, fields,
                in.get("message").has("time") ? "time" : "nonce");
        JsonNode mid = v.get("intermediate_derived");
        check.eq("typeString", mid.get("typeString").asText(), action.typeString());
        byte[] digest = eip712(mid, HyperliquidHashing.userSignedDomainSeparator(chainIdHex),
                HyperliquidHashing.userSignedStructHash(action, net),
                HyperliquidHashing.userSignedDigest(action, net, chainIdHex), check);
        UserSignedAction factory = factory(primary, in.get("message"));
        if (factory != null) {
            check.eq("typed factory digest", Hex.encode(digest),
                    Hex.encode(HyperliquidHashing.userSignedDigest(factory, net, chainIdHex)));
        }
        HyperliquidSigner signer = signer(in, net, null);
        SignedRequest signed = signer.sign(action, chainIdHex);
        signature(v, signed.signature(), digest, signer, check, rust);
        check.eq("body nonce", action.nonce(), signed.nonce());
        check.eq("posted signatureChainId", chainIdHex, signed.action().get("signatureChainId"));
        check.eq("posted hyperliquidChain", net.chainName(), signed.action().get("hyperliquidChain"));
    }

    /** The typed factory for the message, when it yields the same strings (factories lower-case addresses). */
    private static UserSignedAction factory(String primary, JsonNode m) {
        String dest = m.path("destination").asText();
        boolean lower = dest.equals(dest.toLowerCase());
        return switch (primary) {
            case "UsdSend" -> lower ? UserSignedAction.usdSend(dest, m.get("amount").asText(), m.get("time").asLong())
                    : null;
            case "Withdraw" -> lower ? UserSignedAction.withdraw(dest, m.get("amount").asText(), m.get("time").asLong())
                    : null;
            case "ApproveBuilderFee" -> UserSignedAction.approveBuilderFee(m.get("maxFeeRate").asText(),
                    m.get("builder").asText(), m.get("nonce").asLong());
            default -> null;
        };
    }

    /** The order wire built from the SDK's order request (floats through float_to_wire) equals the action's. */
    private static void orderRequestWire(JsonNode in, Map<String, Object> expected, Check check) {
        JsonNode req = in.get("order_request");
        JsonNode type = req.get("order_type");
        OrderKind kind = type.has("limit")
                ? new OrderKind.Limit(OrderKind.Tif.valueOf(type.at("/limit/tif").asText().toUpperCase()))
                : new OrderKind.Trigger(type.at("/trigger/isMarket").asBoolean(),
                HyperliquidWire.floatToWire(type.at("/trigger/triggerPx").decimalValue()).orElseThrow(),
                OrderKind.Tpsl.valueOf(type.at("/trigger/tpsl").asText().toUpperCase()));
        OrderWire wire = new OrderWire(in.get("asset").asInt(), req.get("is_buy").asBoolean(),
                HyperliquidWire.floatToWire(req.get("limit_px").decimalValue()).orElseThrow(),
                HyperliquidWire.floatToWire(req.get("sz").decimalValue()).orElseThrow(),
                req.get("reduce_only").asBoolean(), kind, req.get("cloid").isNull() ? null
                : Cloid.of(req.get("cloid").asText()));
        check.eq("order wire from order_request", Hex.encode(MsgPack.pack(expected)),
                Hex.encode(MsgPack.pack(wire.toWire())));
        check.eq("wire p", expected.get("p"), wire.px());
        check.eq("wire s", expected.get("s"), wire.sz());
    }

    private static byte[] eip712(JsonNode mid, byte[] domain, byte[] struct, byte[] digest, Check check) {
        check.eq("domainSeparator", mid.get("domainSeparator").asText(), Hex.encode(domain));
        check.eq("structHash", mid.get("structHash").asText(), Hex.encode(struct));
        check.eq("digest", mid.get("digest").asText(), Hex.encode(digest));
        return digest;
    }

    private static void signature(JsonNode v, EcdsaSignature sig, byte[] digest, HyperliquidSigner signer,
                                  Check check, boolean rust) {
        JsonNode exp = v.get("expected");
        if (rust) {
            check.eq("r", exp.get("r").asText(), sig.rHex32());
            check.eq("s", exp.get("s").asText(), sig.sHex32());
            check.eq("65-byte signature", exp.get("signature_65_bytes_hex").asText(), Hex.encode(sig.toBytes65()));
        } else {
            check.eq("r (SDK form)", exp.get("r").asText(), sig.rHex());
            check.eq("s (SDK form)", exp.get("s").asText(), sig.sHex());
            check.eq("r (padded)", v.at("/expected_normalized/r").asText(), sig.rHex32());
            check.eq("s (padded)", v.at("/expected_normalized/s").asText(), sig.sHex32());
            check.eq("key address", PY_KEY_ADDRESS, signer.address());
        }
        check.eq("v", exp.get("v").asInt(), sig.v());
        check.eq("signer recovered from our signature", signer.address(),
                Secp256k1.recoverSigner(digest, sig).orElse("none"));
        EcdsaSignature theirs = EcdsaSignature.of(exp.get("r").asText(), exp.get("s").asText(), exp.get("v").asInt());
        check.eq("signer recovered from the vector's signature", signer.address(),
                Secp256k1.recoverSigner(digest, theirs).orElse("none"));
    }

    private static HyperliquidSigner signer(JsonNode in, Network net, String vault) {
        return HyperliquidSigner.fromHex(in.get("private_key").asText().toCharArray(), net, vault,
                new NonceSource(() -> 0L, 0));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static JsonNode readJson(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new AssertionError("body is not JSON: " + s, e);
        }
    }

    /** Collects every differing value of one vector. */
    private static final class Check {
        private final List<String> diffs = new ArrayList<>();

        void eq(String what, Object expected, Object actual) {
            if (!Objects.equals(expected, actual)) {
                diffs.add(what + ": expected " + expected + " but was " + actual);
            }
        }

        void fail(String msg) {
            diffs.add(msg);
        }

        void assertClean(String vector) {
            if (!diffs.isEmpty()) {
                org.junit.jupiter.api.Assertions.fail("vector " + vector + ":\n  " + String.join("\n  ", diffs));
            }
        }
    }
}
