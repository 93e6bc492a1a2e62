package io.trader.venue.hyperliquid.exec;

import java.math.BigInteger;

/**
 * A secp256k1 signature as Hyperliquid takes it: {@code r}, {@code s} and {@code v = 27 + recovery id}.
 *
 * @param r first half, 0 < r < n
 * @param s second half (low-s), 0 < s < n
 * @param v 27 or 28
 */
public record EcdsaSignature(BigInteger r, BigInteger s, int v) {

    public EcdsaSignature {
        if (r == null || s == null || r.signum() <= 0 || s.signum() <= 0 || r.bitLength() > 256
                || s.bitLength() > 256) {
            throw new IllegalArgumentException("r and s must be positive 256-bit integers");
        }
        if (v != 27 && v != 28) {
            throw new IllegalArgumentException("v must be 27 or 28: " + v);
        }
    }

    /** Parses the {@code {"r","s","v"}} fields of a request body (hex with {@code 0x}, padded or not). */
    public static EcdsaSignature of(String r, String s, int v) {
        return new EcdsaSignature(new BigInteger(1, Hex.decode(even(r))), new BigInteger(1, Hex.decode(even(s))), v);
    }

    private static String even(String hex) {
        String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
        return digits.length() % 2 == 0 ? digits : "0" + digits;
    }

    /** {@code r} as the Python SDK posts it: {@code 0x} + minimal hex, no leading-zero padding. */
    public String rHex() {
        return "0x" + r.toString(16);
    }

    /** {@code s} as the Python SDK posts it. */
    public String sHex() {
        return "0x" + s.toString(16);
    }

    /** {@code r} as {@code 0x} + 64 hex digits. */
    public String rHex32() {
        return Hex.encode(Hex.unsigned(r, 32));
    }

    /** {@code s} as {@code 0x} + 64 hex digits. */
    public String sHex32() {
        return Hex.encode(Hex.unsigned(s, 32));
    }

    /** The 65-byte form {@code r ‖ s ‖ v}. */
    public byte[] toBytes65() {
        byte[] out = new byte[65];
        System.arraycopy(Hex.unsigned(r, 32), 0, out, 0, 32);
        System.arraycopy(Hex.unsigned(s, 32), 0, out, 32, 32);
        out[64] = (byte) v;
        return out;
    }
}
