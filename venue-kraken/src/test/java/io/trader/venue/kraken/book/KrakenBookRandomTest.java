package io.trader.venue.kraken.book;

import io.trader.core.domain.InstrumentSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded random v2 messages with the checksum a naive reference computes (BigDecimal levels in TreeMaps, the
 * checksum string built from {@code toPlainString()}, truncation to depth after each message): the book must
 * accept every one (no false RESYNC) and agree level by level; then one corrupted checksum must latch RESYNC.
 */
class KrakenBookRandomTest {

    private static final InstrumentSpec SPEC = new InstrumentSpec("BTCUSD", 1, 8);

    /** The obviously correct Kraken book. */
    private static final class NaiveBook {
        final NavigableMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Collections.reverseOrder());
        final NavigableMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
        final int depth;

        NaiveBook(int depth) {
            this.depth = depth;
        }

        void set(NavigableMap<BigDecimal, BigDecimal> side, BigDecimal price, BigDecimal qty) {
            if (qty.signum() == 0) {
                side.remove(price);
            } else {
                side.put(price, qty);
            }
        }

        void truncate() {
            while (bids.size() > depth) {
                bids.pollLastEntry();
            }
            while (asks.size() > depth) {
                asks.pollLastEntry();
            }
        }

        long checksum() {
            StringBuilder sb = new StringBuilder();
            append(sb, asks);
            append(sb, bids);
            CRC32 crc = new CRC32();
            crc.update(sb.toString().getBytes(StandardCharsets.US_ASCII));
            return crc.getValue();
        }

        private static void append(StringBuilder sb, NavigableMap<BigDecimal, BigDecimal> side) {
            Iterator<Map.Entry<BigDecimal, BigDecimal>> it = side.entrySet().iterator();
            for (int i = 0; i < 10 && it.hasNext(); i++) {
                Map.Entry<BigDecimal, BigDecimal> e = it.next();
                sb.append(strip(e.getKey())).append(strip(e.getValue()));
            }
        }

        private static String strip(BigDecimal v) {
            String s = v.toPlainString().replace(".", "");
            int i = 0;
            while (i < s.length() && s.charAt(i) == '0') {
                i++;
            }
            return s.substring(i);
        }
    }

    @ParameterizedTest
    @CsvSource({"7, 10", "8, 25", "9, 100", "10, 1000"})
    void acceptsEveryCorrectChecksumAndLatchesOnACorruptOne(long seed, int depth) {
        Random rnd = new Random(seed);
        NaiveBook ref = new NaiveBook(depth);
        KrakenBookParser parser = new KrakenBookParser(SPEC);
        KrakenBook book = new KrakenBook(SPEC, "BTC/USD", depth);
        long mid = 452_850;
        List<String[]> bids = new ArrayList<>();
        List<String[]> asks = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            bids.add(level(ref, ref.bids, mid - 1 - rnd.nextInt(3 * depth), qty(rnd)));
            asks.add(level(ref, ref.asks, mid + 1 + rnd.nextInt(3 * depth), qty(rnd)));
        }
        ref.truncate();
        assertEquals(KrakenOutcome.SNAPSHOT_APPLIED,
                book.onMessage(message(parser, "snapshot", bids, asks, ref.checksum())), book.resyncDetail());

        int updates = 20_000;
        for (int n = 0; n < updates; n++) {
            mid += rnd.nextInt(5) - 2;
            bids.clear();
            asks.clear();
            int levels = 1 + rnd.nextInt(6);
            for (int i = 0; i < levels; i++) {
                boolean bid = rnd.nextBoolean();
                NavigableMap<BigDecimal, BigDecimal> side = bid ? ref.bids : ref.asks;
                long tick;
                if (rnd.nextInt(3) == 0 && !side.isEmpty()) {
                    tick = side.firstKey().movePointRight(1).longValueExact() + (bid ? -1 : 1) * rnd.nextInt(12);
                } else {
                    long off = 1 + (long) (Math.pow(rnd.nextDouble(), 2) * 3 * depth);
                    tick = bid ? mid - off : mid + off;
                }
                String q = rnd.nextInt(100) < 35 ? "0" : qty(rnd);
                (bid ? bids : asks).add(level(ref, side, tick, q));
            }
            while (!ref.bids.isEmpty() && !ref.asks.isEmpty() && ref.bids.firstKey().compareTo(ref.asks.firstKey()) >= 0) {
                BigDecimal top = ref.asks.firstKey();
                asks.add(new String[] {top.toPlainString(), "0"});
                ref.asks.remove(top);
            }
            ref.truncate();
            KrakenOutcome outcome = book.onMessage(message(parser, "update", bids, asks, ref.checksum()));
            assertEquals(KrakenOutcome.APPLIED, outcome, "update " + n + ": " + book.resyncDetail());
            if (n % 100 == 0) {
                assertSameLevels(ref, book, n);
            }
        }
        assertSameLevels(ref, book, updates);
        assertEquals(updates, book.count(KrakenOutcome.APPLIED));

        bids.clear();
        bids.add(level(ref, ref.bids, ref.bids.firstKey().movePointRight(1).longValueExact(), "0.12345678"));
        ref.truncate();
        long corrupt = ref.checksum() ^ (1L << rnd.nextInt(32));
        assertEquals(KrakenOutcome.CHECKSUM_MISMATCH, book.onMessage(message(parser, "update", bids, List.of(), corrupt)));
        assertEquals(KrakenBookState.RESYNC, book.state());
        assertEquals(KrakenOutcome.IGNORED, book.onMessage(message(parser, "update", List.of(), List.of(),
                ref.checksum())), "latched until a new snapshot");
        assertTrue(parser.accepted() > updates);
    }

    /** Applies a level to the reference and returns it as Kraken would write it (full precision). */
    private static String[] level(NaiveBook ref, NavigableMap<BigDecimal, BigDecimal> side, long tick, String qty) {
        BigDecimal price = BigDecimal.valueOf(tick, 1);
        BigDecimal q = new BigDecimal(qty);
        ref.set(side, price, q);
        return new String[] {price.toPlainString(), qty};
    }

    private static String qty(Random rnd) {
        long lots = switch (rnd.nextInt(8)) {
            case 0, 1 -> 1 + rnd.nextInt(1000);
            case 2 -> 3_000_000_000L + (long) (rnd.nextDouble() * 1e11); // beyond 2^31 lots: 30..1,030 BTC
            default -> 1 + rnd.nextInt(500_000_000);
        };
        return BigDecimal.valueOf(lots, 8).toPlainString();
    }

    private static BookMessage message(KrakenBookParser parser, String type, List<String[]> bids, List<String[]> asks,
                                       long checksum) {
        StringBuilder sb = new StringBuilder("{\"channel\":\"book\",\"type\":\"").append(type)
                .append("\",\"data\":[{\"symbol\":\"BTC/USD\",\"bids\":[");
        side(sb, bids);
        sb.append("],\"asks\":[");
        side(sb, asks);
        sb.append("],\"checksum\":").append(checksum).append(",\"timestamp\":\"2026-12-03T20:00:00.000000Z\"}]}");
        return (BookMessage) parser.parse(sb.toString());
    }

    private static void side(StringBuilder sb, List<String[]> levels) {
        for (int i = 0; i < levels.size(); i++) {
            sb.append(i > 0 ? "," : "").append("{\"price\":").append(levels.get(i)[0]).append(",\"qty\":")
                    .append(levels.get(i)[1]).append('}');
        }
    }

    private static void assertSameLevels(NaiveBook ref, KrakenBook book, int n) {
        long[] ticks = new long[1000];
        long[] lots = new long[1000];
        int count = book.bids(1000, ticks, lots);
        assertEquals(ref.bids.size(), count, "bid depth at update " + n);
        int i = 0;
        for (Map.Entry<BigDecimal, BigDecimal> e : ref.bids.entrySet()) {
            assertEquals(SPEC.ticks(e.getKey()), ticks[i], "bid " + i + " at update " + n);
            assertEquals(e.getValue().movePointRight(8).longValueExact(), lots[i++], "bid size at update " + n);
        }
        count = book.asks(1000, ticks, lots);
        assertEquals(ref.asks.size(), count, "ask depth at update " + n);
        i = 0;
        for (Map.Entry<BigDecimal, BigDecimal> e : ref.asks.entrySet()) {
            assertEquals(SPEC.ticks(e.getKey()), ticks[i], "ask " + i + " at update " + n);
            assertEquals(e.getValue().movePointRight(8).longValueExact(), lots[i++], "ask size at update " + n);
        }
    }
}
