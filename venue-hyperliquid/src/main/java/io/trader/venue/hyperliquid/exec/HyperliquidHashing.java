package io.trader.venue.hyperliquid.exec;

import java.math.BigInteger;
import java.util.List;

/**
 * The hashes behind Hyperliquid signatures, usable on both sides (the signer and a fake venue).
 *
 * <p>L1 actions: {@code connectionId = keccak256(msgpack(action) ‖ nonce(8 bytes BE) ‖ vault flag
 * [‖ 0x00 ‖ expiresAfter(8 bytes BE)])}, where the vault flag is {@code 0x00} or {@code 0x01} followed by the 20
 * address bytes. The digest signs the phantom agent {@code Agent(string source,bytes32 connectionId)} under the
 * domain {@code Exchange / 1 / chainId 1337 / 0x0}.
 *
 * <p>User-signed actions: the digest signs {@code HyperliquidTransaction:<Name>(...)} under the domain
 * {@code HyperliquidSignTransaction / 1 / chainId = signatureChainId / 0x0}.
 */
public final class HyperliquidHashing {

    /** Chain id of the L1 phantom-agent domain. */
    public static final long L1_CHAIN_ID = 1337;
    /** The signature chain id the SDK puts on user-signed actions (421614, Arbitrum Sepolia). */
    public static final String DEFAULT_SIGNATURE_CHAIN_ID = "0x66eee";
    private static final String AGENT_TYPE = "Agent";

    private HyperliquidHashing() {
    }

    /** The bytes hashed into the connection id; {@code vaultAddress} and {@code expiresAfter} may be null. */
    public static byte[] actionPreimage(Object actionTree, long nonce, String vaultAddress, Long expiresAfter) {
        byte[] packed = MsgPack.pack(actionTree);
        int length = packed.length + 8 + (vaultAddress == null ? 1 : 21) + (expiresAfter == null ? 0 : 9);
        byte[] out = new byte[length];
        System.arraycopy(packed, 0, out, 0, packed.length);
        int at = putLong(out, packed.length, nonce);
        if (vaultAddress == null) {
            out[at++] = 0;
        } else {
            out[at++] = 1;
            System.arraycopy(Hex.addressBytes(vaultAddress), 0, out, at, 20);
            at += 20;
        }
        if (expiresAfter != null) {
            out[at++] = 0;
            putLong(out, at, expiresAfter);
        }
        return out;
    }

    /** {@code keccak256} of {@link #actionPreimage}: the phantom agent's {@code connectionId}. */
    public static byte[] connectionId(Object actionTree, long nonce, String vaultAddress, Long expiresAfter) {
        return Keccak.hash(actionPreimage(actionTree, nonce, vaultAddress, expiresAfter));
    }

    /** Domain separator of {@code Exchange / 1 / 1337 / 0x0}. */
    public static byte[] l1DomainSeparator() {
        return Eip712.domainSeparator("Exchange", "1", BigInteger.valueOf(L1_CHAIN_ID));
    }

    /** Struct hash of the phantom agent {@code {source, connectionId}}. */
    public static byte[] agentStructHash(Network network, byte[] connectionId) {
        return Eip712.structHash(AGENT_TYPE, List.of(
                new Eip712.Member("source", "string", network.agentSource()),
                new Eip712.Member("connectionId", "bytes32", connectionId)));
    }

    /** The EIP-712 digest signed for an L1 action with this connection id. */
    public static byte[] l1Digest(byte[] connectionId, Network network) {
        return Eip712.digest(l1DomainSeparator(), agentStructHash(network, connectionId));
    }

    /** Domain separator of {@code HyperliquidSignTransaction / 1 / chainId / 0x0}. */
    public static byte[] userSignedDomainSeparator(String signatureChainId) {
        return Eip712.domainSeparator("HyperliquidSignTransaction", "1", chainId(signatureChainId));
    }

    /** Struct hash of a user-signed action on {@code network}. */
    public static byte[] userSignedStructHash(UserSignedAction action, Network network) {
        return Eip712.structHash(UserSignedAction.TYPE_PREFIX + action.primaryType(), action.members(network));
    }

    /** The EIP-712 digest signed for a user-signed action. */
    public static byte[] userSignedDigest(UserSignedAction action, Network network, String signatureChainId) {
        return Eip712.digest(userSignedDomainSeparator(signatureChainId), userSignedStructHash(action, network));
    }

    /** {@code int(signatureChainId, 16)}. */
    public static BigInteger chainId(String signatureChainId) {
        if (signatureChainId == null || !signatureChainId.startsWith("0x") || signatureChainId.length() < 3) {
            throw new IllegalArgumentException("signatureChainId must be 0x-prefixed hex: " + signatureChainId);
        }
        return new BigInteger(signatureChainId.substring(2), 16);
    }

    private static int putLong(byte[] out, int at, long v) {
        for (int i = 7; i >= 0; i--) {
            out[at++] = (byte) (v >>> (8 * i));
        }
        return at;
    }
}
