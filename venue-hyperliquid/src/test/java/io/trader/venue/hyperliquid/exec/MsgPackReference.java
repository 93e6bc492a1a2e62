package io.trader.venue.hyperliquid.exec;

import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** The same trees packed by msgpack-core 0.9.12 (default config: str8 on, smallest ints), to check {@link MsgPack}. */
final class MsgPackReference {

    private MsgPackReference() {
    }

    static byte[] pack(Object value) {
        try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
            write(packer, value);
            return packer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(MessageBufferPacker p, Object v) throws IOException {
        if (v == null) {
            p.packNil();
        } else if (v instanceof Boolean b) {
            p.packBoolean(b);
        } else if (v instanceof Integer || v instanceof Long) {
            p.packLong(((Number) v).longValue());
        } else if (v instanceof BigInteger big) {
            p.packBigInteger(big);
        } else if (v instanceof String s) {
            p.packString(s);
        } else if (v instanceof byte[] bytes) {
            p.packBinaryHeader(bytes.length);
            p.writePayload(bytes);
        } else if (v instanceof List<?> list) {
            p.packArrayHeader(list.size());
            for (Object item : list) {
                write(p, item);
            }
        } else if (v instanceof Map<?, ?> map) {
            p.packMapHeader(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(p, e.getKey());
                write(p, e.getValue());
            }
        } else {
            throw new IllegalArgumentException("unsupported " + v.getClass());
        }
    }
}
