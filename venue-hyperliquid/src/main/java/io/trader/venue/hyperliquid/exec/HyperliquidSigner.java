package io.trader.venue.hyperliquid.exec;

import org.web3j.crypto.ECKeyPair;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * Signs Hyperliquid {@code /exchange} requests with one secp256k1 key: the account's wallet key or an approved
 * API-wallet (agent) key. Optionally trades for a vault or sub-account, whose address then goes into both the
 * L1 hash and the body.
 *
 * <p>The key never leaves this object: it is not logged, not part of {@link #toString()} and not part of any
 * exception message. The caller owns the {@code char[]} it passes in and should wipe it afterwards.
 */
public final class HyperliquidSigner {

    private final ECKeyPair key;
    private final String address;
    private final Network network;
    private final String vaultAddress;
    private final NonceSource nonces;

    private HyperliquidSigner(ECKeyPair key, Network network, String vaultAddress, NonceSource nonces) {
        this.key = key;
        this.address = Secp256k1.address(key.getPublicKey());
        this.network = network;
        this.vaultAddress = vaultAddress;
        this.nonces = nonces;
    }

    /**
     * A signer for a private key given as 64 hex digits (optionally {@code 0x}-prefixed).
     *
     * @param privateKeyHex the key; not modified, not retained
     * @param network       mainnet or testnet
     * @param vaultAddress  vault or sub-account to trade for, or {@code null}
     * @param nonces        this key's nonce source
     * @throws IllegalArgumentException when the key is malformed (the message never contains the key)
     */
    public static HyperliquidSigner fromHex(char[] privateKeyHex, Network network, String vaultAddress,
                                            NonceSource nonces) {
        if (network == null || nonces == null) {
            throw new IllegalArgumentException("network and nonces are required");
        }
        String vault = vaultAddress == null ? null : Hex.address(vaultAddress);
        byte[] raw = parseKey(privateKeyHex);
        try {
            BigInteger k = new BigInteger(1, raw);
            if (k.signum() == 0 || k.compareTo(Secp256k1.N) >= 0) {
                throw new IllegalArgumentException("private key is outside the secp256k1 range");
            }
            return new HyperliquidSigner(ECKeyPair.create(k), network, vault, nonces);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static byte[] parseKey(char[] hex) {
        if (hex == null) {
            throw new IllegalArgumentException("private key is required");
        }
        int start = hex.length >= 2 && hex[0] == '0' && (hex[1] == 'x' || hex[1] == 'X') ? 2 : 0;
        if (hex.length - start != 64) {
            throw new IllegalArgumentException("private key must be 64 hex digits (optionally 0x-prefixed)");
        }
        byte[] out = new byte[32];
        for (int i = 0; i < 32; i++) {
            int hi = Character.digit(hex[start + 2 * i], 16);
            int lo = Character.digit(hex[start + 2 * i + 1], 16);
            if (hi < 0 || lo < 0) {
                Arrays.fill(out, (byte) 0);
                throw new IllegalArgumentException("private key contains a non-hex character");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** The signing address ({@code 0x} + 40 lower-case hex): the API wallet when an agent key is used. */
    public String address() {
        return address;
    }

    public Network network() {
        return network;
    }

    public Optional<String> vaultAddress() {
        return Optional.ofNullable(vaultAddress);
    }

    /** The next nonce of this signer. */
    public long nextNonce() {
        return nonces.next();
    }

    /** Signs an L1 action with the next nonce and no expiry. */
    public SignedRequest sign(L1Action action) {
        return sign(action, nonces.next(), null);
    }

    /**
     * Signs an L1 action.
     *
     * @param nonce        the request nonce (normally {@link #nextNonce()})
     * @param expiresAfter epoch ms after which the venue rejects the action, or {@code null}
     */
    public SignedRequest sign(L1Action action, long nonce, Long expiresAfter) {
        var tree = action.toWire();
        byte[] connectionId = HyperliquidHashing.connectionId(tree, nonce, vaultAddress, expiresAfter);
        EcdsaSignature sig = signDigest(HyperliquidHashing.l1Digest(connectionId, network));
        return new SignedRequest(tree, nonce, sig, vaultAddress, expiresAfter);
    }

    /** Signs a user-signed action with the SDK's signature chain id {@code 0x66eee}. */
    public SignedRequest sign(UserSignedAction action) {
        return sign(action, HyperliquidHashing.DEFAULT_SIGNATURE_CHAIN_ID);
    }

    /** Signs a user-signed action; its nonce is the action's {@code time}/{@code nonce} field. No vault, no expiry. */
    public SignedRequest sign(UserSignedAction action, String signatureChainId) {
        byte[] digest = HyperliquidHashing.userSignedDigest(action, network, signatureChainId);
        return new SignedRequest(action.toWire(network, signatureChainId), action.nonce(), signDigest(digest),
                null, null);
    }

    /** Signs the phantom agent of an already computed connection id. */
    EcdsaSignature signConnectionId(byte[] connectionId) {
        return signDigest(HyperliquidHashing.l1Digest(connectionId, network));
    }

    private EcdsaSignature signDigest(byte[] digest) {
        return Secp256k1.sign(digest, key);
    }

    @Override
    public String toString() {
        return "HyperliquidSigner[address=" + address + ", network=" + network + ", vault="
                + (vaultAddress == null ? "none" : vaultAddress) + "]";
    }
}
