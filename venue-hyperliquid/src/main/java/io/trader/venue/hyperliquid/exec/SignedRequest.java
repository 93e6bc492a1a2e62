package io.trader.venue.hyperliquid.exec;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A signed {@code /exchange} request: {@code {"action":..,"nonce":..,"signature":{"r","s","v"}
 * [,"vaultAddress":..][,"expiresAfter":..]}}. {@code r} and {@code s} are written as the Python SDK writes
 * them ({@code 0x} + minimal hex); absent optional fields are left out.
 *
 * @param action       the action tree, in wire key order
 * @param nonce        request nonce (epoch ms)
 * @param signature    r, s, v
 * @param vaultAddress vault or sub-account, or {@code null}
 * @param expiresAfter expiry (epoch ms), or {@code null}
 */
public record SignedRequest(Map<String, Object> action, long nonce, EcdsaSignature signature, String vaultAddress,
                            Long expiresAfter) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> TREE = new TypeReference<>() {
    };

    public SignedRequest {
        if (action == null || signature == null) {
            throw new IllegalArgumentException("action and signature are required");
        }
        action = Collections.unmodifiableMap(new LinkedHashMap<>(action));
        vaultAddress = vaultAddress == null ? null : Hex.address(vaultAddress);
    }

    /** The body as a JSON tree. */
    public ObjectNode toJsonNode() {
        ObjectNode body = JSON.createObjectNode();
        body.set("action", JSON.valueToTree(action));
        body.put("nonce", nonce);
        ObjectNode sig = body.putObject("signature");
        sig.put("r", signature.rHex());
        sig.put("s", signature.sHex());
        sig.put("v", signature.v());
        if (vaultAddress != null) {
            body.put("vaultAddress", vaultAddress);
        }
        if (expiresAfter != null) {
            body.put("expiresAfter", expiresAfter.longValue());
        }
        return body;
    }

    /** The body as compact JSON text. */
    public String toJson() {
        return toJsonNode().toString();
    }

    /** Reads a body (e.g. on a fake venue). Integers keep their JSON magnitude; key order is preserved. */
    public static SignedRequest fromJson(JsonNode body) {
        JsonNode sig = body.path("signature");
        if (!body.path("action").isObject() || !body.path("nonce").canConvertToLong() || !sig.isObject()) {
            throw new IllegalArgumentException("not an /exchange body: action, nonce and signature are required");
        }
        Map<String, Object> action = JSON.convertValue(body.get("action"), TREE);
        JsonNode vault = body.path("vaultAddress");
        JsonNode expires = body.path("expiresAfter");
        return new SignedRequest(action, body.get("nonce").asLong(),
                EcdsaSignature.of(sig.path("r").asText(), sig.path("s").asText(), sig.path("v").asInt()),
                vault.isTextual() ? vault.asText() : null,
                expires.canConvertToLong() && !expires.isNull() ? expires.asLong() : null);
    }

    /** The EIP-712 digest this request signs, read as an L1 (phantom agent) action. */
    public byte[] l1Digest(Network network) {
        return HyperliquidHashing.l1Digest(
                HyperliquidHashing.connectionId(action, nonce, vaultAddress, expiresAfter), network);
    }

    /** Who signed this request as an L1 action on {@code network}; empty when the signature does not recover. */
    public Optional<String> recoverL1Signer(Network network) {
        return Secp256k1.recoverSigner(l1Digest(network), signature);
    }
}
