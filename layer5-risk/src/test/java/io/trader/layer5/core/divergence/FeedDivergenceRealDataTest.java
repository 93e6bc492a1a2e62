package io.trader.layer5.core.divergence;

import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The breaker on real prices of one asset from two sources at the same time (shared/data README):
 * <ul>
 *   <li>Binance spot vs Binance USD-M perpetual, 1m closes, BTC and ETH, 2025-05-25 → 2025-06-24 (30 days);</li>
 *   <li>Binance USD-M mark price vs last price, 1h closes, BTC and ETH, 2024-12-31 → 2026-02-19 (mark vs
 *       last, 14 months);</li>
 *   <li>Binance spot vs USD-M bookTicker mids, tick by tick, BTC, 2024-08-08 23:54 → 23:59:59.</li>
 * </ul>
 * Band 50 bps, hold 10 s, cool-down 60 s; the stale limit is two bar lengths for bars (a bar source quotes
 * once per bar) and the default 30 s for ticks. The shell's timer is modelled as an evaluate between quotes
 * every 5 s (1m bars), 60 s (1h bars) or 1 s (ticks). The figures are printed; the assertions are only sane properties: the data lined up (two
 * fresh sources at nearly every look), halts alternate with resumes, every halt saw a spread beyond the band,
 * no halt without a spread beyond the band in the data, and halts are rare.
 */
class FeedDivergenceRealDataTest {

    static final long MINUTE = 60_000;
    static final long HOUR = 3_600_000;

    /** What one replay gave. */
    record Outcome(String name, int halts, int resumes, long haltedMillis, long spanMillis, double medianSpreadBps,
                   double maxSpreadBps, double comparedShare, List<DivergenceEvent> events) {
        String line() {
            return String.format(Locale.ROOT, "%s: %d halts, %d resumes, halted %.3f%% of %.1f h, spread median "
                            + "%.1f max %.1f bps, two fresh sources at %.1f%% of looks", name, halts, resumes,
                    100.0 * haltedMillis / spanMillis, spanMillis / 3_600_000.0, medianSpreadBps, maxSpreadBps,
                    100 * comparedShare);
        }
    }

    @Test
    void spotVersusPerpetualOneMinuteBars() throws IOException {
        for (String a : List.of("btc", "eth")) {
            List<RealQuotes.Quote> spot = RealQuotes.closes(SharedData.file("ohlcv_1m/" + a
                    + "usdt-1m-binance-spot-20250520-20250818.csv.gz"), "binance-spot", MINUTE);
            List<RealQuotes.Quote> perp = RealQuotes.closes(SharedData.file("derivatives/" + a
                    + "usdt-perp-1m-binance-usdm-20250525-20250624.csv.gz"), "binance-perp", MINUTE);
            Outcome o = replay(a.toUpperCase(Locale.ROOT) + " spot vs perp 1m", RealQuotes.overlap(spot, perp),
                    new DivergenceConfig(50, 10_000, 60_000, 2 * MINUTE), 5_000);
            saneAt50(o);
        }
    }

    @Test
    void markVersusLastOneHourBars() throws IOException {
        for (String a : List.of("btc", "eth")) {
            List<RealQuotes.Quote> mark = RealQuotes.closes(SharedData.file("derivatives/" + a
                    + "usdt-markprice-1h-binance-usdm-20241231-20260219.csv.gz"), "binance-mark", HOUR);
            List<RealQuotes.Quote> last = RealQuotes.closes(SharedData.file("derivatives/" + a
                    + "usdt-perp-1h-binance-usdm-20241231-20260219.csv.gz"), "binance-last", HOUR);
            Outcome o = replay(a.toUpperCase(Locale.ROOT) + " mark vs last 1h", RealQuotes.overlap(mark, last),
                    new DivergenceConfig(50, 10_000, 60_000, 2 * HOUR), MINUTE);
            saneAt50(o);
        }
    }

    @Test
    void spotVersusPerpetualBookTickerMids() throws IOException {
        List<RealQuotes.Quote> spot = RealQuotes.bookTickerMids(
                SharedData.file("microstructure/hftbacktest-binance-spot-btcusdt_20240808.gz"), "binance-spot");
        List<RealQuotes.Quote> perp = RealQuotes.bookTickerMids(
                SharedData.file("microstructure/hftbacktest-binance-usdm-btcusdt_20240808.gz"), "binance-perp");
        Outcome o = replay("BTC spot vs perp bookTicker", RealQuotes.overlap(spot, perp), DivergenceConfig.DEFAULT,
                1_000);
        saneAt50(o);
        for (long band : List.of(10L, 5L)) {
            System.out.println(replay("BTC spot vs perp bookTicker at band " + band + " bps", RealQuotes.overlap(spot, perp),
                    new DivergenceConfig(band, 10_000, 60_000, 30_000), 1_000).line());
        }
    }

    private static void saneAt50(Outcome o) {
        System.out.println(o.line());
        o.events().forEach(e -> System.out.println("  " + java.time.Instant.ofEpochMilli(e.time()) + " "
                + e.getClass().getSimpleName() + " " + e.detail()));
        assertTrue(o.comparedShare() > 0.95, o.name() + ": the two sources line up in time");
        for (int i = 0; i < o.events().size(); i++) {
            DivergenceEvent e = o.events().get(i);
            if (i % 2 == 0) {
                DivergenceEvent.Halted h = assertInstanceOf(DivergenceEvent.Halted.class, e, o.name());
                assertTrue(h.spreadBps() > 50, h.detail());
            } else {
                assertInstanceOf(DivergenceEvent.Resumed.class, e, o.name() + ": a halt is followed by a resume");
            }
        }
        assertEquals(o.halts(), o.resumes() + (o.events().size() % 2), "each halt resumes or the data end");
        if (o.maxSpreadBps() <= 50) {
            assertEquals(0, o.halts(), o.name() + ": never beyond the band, never halted");
        }
        assertTrue(o.haltedMillis() < o.spanMillis() / 100, o.name() + ": halted less than 1% of the time");
        assertTrue(o.halts() <= o.spanMillis() / 86_400_000.0 + 1, o.name() + ": at most about one halt a day");
    }

    /**
     * Feeds the quotes in time order (the asset is the first word of {@code name}), evaluating after each and every {@code tick}
     * between. The spread figures are taken once all quotes of a time stamp are in (bar closes of both sources
     * share a time: in between, one close of this bar faces the other source's close of the previous bar).
     */
    static Outcome replay(String name, List<RealQuotes.Quote> quotes, DivergenceConfig config, long tick) {
        FeedDivergenceBreaker breaker = new FeedDivergenceBreaker(config);
        List<DivergenceEvent> events = new ArrayList<>();
        Map<String, RealQuotes.Quote> latest = new HashMap<>();
        long start = quotes.get(0).time();
        long end = quotes.get(quotes.size() - 1).time();
        long nextTick = start;
        long looks = 0;
        long compared = 0;
        List<Double> spreads = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            RealQuotes.Quote q = quotes.get(i);
            while (nextTick < q.time()) {
                events.addAll(breaker.evaluate(nextTick));
                looks++;
                compared += fresh(latest, nextTick, config) ? 1 : 0;
                nextTick += tick;
            }
            breaker.onQuote(name.split(" ")[0], q.source(), q.time(), q.mid());
            latest.put(q.source(), q);
            if (i + 1 < quotes.size() && quotes.get(i + 1).time() == q.time()) {
                continue;
            }
            events.addAll(breaker.evaluate(q.time()));
            looks++;
            if (fresh(latest, q.time(), config)) {
                compared++;
                spreads.add(spreadBps(latest));
            }
        }
        java.util.Collections.sort(spreads);
        double median = spreads.isEmpty() ? Double.NaN : spreads.get(spreads.size() / 2);
        double max = spreads.isEmpty() ? Double.NaN : spreads.get(spreads.size() - 1);
        int halts = 0;
        long haltedMillis = 0;
        long haltedAt = 0;
        for (DivergenceEvent e : events) {
            if (e instanceof DivergenceEvent.Halted) {
                halts++;
                haltedAt = e.time();
            } else {
                haltedMillis += e.time() - haltedAt;
            }
        }
        if (events.size() % 2 == 1) {
            haltedMillis += end - haltedAt;
        }
        return new Outcome(name, halts, events.size() - halts, haltedMillis, end - start, median, max,
                (double) compared / looks, events);
    }

    private static boolean fresh(Map<String, RealQuotes.Quote> latest, long now, DivergenceConfig config) {
        return latest.size() == 2 && latest.values().stream().allMatch(q -> now - q.time() <= config.staleMillis());
    }

    /** |a - b| / min(a, b) in bps, computed here from the quotes, apart from the breaker. */
    private static double spreadBps(Map<String, RealQuotes.Quote> latest) {
        List<BigDecimal> mids = latest.values().stream().map(RealQuotes.Quote::mid).sorted().toList();
        return mids.get(1).subtract(mids.get(0)).multiply(BigDecimal.valueOf(10_000))
                .divide(mids.get(0), MathContext.DECIMAL64).doubleValue();
    }
}
