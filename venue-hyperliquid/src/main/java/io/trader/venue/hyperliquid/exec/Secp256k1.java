package io.trader.venue.hyperliquid.exec;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECMultiplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/** secp256k1 signing of 32-byte digests (RFC 6979 deterministic k, low s) and signer recovery. */
public final class Secp256k1 {

    /** The curve order n. */
    public static final BigInteger N = Sign.CURVE_PARAMS.getN();

    private Secp256k1() {
    }

    private static final BigInteger HALF_N = N.shiftRight(1);
    private static final ECPoint G = Sign.CURVE_PARAMS.getG();
    private static final ECMultiplier BASE_MULTIPLIER = new FixedPointCombMultiplier();

    /**
     * Signs a 32-byte digest as-is (no further hashing, no Ethereum message prefix): RFC 6979 k, low s,
     * recovery id from the parity of R's y (and whether R's x overflowed n). The same signature as
     * web3j's {@code Sign.signMessage}, without its public-key recoveries to find v (four times faster).
     */
    static EcdsaSignature sign(byte[] digest, ECKeyPair key) {
        requireDigest(digest);
        BigInteger d = key.getPrivateKey();
        HMacDSAKCalculator kCalc = new HMacDSAKCalculator(new SHA256Digest());
        kCalc.init(N, d, digest);
        BigInteger e = new BigInteger(1, digest);
        while (true) {
            BigInteger k = kCalc.nextK();
            ECPoint point = BASE_MULTIPLIER.multiply(G, k).normalize();
            BigInteger x = point.getAffineXCoord().toBigInteger();
            BigInteger r = x.mod(N);
            if (r.signum() == 0) {
                continue;
            }
            BigInteger s = k.modInverse(N).multiply(e.add(d.multiply(r))).mod(N);
            if (s.signum() == 0) {
                continue;
            }
            int recId = (point.getAffineYCoord().toBigInteger().testBit(0) ? 1 : 0) | (x.compareTo(N) >= 0 ? 2 : 0);
            if (s.compareTo(HALF_N) > 0) {
                s = N.subtract(s);
                recId ^= 1;
            }
            return new EcdsaSignature(r, s, 27 + recId);
        }
    }

    /**
     * The address ({@code 0x} + 40 lower-case hex) whose key produced {@code (r, s, v)} over {@code digest};
     * empty when the values are out of range or no key recovers.
     */
    public static Optional<String> recoverSigner(byte[] digest, BigInteger r, BigInteger s, int v) {
        requireDigest(digest);
        if ((v != 27 && v != 28) || r.signum() <= 0 || s.signum() <= 0 || r.compareTo(N) >= 0
                || s.compareTo(N) >= 0) {
            return Optional.empty();
        }
        BigInteger publicKey;
        try {
            publicKey = Sign.recoverFromSignature(v - 27, new ECDSASignature(r, s), digest);
        } catch (IllegalArgumentException notOnCurve) {
            return Optional.empty(); // r is not the x coordinate of a curve point: nobody signed this
        }
        return publicKey == null ? Optional.empty() : Optional.of(address(publicKey));
    }

    /** {@link #recoverSigner(byte[], BigInteger, BigInteger, int)} for a signature record. */
    public static Optional<String> recoverSigner(byte[] digest, EcdsaSignature signature) {
        return recoverSigner(digest, signature.r(), signature.s(), signature.v());
    }

    /** The Ethereum address of a 64-byte uncompressed public key (without the 0x04 prefix). */
    static String address(BigInteger publicKey) {
        byte[] hash = Keccak.hash(Hex.unsigned(publicKey, 64));
        return Hex.encode(Arrays.copyOfRange(hash, 12, 32));
    }

    private static void requireDigest(byte[] digest) {
        if (digest == null || digest.length != 32) {
            throw new IllegalArgumentException("digest must be 32 bytes");
        }
    }
}
