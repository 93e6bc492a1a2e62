package io.trader.app.venue;

import io.trader.app.paper.PaperSession;
import io.trader.core.testing.SharedData;
import io.trader.fake.hyperliquid.fuzz.FuzzCorpus;
import io.trader.fake.hyperliquid.fuzz.MessageMutator;
import io.trader.venue.hyperliquid.stream.StreamCounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.trader.app.venue.LiveOnFake.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mutated venue messages (built from the recorded responses) pushed over the websocket into a running live
 * session, between real candles and orders: the session keeps running and trading, nothing escapes (no listener
 * error, no engine failure, no halt), the bad messages are counted and dropped by reason, and the session's position
 * still equals the venue's. {@code -Dfuzz.session.messages=N} sets how many (default 20,000).
 */
class LiveSessionFuzzTest {

    @Test
    void mutatedVenueMessagesNeverStopARunningSession(@TempDir Path dir) throws Exception {
        FuzzCorpus corpus = FuzzCorpus.load(SharedData.sharedFile("hyperliquid/recorded/test_get_info.yaml")
                .getParent());
        List<String> seeds = corpus.wsMessages();
        int messages = Integer.getInteger("fuzz.session.messages", 20_000);
        try (LiveOnFake f = new LiveOnFake(dir, "fuzz", dir.resolve("data"))) {
            PaperSession live = f.live;
            f.start();
            MessageMutator mutator = new MessageMutator(20261203L);
            long t0 = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                f.fake.publishRaw(mutator.mutate(mutator.pick(seeds)));
                if (i % 500 == 0) {
                    f.fake.advanceCandles("BTC", "1m", 1); // real candles keep the strategy trading
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            f.fake.advanceCandles("BTC", "1m", 1);
            waitFor(() -> f.md.counters().messagesByChannel().values().stream().mapToLong(Long::longValue).sum()
                    + f.md.counters().malformedByReason().values().stream().mapToLong(Long::longValue).sum()
                    >= messages, "every message reached the stream");
            StreamCounters c = f.md.counters();
            long dropped = c.malformedByReason().values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("session fuzz: %d mutated messages in %.1f s into a live session; %d dropped by "
                    + "reason %s; %d listener errors; %d orders at the venue; session %s%n", messages, seconds,
                    dropped, c.malformedByReason(), c.listenerErrors(), f.sim.orders().size(), live.status().state());
            assertEquals("running", live.status().state(), "the engine never failed");
            assertEquals(0, c.listenerErrors(), "no exception escaped into the session's listeners");
            assertFalse(live.parts().killSwitch.state().engaged(), "nothing halted the session: "
                    + live.parts().killSwitch.state().reason());
            assertTrue(dropped > messages / 10, "mutated messages were counted and dropped by reason");
            waitFor(() -> f.venueLots() == live.parts().portfolio.positionLots(f.btc),
                    "the session's position equals the venue's");
        }
    }
}
