package io.trader.venue.hyperliquid.data;

import io.trader.core.market.Candle;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.testing.SharedData;
import io.trader.fake.hyperliquid.fuzz.FuzzCorpus;
import io.trader.layer0.core.candle.CandleAssembler;
import io.trader.fake.hyperliquid.fuzz.MessageMutator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mutated venue messages (seeded, built from the recorded responses) through every layer-0 decoder: the websocket
 * decoder (with what it delivers applied to books and candle assemblers) and the {@code /info} parsers. Every input
 * must be decoded or dropped with a reason; nothing may escape as another exception. The count is
 * {@code fuzz.messages} (100,000 by default, 1,000,000 with {@code -Pfuzz}).
 */
class HlDecoderFuzzTest {

    private static final long SEED = 20_261_203L;
    private static final java.util.Set<String> KNOWN = java.util.Set.of("l2Book", "trades", "candle", "allMids",
            "orderUpdates", "userFills", "user", "subscriptionResponse", "pong", "error", "greeting");

    private final Map<String, Long> outcomes = new TreeMap<>();
    private final List<String> escaped = new ArrayList<>();

    @Test
    void mutatedMessagesAreDecodedOrDroppedWithAReasonNeverThrown() {
        FuzzCorpus corpus = FuzzCorpus.load(SharedData.sharedFile("hyperliquid/recorded/test_get_info.yaml").getParent());
        HlInstruments instruments = HlInstruments.of(HlInfoParser.meta(corpus.info().get("meta").get(0)));
        Map<String, Function<String, Object>> info = infoParsers(instruments);
        List<String> ws = corpus.wsMessages();
        List<Map.Entry<String, String>> bodies = new ArrayList<>();
        corpus.info(12).forEach((type, list) -> {
            if (info.containsKey(type)) {
                list.forEach(b -> bodies.add(Map.entry(type, b)));
            }
        });
        long n = Long.getLong("fuzz.messages", 100_000);
        MessageMutator mutator = new MessageMutator(SEED);
        Downstream downstream = new Downstream(instruments);
        HlWsDecoder decoder = new HlWsDecoder(instruments, downstream);
        long slowest = 0;
        long start = System.nanoTime();

        for (long i = 0; i < n; i++) {
            long t0;
            if (i % 10 < 7) {
                String input = mutator.mutate(mutator.pick(ws));
                t0 = System.nanoTime();
                try {
                    String channel = decoder.decode(input.getBytes(StandardCharsets.UTF_8));
                    if (channel != null) {
                        count("ws decoded " + (KNOWN.contains(channel) ? channel : "other channel"));
                    }
                } catch (Throwable e) {
                    escape("ws", input, mutator, e);
                }
            } else {
                Map.Entry<String, String> body = mutator.pick(bodies);
                String input = mutator.mutate(body.getValue());
                t0 = System.nanoTime();
                try {
                    info.get(body.getKey()).apply(input);
                    count("info decoded " + body.getKey());
                } catch (HlMalformedException e) {
                    count("info dropped " + e.reason().label());
                } catch (Throwable e) {
                    escape("info " + body.getKey(), input, mutator, e);
                }
            }
            slowest = Math.max(slowest, System.nanoTime() - t0);
        }

        long ms = (System.nanoTime() - start) / 1_000_000;
        downstream.outcomes.forEach((k, v) -> outcomes.merge(k, v, Long::sum));
        System.out.flush();
        System.out.printf("FUZZ layer0 decoders: %d mutated messages in %d ms (seed %d), escaped exceptions %d, "
                + "slowest decode %.1f ms%nFUZZ layer0 outcomes: %s%n", n, ms, SEED, escaped.size(),
                slowest / 1e6, outcomes);
        assertEquals(List.of(), escaped, "exceptions escaped the decoders");
        long accounted = outcomes.entrySet().stream().filter(e -> e.getKey().startsWith("ws ")
                || e.getKey().startsWith("info ")).mapToLong(Map.Entry::getValue).sum();
        assertEquals(n, accounted, "every message decoded or dropped with a reason: " + outcomes);
        assertTrue(outcomes.keySet().stream().anyMatch(k -> k.startsWith("ws decoded")), "some messages still decode");
    }

    private void count(String key) {
        outcomes.merge(key, 1L, Long::sum);
    }

    private void escape(String where, String input, MessageMutator mutator, Throwable e) {
        count(where + " ESCAPED " + e.getClass().getSimpleName());
        if (escaped.size() < 10) {
            escaped.add(where + " " + mutator.lastOps() + " " + e + " <- "
                    + input.substring(0, Math.min(300, input.length())));
        }
    }

    private static Map<String, Function<String, Object>> infoParsers(HlInstruments instruments) {
        Map<String, Function<String, Object>> p = new HashMap<>();
        p.put("meta", HlInfoParser::meta);
        p.put("allMids", HlInfoParser::allMids);
        p.put("l2Book", b -> HlInfoParser.l2Book(b, instruments));
        p.put("candleSnapshot", HlInfoParser::candles);
        p.put("fundingHistory", HlInfoParser::fundingHistory);
        p.put("userFills", HlUserMessages::fills);
        p.put("userFillsByTime", HlUserMessages::fills);
        p.put("historicalOrders", HlUserMessages::orderUpdates);
        return p;
    }

    /** What the stream does with decoded messages: books and candle assemblers (any exception there escapes too). */
    private static final class Downstream implements HlWsHandler {
        final Map<String, Long> outcomes = new TreeMap<>();
        private final HlInstruments instruments;
        private final Map<String, L2Book> books = new HashMap<>();
        private final Map<String, CandleAssembler> assemblers = new HashMap<>();

        Downstream(HlInstruments instruments) {
            this.instruments = instruments;
        }

        @Override
        public void onBook(L2Snapshot s) {
            L2Book.Result r = books.computeIfAbsent(s.coin(), c -> new L2Book(s.instrument())).apply(s);
            outcomes.merge("book " + r, 1L, Long::sum);
        }

        @Override
        public void onCandle(Candle c) {
            InstrumentSpec spec = instruments.spec(c.symbol());
            if (spec != null && !c.interval().equals("1M")) {
                CandleAssembler a = assemblers.computeIfAbsent(c.symbol() + c.interval(),
                        k -> new CandleAssembler(spec, HlInterval.of(c.interval()), bar -> { }));
                outcomes.merge("candle " + a.onUpdate(c), 1L, Long::sum);
            }
        }

        @Override
        public void onMids(Map<String, BigDecimal> mids) {
            mids.values().forEach(m -> {
                if (m.signum() <= 0) {
                    throw new AssertionError("non-positive mid delivered: " + m);
                }
            });
        }

        @Override
        public void onMalformed(HlMalformed reason, String channel, String detail) {
            outcomes.merge("ws dropped " + reason.label(), 1L, Long::sum);
        }
    }
}
