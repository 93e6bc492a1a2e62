package io.trader.venue.hyperliquid.exec;

import java.util.Locale;

/** Lower-case {@code 0x} hex for bytes, 32-byte words and 20-byte addresses. Never used for secrets. */
public final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /** {@code 0x} followed by two lower-case digits per byte. */
    public static String encode(byte[] bytes) {
        char[] out = new char[2 + bytes.length * 2];
        out[0] = '0';
        out[1] = 'x';
        for (int i = 0; i < bytes.length; i++) {
            out[2 + 2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
            out[3 + 2 * i] = DIGITS[bytes[i] & 0xf];
        }
        return new String(out);
    }

    /** Bytes of a hex string with or without {@code 0x}; an even number of digits is required. */
    public static byte[] decode(String hex) {
        String digits = strip(hex);
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits: " + hex);
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (nibble(digits.charAt(2 * i)) << 4 | nibble(digits.charAt(2 * i + 1)));
        }
        return out;
    }

    /** An address as {@code 0x} + 40 lower-case hex digits; throws when it is not 20 bytes of hex. */
    public static String address(String address) {
        if (address == null) {
            throw new IllegalArgumentException("address must not be null");
        }
        String digits = strip(address);
        if (digits.length() != 40) {
            throw new IllegalArgumentException("address must be 20 bytes of hex: " + address);
        }
        decode(digits);
        return "0x" + digits.toLowerCase(Locale.ROOT);
    }

    /** The 20 raw bytes of an address. */
    public static byte[] addressBytes(String address) {
        return decode(address(address));
    }

    /** {@code value} as an unsigned big-endian word of {@code size} bytes; throws when it does not fit. */
    static byte[] unsigned(java.math.BigInteger value, int size) {
        if (value.signum() < 0 || value.bitLength() > size * 8) {
            throw new IllegalArgumentException("value does not fit in " + size + " unsigned bytes");
        }
        byte[] raw = value.toByteArray();
        byte[] out = new byte[size];
        int copy = Math.min(raw.length, size);
        System.arraycopy(raw, raw.length - copy, out, size - copy, copy);
        return out;
    }

    private static String strip(String hex) {
        return hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    }

    static int nibble(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw new IllegalArgumentException("not a hex digit");
    }
}
