package io.trader.venue.hyperliquid.exec;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CloidTest {

    @Test
    void keccakMatchesKnownValues() {
        assertEquals("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
                Hex.encode(Keccak.hash(new byte[0])));
        assertEquals("0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
                Hex.encode(Keccak.hash("abc".getBytes())));
    }

    @Test
    void clientOrderIdMapsToTheFirst16BytesOfItsKeccak() {
        assertEquals("0x4e03657aea45a94fc7d47ba826c8d667", Cloid.fromClientOrderId("abc").hex());
    }

    @Test
    void aRetryCarriesTheSameCloidAndTheSameSignedOrder() {
        Cloid first = Cloid.fromClientOrderId("strat-7:BTC:000123");
        Cloid retry = Cloid.fromClientOrderId("strat-7:BTC:000123");
        assertEquals(first, retry);
        OrderWire a = new OrderWire(0, true, "65000", "0.001", false, new OrderKind.Limit(OrderKind.Tif.GTC), first);
        OrderWire b = new OrderWire(0, true, "65000", "0.001", false, new OrderKind.Limit(OrderKind.Tif.GTC), retry);
        assertArrayEquals(MsgPack.pack(OrderAction.of(a).toWire()), MsgPack.pack(OrderAction.of(b).toWire()));
    }

    @Test
    void distinctIdsGiveDistinctWellFormedCloids() {
        Set<Cloid> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            Cloid c = Cloid.fromClientOrderId("order-" + i);
            assertEquals(34, c.hex().length());
            assertEquals(16, c.bytes().length);
            seen.add(c);
        }
        assertEquals(10_000, seen.size());
        assertNotEquals(Cloid.fromClientOrderId("a"), Cloid.fromClientOrderId("A"));
    }

    @Test
    void parsingValidatesTheFormat() {
        assertEquals("0x1e60610f0b3d420597c88c1fed2ad5ee", Cloid.of("0x1E60610F0B3D420597C88C1FED2AD5EE").hex());
        assertEquals("0x00000000000000000000000000000001", Cloid.of("0x00000000000000000000000000000001").toString());
        assertThrows(IllegalArgumentException.class, () -> Cloid.of("0x1234"));
        assertThrows(IllegalArgumentException.class, () -> Cloid.of("1e60610f0b3d420597c88c1fed2ad5ee00"));
        assertThrows(IllegalArgumentException.class, () -> Cloid.of("0x1e60610f0b3d420597c88c1fed2ad5eg"));
        assertThrows(IllegalArgumentException.class, () -> Cloid.fromClientOrderId(""));
    }
}
