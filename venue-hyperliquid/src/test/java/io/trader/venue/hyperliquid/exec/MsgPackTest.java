package io.trader.venue.hyperliquid.exec;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Our msgpack writer against msgpack-core 0.9.12, on boundaries and on seeded random trees. */
class MsgPackTest {

    private static void same(Object tree) {
        assertArrayEquals(MsgPackReference.pack(tree), MsgPack.pack(tree), String.valueOf(tree).length() > 200
                ? "tree of " + tree.getClass().getSimpleName() : String.valueOf(tree));
    }

    @Test
    void integerBoundariesUseTheSmallestEncoding() {
        long[] edges = {Long.MIN_VALUE, -(1L << 31) - 1, -(1L << 31), -32_769, -32_768, -129, -128, -33, -32, -1, 0,
            127, 128, 255, 256, 65_535, 65_536, (1L << 32) - 1, 1L << 32, Long.MAX_VALUE};
        for (long v : edges) {
            same(v);
        }
        same(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
        same(new BigInteger("12312312312300000000"));
        assertEquals("0xcf000000174876e800", Hex.encode(MsgPack.pack(100_000_000_000L)));
    }

    @Test
    void stringBinaryArrayAndMapHeaders() {
        for (int len : new int[] {0, 31, 32, 255, 256, 65_535, 65_536}) {
            same("x".repeat(len));
            same(new byte[len]);
        }
        same("é日本🙂");
        for (int n : new int[] {0, 15, 16, 65_535, 65_536}) {
            List<Object> list = new ArrayList<>();
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                list.add(i);
                map.put("k" + i, i % 2 == 0);
            }
            same(list);
            same(map);
        }
        assertEquals("0xd92230783030303030303030303030303030303030303030303030303030303030303031",
                Hex.encode(MsgPack.pack("0x00000000000000000000000000000001")));
    }

    @Test
    void randomTreesMatchTheReference() {
        Random rnd = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            same(randomTree(rnd, 0));
        }
    }

    @Test
    void floatsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MsgPack.pack(Map.of("p", 1.5)));
        assertThrows(IllegalArgumentException.class, () -> MsgPack.pack(List.of(new java.math.BigDecimal("1"))));
    }

    private static Object randomTree(Random rnd, int depth) {
        int kind = depth > 3 ? rnd.nextInt(5) : rnd.nextInt(7);
        return switch (kind) {
            case 0 -> rnd.nextBoolean();
            case 1 -> rnd.nextLong() >> rnd.nextInt(64);
            case 2 -> "s".repeat(rnd.nextInt(300));
            case 3 -> null;
            case 4 -> {
                byte[] b = new byte[rnd.nextInt(300)];
                rnd.nextBytes(b);
                yield b;
            }
            case 5 -> {
                List<Object> l = new ArrayList<>();
                for (int i = rnd.nextInt(20); i > 0; i--) {
                    l.add(randomTree(rnd, depth + 1));
                }
                yield l;
            }
            default -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = rnd.nextInt(20); i > 0; i--) {
                    m.put("key" + rnd.nextInt(1000), randomTree(rnd, depth + 1));
                }
                yield m;
            }
        };
    }
}
