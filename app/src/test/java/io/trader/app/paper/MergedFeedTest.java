package io.trader.app.paper;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bars of several venues' feeds go out in time order; one venue's bar later than another's newer bar is dropped. */
class MergedFeedTest {

    private static final InstrumentSpec BTC = new InstrumentSpec("BTC", 1, 5);
    private static final InstrumentSpec ETH = new InstrumentSpec("ETHUSDT", 2, 4);
    private static final long M = 60_000;

    private static Bar bar(InstrumentSpec i, long close) {
        return new Bar(i, close - M, close, 100, 110, 90, 105, 1);
    }

    @Test
    void interleavesInTimeOrderAndDropsABarOlderThanOneAlreadyDelivered() throws Exception {
        LiveFeed a = new LiveFeed("a", List.of("BTC"));
        LiveFeed b = new LiveFeed("b", List.of("ETHUSDT"));
        MergedFeed merged = new MergedFeed(List.of(a, b));
        a.onBar(bar(BTC, 2 * M));
        b.onBar(bar(ETH, M));
        assertEquals(M, merged.poll(0).closeTime(), "the older bar first");
        assertEquals(2 * M, merged.poll(0).closeTime());
        a.onBar(bar(BTC, 4 * M));
        assertEquals(4 * M, merged.poll(0).closeTime());
        b.onBar(bar(ETH, 3 * M)); // venue b's bar arrives after venue a's later one went out
        assertNull(merged.poll(0), "dropped: the engine has moved past its step");
        assertEquals(1, merged.droppedLate());
        b.onBar(bar(ETH, 4 * M)); // the same step as the last bar delivered is still in time
        assertEquals(4 * M, merged.poll(0).closeTime());
        assertEquals(1, merged.droppedLate());
    }

    @Test
    void oneInstrumentFromTwoFeedsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MergedFeed(List.of(
                new LiveFeed("a", List.of("BTC")), new LiveFeed("b", List.of("BTC")))));
    }
}
