package io.trader.venue.hyperliquid.exec;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A msgpack writer that produces the bytes Python's {@code msgpack.packb} produces for the same tree,
 * which is what Hyperliquid hashes: smallest integer encoding (positive values always unsigned), str8 for
 * 32..255-byte strings, maps in iteration order. Supported values: {@code null}, {@link Boolean},
 * {@link Byte}/{@link Short}/{@link Integer}/{@link Long}, {@link BigInteger} up to uint64, {@link String},
 * {@code byte[]} (bin), {@link List} and {@link Map}. Floating point is refused on purpose: no float may
 * reach a signed action. Checked byte for byte against msgpack-core in the tests.
 */
public final class MsgPack {

    private byte[] buf = new byte[128];
    private int size;

    private MsgPack() {
    }

    /** The msgpack bytes of {@code value}. */
    public static byte[] pack(Object value) {
        MsgPack packer = new MsgPack();
        packer.write(value);
        return Arrays.copyOf(packer.buf, packer.size);
    }

    private void write(Object value) {
        if (value == null) {
            put(0xc0);
        } else if (value instanceof Boolean b) {
            put(b ? 0xc3 : 0xc2);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            writeLong(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            writeBig(big);
        } else if (value instanceof String s) {
            byte[] utf8 = Utf8.encode(s);
            header(utf8.length, 0xa0, 32, 0xd9, 0xda, 0xdb);
            put(utf8);
        } else if (value instanceof byte[] bytes) {
            header(bytes.length, -1, 0, 0xc4, 0xc5, 0xc6);
            put(bytes);
        } else if (value instanceof List<?> list) {
            header(list.size(), 0x90, 16, -1, 0xdc, 0xdd);
            for (Object item : list) {
                write(item);
            }
        } else if (value instanceof Map<?, ?> map) {
            header(map.size(), 0x80, 16, -1, 0xde, 0xdf);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(e.getKey());
                write(e.getValue());
            }
        } else {
            throw new IllegalArgumentException("msgpack: unsupported value type " + value.getClass().getName());
        }
    }

    private void writeLong(long v) {
        if (v < -(1L << 5)) {
            if (v < -(1L << 15)) {
                if (v < -(1L << 31)) {
                    put(0xd3);
                    putBE(v, 8);
                } else {
                    put(0xd2);
                    putBE(v, 4);
                }
            } else if (v < -(1 << 7)) {
                put(0xd1);
                putBE(v, 2);
            } else {
                put(0xd0);
                putBE(v, 1);
            }
        } else if (v < (1 << 7)) {
            put((int) v & 0xff); // positive or negative fixint
        } else if (v < (1 << 8)) {
            put(0xcc);
            putBE(v, 1);
        } else if (v < (1 << 16)) {
            put(0xcd);
            putBE(v, 2);
        } else if (v < (1L << 32)) {
            put(0xce);
            putBE(v, 4);
        } else {
            put(0xcf);
            putBE(v, 8);
        }
    }

    private void writeBig(BigInteger v) {
        if (v.bitLength() <= 63) {
            writeLong(v.longValue());
        } else if (v.signum() > 0 && v.bitLength() <= 64) {
            put(0xcf);
            putBE(v.longValue(), 8); // the low 64 bits are the unsigned value
        } else {
            throw new IllegalArgumentException("msgpack: integer outside int64/uint64: " + v);
        }
    }

    /** Length header: fix form below {@code fixLimit} (when {@code fixBase >= 0}), then 8/16/32-bit forms. */
    private void header(int length, int fixBase, int fixLimit, int code8, int code16, int code32) {
        if (fixBase >= 0 && length < fixLimit) {
            put(fixBase | length);
        } else if (code8 >= 0 && length < (1 << 8)) {
            put(code8);
            putBE(length, 1);
        } else if (length < (1 << 16)) {
            put(code16);
            putBE(length, 2);
        } else {
            put(code32);
            putBE(length, 4);
        }
    }

    private void putBE(long v, int bytes) {
        ensure(bytes);
        for (int i = bytes - 1; i >= 0; i--) {
            buf[size++] = (byte) (v >>> (8 * i));
        }
    }

    private void put(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }
}
