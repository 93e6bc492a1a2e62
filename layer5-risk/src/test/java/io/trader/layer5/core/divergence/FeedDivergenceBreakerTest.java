package io.trader.layer5.core.divergence;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-computed cases of the breaker with the default settings (band 50 bps, hold 10 s, cool-down 60 s, stale
 * 30 s). Binance quotes with 2 decimals, Hyperliquid with 1, OKX with none: the scales differ on purpose.
 * 50 100 vs 49 800 is 300 / 49 800 = 60.24 bps of the lower mid.
 */
class FeedDivergenceBreakerTest {

    static final String BTC = "BTC";
    final FeedDivergenceBreaker breaker = new FeedDivergenceBreaker(DivergenceConfig.DEFAULT);
    final List<DivergenceEvent> events = new ArrayList<>();

    void binance(long t, String mid) {
        quote("binance", t, mid, 2);
    }

    void hyperliquid(long t, String mid) {
        quote("hyperliquid", t, mid, 1);
    }

    void quote(String source, long t, String mid, int scale) {
        BigDecimal m = new BigDecimal(mid).setScale(scale);
        breaker.onQuote(BTC, source, t, m.unscaledValue().longValueExact(), scale);
    }

    /** Both venues quote every second from {@code from} to {@code to} (inclusive), then the breaker looks. */
    void both(long from, long to, String binanceMid, String hyperliquidMid) {
        for (long t = from; t <= to; t += 1000) {
            binance(t, binanceMid);
            hyperliquid(t, hyperliquidMid);
            events.addAll(breaker.evaluate(t));
        }
    }

    DivergenceState.Phase phase(long now) {
        return breaker.state(BTC, now).orElseThrow().phase();
    }

    @Test
    void divergenceExactlyAtTheBandNeverTrips() {
        both(0, 120_000, "10050", "10000"); // 50 / 10 000 = exactly 50 bps
        assertEquals(List.of(), events);
        assertEquals(DivergenceState.Phase.INSIDE, phase(120_000));
        assertEquals(50.0, breaker.state(BTC, 120_000).orElseThrow().spreadBps());

        both(121_000, 131_000, "10050.01", "10000"); // one cent more: 50.01 bps
        assertEquals(1, events.size());
        assertEquals("BTC: binance 10,050.01 vs hyperliquid 10,000 (50.01 bps > band 50 bps for 10 s)",
                events.get(0).detail());
    }

    @Test
    void haltsOnceWhenOutsideForTheWholeHold() {
        both(0, 999, "50000", "50000");
        binance(1000, "50100");
        hyperliquid(1000, "49800");
        assertEquals(List.of(), breaker.evaluate(10_999), "9.999 s outside: not yet");
        assertEquals(DivergenceState.Phase.OUTSIDE, phase(10_999));
        assertFalse(breaker.isHalted(BTC));

        List<DivergenceEvent> halt = breaker.evaluate(11_000);
        assertEquals(1, halt.size());
        DivergenceEvent.Halted h = assertInstanceOf(DivergenceEvent.Halted.class, halt.get(0));
        assertEquals(new DivergenceEvent.Halted(BTC, 300 * 10_000.0 / 49_800, List.of("binance", "hyperliquid"),
                "BTC: binance 50,100 vs hyperliquid 49,800 (60.2 bps > band 50 bps for 10 s)", 11_000), h);
        assertTrue(breaker.isHalted(BTC));
        assertEquals(h.detail(), breaker.haltReason(BTC));
        assertEquals(List.of(), breaker.evaluate(12_000), "one event per halt");
        assertEquals(List.of(BTC), breaker.halted(12_000).stream().map(DivergenceState::asset).toList());

        DivergenceState s = breaker.state(BTC, 12_000).orElseThrow();
        assertEquals(DivergenceState.Phase.HALTED, s.phase());
        assertEquals(11_000, s.since());
        assertEquals(11_000, s.haltedSince());
        assertEquals(List.of(new DivergenceState.SourceView("binance", new BigDecimal("50100.00"), 1000, 11_000, true),
                new DivergenceState.SourceView("hyperliquid", new BigDecimal("49800.0"), 1000, 11_000, true)),
                s.sources());
        assertTrue(s.reason().startsWith("BTC: binance 50,100 vs hyperliquid 49,800 (60.2 bps > band 50 bps); "
                + "new risk halted for 1 s"), s.reason());
    }

    @Test
    void resumesAfterTheWholeCoolDownInside() {
        both(0, 10_000, "50100", "49800");
        assertEquals(1, events.size());
        both(11_000, 19_000, "50100", "49800");
        both(20_000, 79_000, "50010", "50000"); // 2 bps: cool-down from 20 s
        assertEquals(1, events.size(), "59 s inside: still halted");
        assertEquals(DivergenceState.Phase.COOLING, phase(79_000));
        assertTrue(breaker.isHalted(BTC));
        assertEquals(List.of(), breaker.evaluate(79_999));

        List<DivergenceEvent> resume = breaker.evaluate(80_000);
        assertEquals(List.of(new DivergenceEvent.Resumed(BTC,
                "BTC: binance 50,010 vs hyperliquid 50,000 (2 bps <= band 50 bps for 60 s); halted for 70 s",
                80_000)), resume);
        assertFalse(breaker.isHalted(BTC));
        assertEquals(null, breaker.haltReason(BTC));
        assertEquals(DivergenceState.Phase.INSIDE, phase(80_000));
    }

    @Test
    void aLookOutsideDuringTheCoolDownStartsItOver() {
        both(0, 10_000, "50100", "49800");
        both(11_000, 50_000, "50010", "50000");
        both(51_000, 51_000, "50100", "49800"); // one look outside
        both(52_000, 111_000, "50010", "50000");
        assertEquals(1, events.size(), "59 s since the cool-down started over");
        both(112_000, 112_000, "50010", "50000");
        assertEquals(2, events.size());
        assertEquals(112_000, events.get(1).time());
    }

    @Test
    void flappingInsideTheHoldNeverTrips() {
        for (long t = 0; t < 600_000; t += 10_000) {
            both(t, t + 9_000, "50100", "49800"); // 9 s outside
            both(t + 9_500, t + 9_500, "50000", "50000"); // one look inside
        }
        assertEquals(List.of(), events);
        both(600_000, 610_000, "50100", "49800"); // then 10 s
        assertEquals(1, events.size());
        assertEquals(610_000, events.get(0).time());
    }

    @Test
    void zeroHoldHaltsAtTheFirstLookOutsideAndZeroCoolDownResumesAtTheFirstInside() {
        FeedDivergenceBreaker b = new FeedDivergenceBreaker(new DivergenceConfig(50, 0, 0, 30_000));
        b.onQuote(BTC, "binance", 0, 50_000, 0);
        b.onQuote(BTC, "hyperliquid", 5, 49_700, 0);
        b.onQuote(BTC, "hyperliquid", 7, 50_000, 0);
        List<DivergenceEvent> out = b.evaluate(9);
        assertEquals(2, out.size());
        assertEquals(5, out.get(0).time(), "decided at the quote, returned by the next evaluate");
        assertInstanceOf(DivergenceEvent.Resumed.class, out.get(1));
        assertEquals(7, out.get(1).time());
    }

    @Test
    void aStaleSourceBeforeTheHoldIsNotADivergence() {
        FeedDivergenceBreaker b = new FeedDivergenceBreaker(new DivergenceConfig(50, 40_000, 60_000, 30_000));
        b.onQuote(BTC, "hyperliquid", 0, 49_800, 0);
        for (long t = 0; t <= 120_000; t += 1000) {
            b.onQuote(BTC, "binance", t, 50_100, 0); // hyperliquid stops at 0 and is stale after 30 s
            assertEquals(List.of(), b.evaluate(t));
        }
        DivergenceState s = b.state(BTC, 120_000).orElseThrow();
        assertEquals(DivergenceState.Phase.UNKNOWN, s.phase());
        assertTrue(Double.isNaN(s.spreadBps()));
        assertEquals("hyperliquid", s.sources().get(0).source(), "in first-quote order");
        assertFalse(s.sources().get(0).fresh());
        assertEquals(120_000, s.sources().get(0).ageMillis());
        assertTrue(s.sources().get(1).fresh());
        assertTrue(s.reason().endsWith("; stale: hyperliquid 2 min old"), s.reason());
    }

    @Test
    void aSourceGoingStaleWhileHaltedKeepsTheHaltUntilTwoSourcesAgreeForTheCoolDown() {
        both(0, 10_000, "50100", "49800");
        for (long t = 11_000; t <= 200_000; t += 1000) {
            binance(t, "50000"); // hyperliquid silent: stale from 40 s
            events.addAll(breaker.evaluate(t));
        }
        assertEquals(1, events.size(), "one source alone cannot show agreement");
        assertEquals(DivergenceState.Phase.HALTED, phase(200_000));
        both(201_000, 260_000, "50000", "50000");
        assertEquals(1, events.size());
        both(261_000, 261_000, "50000", "50000");
        assertEquals(2, events.size(), "60 s after hyperliquid came back in agreement");
    }

    @Test
    void aStaleSourceIsIgnored() {
        quote("okx", 0, "40000", 0);
        both(31_000, 100_000, "50000", "50010"); // okx 20% away, but stale from 30 001
        assertEquals(List.of(), events);
        assertEquals(java.util.Set.of("binance", "hyperliquid"), breaker.state(BTC, 100_000).orElseThrow().sources()
                .stream().filter(DivergenceState.SourceView::fresh).map(DivergenceState.SourceView::source)
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void oneOutlierOfThreeHaltsAndIsNamed() {
        for (long t = 0; t <= 10_000; t += 1000) {
            binance(t, "50000");
            quote("okx", t, "50010", 0);
            hyperliquid(t, "49700");
            events.addAll(breaker.evaluate(t));
        }
        assertEquals(1, events.size());
        DivergenceEvent.Halted h = (DivergenceEvent.Halted) events.get(0);
        assertEquals(List.of("okx", "binance", "hyperliquid"), h.sources());
        assertEquals("BTC: okx 50,010 vs hyperliquid 49,700 (62.4 bps > band 50 bps for 10 s; 3 fresh sources)",
                h.detail()); // 310 / 49 700 = 62.37 bps
        assertEquals(new RiskEventView("feed_divergence_halted", BTC), RiskEventView.of(h));
    }

    @Test
    void assetsAreIndependent() {
        both(0, 10_000, "50100", "49800");
        breaker.onQuote("ETH", "binance", 10_000, 300_000, 2);
        breaker.onQuote("ETH", "hyperliquid", 10_000, 30_001, 1);
        breaker.evaluate(10_000);
        assertTrue(breaker.isHalted(BTC));
        assertFalse(breaker.isHalted("ETH"));
        assertEquals(java.util.Set.of(BTC), breaker.haltedAssets());
        assertEquals(List.of(BTC, "ETH"), breaker.states(10_000).stream().map(DivergenceState::asset).toList());
    }

    @Test
    void aLateQuoteIsIgnoredAndLooksNeverGoBack() {
        assertTrue(breaker.onQuote(BTC, "binance", 5_000, 50_000, 0));
        assertFalse(breaker.onQuote(BTC, "binance", 4_000, 40_000, 0), "older than the source's latest");
        breaker.onQuote(BTC, "hyperliquid", 5_000, 49_700, 0);
        assertEquals(List.of(), breaker.evaluate(3_000), "a look before the latest happens at the latest");
        List<DivergenceEvent> out = breaker.evaluate(15_000);
        assertEquals(1, out.size());
        assertEquals(15_000, out.get(0).time());
        assertTrue(out.get(0).detail().startsWith("BTC: binance 50,000 vs hyperliquid 49,700"));
    }

    @Test
    void theOperatorReleasesAHaltAndALastingDivergenceHaltsAgainAfterAFullHold() {
        both(0, 10_000, "50100", "49800");
        assertEquals(1, events.size());
        assertEquals(java.util.Optional.empty(), breaker.release("ETH", "typo", 10_500));
        DivergenceEvent.Resumed r = breaker.release(BTC, "hyperliquid delisted BTC", 10_500).orElseThrow();
        assertEquals(new DivergenceEvent.Resumed(BTC, "BTC: released by operator: hyperliquid delisted BTC",
                10_500), r);
        assertFalse(breaker.isHalted(BTC));
        both(11_000, 20_000, "50100", "49800");
        assertEquals(1, events.size());
        both(21_000, 21_000, "50100", "49800");
        assertEquals(2, events.size());
    }

    @Test
    void badQuotesThrowAndChangeNothing() {
        assertEquals("mid must be positive, got 0.00", assertThrows(IllegalArgumentException.class,
                () -> breaker.onQuote(BTC, "binance", 0, 0, 2)).getMessage());
        assertEquals("mid scale must be in 0..12, got 13", assertThrows(IllegalArgumentException.class,
                () -> breaker.onQuote(BTC, "binance", 0, 1, 13)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> breaker.onQuote(BTC, "binance", 0, 10_000_000, 0));
        assertThrows(IllegalArgumentException.class, () -> breaker.onQuote(" ", "binance", 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> breaker.onQuote(BTC, null, 0, 1, 0));
        assertEquals(List.of(), breaker.states(0));
        assertTrue(breaker.onQuote(BTC, "binance", 0, new BigDecimal("9223372.036854775807")));
        assertTrue(breaker.onQuote(BTC, "okx", 0, new BigDecimal("1E+3")));
        assertEquals(new BigDecimal("1000"), breaker.state(BTC, 0).orElseThrow().sources().get(1).mid());
    }

    /** The kind and asset of the core risk event a breaker event becomes. */
    record RiskEventView(String kind, String asset) {
        static RiskEventView of(DivergenceEvent e) {
            io.trader.core.event.RiskEvent r = e.toRiskEvent();
            String asset = r instanceof io.trader.core.event.RiskEvent.FeedDivergenceHalted h ? h.asset()
                    : ((io.trader.core.event.RiskEvent.FeedDivergenceResumed) r).asset();
            return new RiskEventView(r.kind(), asset);
        }
    }
}
