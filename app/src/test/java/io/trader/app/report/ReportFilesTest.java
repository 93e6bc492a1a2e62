package io.trader.app.report;

import io.micronaut.serde.ObjectMapper;
import io.trader.app.run.Backtest;
import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.Side;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskEvent;
import io.trader.core.event.OrderEvent;
import io.trader.core.market.Bar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A backtest whose drawdown breaker trips and latches writes files that say so: report.json lists the trip and
 * the refused orders by reason and instrument, report.html marks the trip on the equity chart and explains it,
 * trades.csv has every trade; the same run gives the same bytes.
 */
class ReportFilesTest {

    private static List<Bar> bars;
    private static Backtest.Result result;

    @BeforeAll
    static void run() {
        bars = SyntheticRun.bars(6000, 3, "AAAUSDT", "BBBUSDT");
        result = SyntheticRun.run(bars, 2);
    }

    @Test
    void reportJsonExplainsTheTripAndTheRefusals(@TempDir Path dir) throws Exception {
        ReportWriter.write(dir, result.report(), result.recorder(), SyntheticRun.runInfo(List.of("AAAUSDT", "BBBUSDT")));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = ObjectMapper.getDefault().readValue(Files.readString(dir.resolve("report.json")),
                Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> x = (Map<String, Object>) json.get("explanations");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> trips = (List<Map<String, Object>>) x.get("breaker_trips");
        assertEquals(1, trips.size(), "the 5% drawdown breaker trips once and latches: " + trips);
        Map<String, Object> trip = trips.get(0);
        assertEquals("max_drawdown", trip.get("breaker"));
        assertTrue(String.valueOf(trip.get("detail")).contains("below peak"), String.valueOf(trip.get("detail")));
        assertTrue(String.valueOf(trip.get("tripped_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:00:00Z"));
        assertNull(trip.get("cleared_at"), "latched to the end");
        @SuppressWarnings("unchecked")
        Map<String, Object> blocked = (Map<String, Object>) x.get("blocked_orders");
        long total = ((Number) blocked.get("total")).longValue();
        assertTrue(total > 10, "the strategy keeps trying after the trip: " + total);
        Map<String, Long> byReason = longs(blocked.get("by_reason"));
        assertTrue(byReason.getOrDefault("breaker_halt", 0L) > 10, "refused by the tripped breaker: " + byReason);
        assertEquals(total, byReason.values().stream().mapToLong(Long::longValue).sum());
        Map<String, Long> byInstrument = longs(blocked.get("by_instrument"));
        assertEquals(total, byInstrument.get("AAAUSDT") + byInstrument.get("BBBUSDT"));
        long meanwhile = ((Number) trip.get("orders_blocked_meanwhile")).longValue();
        assertTrue(meanwhile >= byReason.get("breaker_halt") && meanwhile <= total, meanwhile + " of " + total);
        @SuppressWarnings("unchecked")
        List<String> summary = (List<String>) x.get("summary");
        assertTrue(summary.get(0).startsWith("The max_drawdown breaker tripped at "), summary.get(0));
        assertTrue(summary.get(0).contains("It never cleared"), summary.get(0));
        for (String key : List.of("cagr", "volatility", "calmar", "time_in_market", "avg_exposure", "max_exposure",
                "benchmark", "worst_drawdowns", "monthly_returns", "yearly_returns", "instruments")) {
            assertTrue(json.containsKey(key), "report.json has " + key);
        }
    }

    @Test
    void htmlMarksTheTripAndTheFilesAreDeterministic(@TempDir Path dir) throws Exception {
        Map<String, Object> info = SyntheticRun.runInfo(List.of("AAAUSDT", "BBBUSDT"));
        Tearsheet t = ReportWriter.write(dir.resolve("a"), result.report(), result.recorder(), info);
        Backtest.Result again = SyntheticRun.run(bars, 2);
        ReportWriter.write(dir.resolve("b"), again.report(), again.recorder(), info);
        for (String f : List.of("report.json", "report.html", "trades.csv", "orders.csv", "fills.csv", "equity.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)),
                    f + " is byte-identical for the same run");
        }
        String html = Files.readString(dir.resolve("a/report.html"));
        assertTrue(html.contains("max_drawdown tripped</text>"), "the trip is labelled on the equity chart");
        assertTrue(html.contains("<rect class=\"band\""), "the halted span is shaded");
        assertTrue(html.contains("<path class=\"rug\""), "refused orders are marked");
        assertTrue(html.contains("id=\"breaker-trips\"") && html.contains("never (latched)"));
        assertTrue(html.contains(t.why().get(0).replace("'", "&#39;")), "the explanation is on the page");
        for (String id : List.of("benchmark-chart", "equity-chart", "drawdown-chart", "rolling-sharpe-chart",
                "returns-histogram", "price-aaausdt", "price-bbbusdt", "monthly-returns", "worst-drawdowns",
                "instruments", "trades", "settings", "blocked-orders")) {
            assertTrue(html.contains("id=\"" + id + "\""), "the tearsheet has " + id);
        }
        assertTrue(!html.contains("http://") || html.replace("http://www.w3.org/2000/svg", "").indexOf("http://") < 0,
                "no network reference but the SVG namespace");
        assertTrue(!html.contains("https://"), "no network reference");

        List<String> trades = Files.readAllLines(dir.resolve("a/trades.csv"));
        assertEquals("number,instrument,side,entry_time,avg_entry_price,exit_time,avg_exit_price,quantity,"
                + "duration_seconds,gross_pnl,fees,net_pnl,return,exit_reason", trades.get(0));
        assertEquals(t.trades().size() + 1, trades.size());
        assertTrue(t.perf().trades() > 10, "the rule trades the swings: " + t.perf().trades());
    }

    @Test
    void aRunWithoutBarsStillWritesEveryFile(@TempDir Path dir) throws Exception {
        BacktestRecorder rec = new BacktestRecorder();
        Tearsheet t = ReportWriter.write(dir, PerformanceReport.of(100_000, rec), rec, SyntheticRun.runInfo(List.of()));
        assertEquals(0, t.perf().trades());
        assertTrue(t.explanations().quiet());
        assertTrue(Files.readString(dir.resolve("report.html")).contains("<p id=\"render-status\">"));
        assertEquals(1, Files.readAllLines(dir.resolve("trades.csv")).size(), "header only");
    }

    /** A kill-switch episode is labelled on the charts, listed with its reason and explained. */
    @Test
    void killSwitchEpisodesAreMarkedAndExplained(@TempDir Path dir) throws Exception {
        BacktestRecorder rec = new BacktestRecorder();
        InstrumentSpec spec = new InstrumentSpec("DDDUSDT", 2, 3);
        long hour = SyntheticRun.HOUR;
        for (int i = 0; i < 200; i++) {
            long t = SyntheticRun.START + (i + 1) * hour;
            rec.onBar(new Bar(spec, t - hour, t, 10_000 + i, 10_000 + i, 10_000 + i, 10_000 + i, 100));
            if (i == 50) {
                rec.onRiskEvent(new RiskEvent.KillSwitchEngaged("desk <halt> & check", true, t));
            }
            if (i == 60) {
                rec.onRiskEvent(new RiskEvent.OrderBlocked("c", "DDDUSDT", RiskCode.KILL_SWITCH, "halted", t));
            }
            if (i == 120) {
                rec.onRiskEvent(new RiskEvent.KillSwitchReset("resumed", t));
            }
            rec.onEquity(new EquityPoint(t, 10_000_000_000_000L, 0, 0, 0, 0, 0, 10_000_000_000_000L, 0));
        }
        Tearsheet t = ReportWriter.write(dir, PerformanceReport.of(100_000, rec), rec,
                SyntheticRun.runInfo(List.of("DDDUSDT")));
        assertTrue(t.why().get(0).startsWith("The kill switch was engaged at 2021-01-03 03:00 UTC (reason 'desk <halt> "
                + "& check', positions flattened) and reset at 2021-01-06 01:00 UTC (reason 'resumed'); 1 order was "
                + "refused meanwhile."), t.why().get(0));
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains(">kill switch</text>"), "labelled on the equity chart");
        assertTrue(html.contains("id=\"kill-switch\"") && html.contains("desk &lt;halt&gt; &amp; check"),
                "listed, escaped");
        assertTrue(!html.contains("desk <halt>"), "user text never becomes markup");
        assertEquals(70 * hour / (double) (199 * hour), t.explanations().haltedFraction(), 1e-12);
    }

    /** 700 trades: the page lists the first and last 250 and says where the rest is; trades.csv has all. */
    @Test
    void theTradeTableIsCappedAndTradesCsvIsComplete(@TempDir Path dir) throws Exception {
        BacktestRecorder rec = new BacktestRecorder();
        InstrumentSpec spec = new InstrumentSpec("CCCUSDT", 2, 3);
        long hour = SyntheticRun.HOUR;
        for (int i = 0; i < 1400; i++) {
            long t = SyntheticRun.START + (i + 1) * hour;
            long ticks = 10_000 + (i % 7) * 10;
            rec.onBar(new Bar(spec, t - hour, t, ticks, ticks, ticks, ticks, 100));
            OrderRequest o = OrderRequest.market("o" + i, spec, i % 2 == 0 ? Side.BUY : Side.SELL, 1000, i % 2 == 1, t,
                    "rebalance");
            rec.onOrderSubmitted(o);
            Fill f = new Fill("o" + i + "-1", "o" + i, spec, o.side(), ticks, 1000, 4_500_000, false, t);
            rec.onOrderEvent(new OrderEvent.Filled(f, OrderState.created(o).withFill(1000, ticks, t), t));
            rec.onEquity(new EquityPoint(t, 10_000_000_000_000L, 0, 0, 0, 0, 0, 10_000_000_000_000L, 0));
        }
        ReportWriter.write(dir, PerformanceReport.of(100_000, rec), rec, SyntheticRun.runInfo(List.of("CCCUSDT")));
        String html = Files.readString(dir.resolve("report.html"));
        String table = html.substring(html.indexOf("id=\"trades\""), html.indexOf("</table>", html.indexOf("id=\"trades\"")));
        assertEquals(500, java.util.regex.Pattern.compile("<tr><th>\\d+</th>").matcher(table).results().count(),
                "500 trade rows");
        assertTrue(table.contains("200 trades not shown (all in trades.csv)"));
        assertTrue(table.contains("<tr><th>250</th>") && table.contains("<tr><th>451</th>")
                && !table.contains("<tr><th>251</th>") && table.contains("<tr><th>700</th>"));
        assertEquals(701, Files.readAllLines(dir.resolve("trades.csv")).size());
        assertTrue(html.contains("the 300 largest of 700 trades"), "the price chart marks the largest trades");
        assertTrue(html.length() < 600_000, "bounded size: " + html.length());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> longs(Object map) {
        Map<String, Long> out = new java.util.TreeMap<>();
        ((Map<String, Object>) map).forEach((k, v) -> out.put(k, ((Number) v).longValue()));
        return out;
    }
}
