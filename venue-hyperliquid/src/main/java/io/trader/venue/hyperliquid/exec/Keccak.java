package io.trader.venue.hyperliquid.exec;

import org.bouncycastle.crypto.digests.KeccakDigest;

/** Ethereum's Keccak-256 (the pre-standard padding, not SHA3-256). */
public final class Keccak {

    private Keccak() {
    }

    /** Keccak-256 of the concatenation of {@code parts}. */
    public static byte[] hash(byte[]... parts) {
        KeccakDigest digest = new KeccakDigest(256);
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }
}
