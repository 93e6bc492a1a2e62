package io.trader.app.report;

import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run's risk events become explanations: which breaker tripped, when, why, until when, and what it blocked. */
class ExplanationsTest {

    private static final long DAY = 86_400_000L;

    /**
     * Run from 0 to 200 days. max_drawdown trips at day 100 and never clears; daily_loss trips at 140 and clears
     * at 160; the kill switch is engaged at 170 and reset at 180. Refused orders: BTC at 110 and 150 (breaker),
     * ETH at 120 (breaker), BTC at 130 (max notional).
     * Blocked while max_drawdown was tripped (day 100 on): all 4; while daily_loss was (140..160): 1 (day 150);
     * while the kill switch was (170..180): 0. Halted: [100, 200] covers the others: 100 of 200 days = 0.5.
     */
    @Test
    void tripsKillSwitchAndRefusalsByHand() {
        List<RiskEvent> events = List.of(
                new RiskEvent.BreakerTripped("max_drawdown", "equity 80000 is 20.00% below peak 100000 (limit 20.00%)",
                        100 * DAY),
                blocked("BTCUSDT", RiskCode.BREAKER_HALT, 110),
                blocked("ETHUSDT", RiskCode.BREAKER_HALT, 120),
                blocked("BTCUSDT", RiskCode.MAX_NOTIONAL, 130),
                new RiskEvent.BreakerTripped("daily_loss", "equity 78000 is 5.10% below start of day", 140 * DAY),
                blocked("BTCUSDT", RiskCode.BREAKER_HALT, 150),
                new RiskEvent.BreakerCleared("daily_loss", "new UTC day", 160 * DAY),
                new RiskEvent.KillSwitchEngaged("operator halt", true, 170 * DAY),
                new RiskEvent.KillSwitchReset("checked", 180 * DAY));
        Explanations x = Explanations.of(events, 0, 200 * DAY);

        assertEquals(2, x.trips().size());
        Explanations.Trip dd = x.trips().get(0);
        assertEquals("max_drawdown", dd.breaker());
        assertEquals(100 * DAY, dd.trippedAt());
        assertNull(dd.clearedAt(), "a latched breaker never clears by itself");
        assertEquals(4, dd.blocked());
        Explanations.Trip daily = x.trips().get(1);
        assertEquals(160 * DAY, daily.clearedAt());
        assertEquals("new UTC day", daily.clearedDetail());
        assertEquals(1, daily.blocked());
        assertEquals(1, x.killSwitch().size());
        assertEquals(180 * DAY, x.killSwitch().get(0).resetAt());
        assertEquals(0, x.killSwitch().get(0).blocked());
        assertEquals(4, x.blocked());
        assertEquals(Map.of("breaker_halt", 3L, "max_notional", 1L), x.blockedByReason());
        assertEquals(Map.of("BTCUSDT", 3L, "ETHUSDT", 1L), x.blockedByInstrument());
        assertEquals(Map.of("breaker_halt", 2L, "max_notional", 1L), x.blockedByInstrumentAndReason().get("BTCUSDT"));
        assertEquals(0.5, x.haltedFraction(), 1e-12);

        List<String> why = ExplanationText.sentences(x, 0, 200 * DAY);
        assertTrue(why.get(0).startsWith("The max_drawdown breaker tripped at 1970-04-11 00:00 UTC: equity 80000 "
                + "is 20.00% below peak 100000 (limit 20.00%). It never cleared: it stayed latched for the last 100 "
                + "days of the run (50% of it), and 4 orders were refused meanwhile"), why.get(0));
        assertTrue(why.get(1).contains("daily_loss breaker tripped") && why.get(1).contains("It cleared at"),
                why.get(1));
        assertTrue(why.get(2).startsWith("The kill switch was engaged at") && why.get(2).contains("reset at"),
                why.get(2));
        assertTrue(why.get(3).startsWith("The risk layer refused 4 orders: breaker_halt 3, max_notional 1; by "
                + "instrument BTCUSDT 3, ETHUSDT 1."), why.get(3));
    }

    @Test
    void aQuietRunSaysSo() {
        Explanations x = Explanations.of(List.of(), 0, DAY);
        assertTrue(x.quiet());
        assertEquals(List.of("No breaker tripped, the kill switch was not engaged and the risk layer refused no "
                + "order."), ExplanationText.sentences(x, 0, DAY));
    }

    /** A breaker that trips every day is summarised in one sentence, not one per trip. */
    @Test
    void manyTripsAreSummarised() {
        List<RiskEvent> events = new java.util.ArrayList<>();
        for (int d = 0; d < 10; d++) {
            events.add(new RiskEvent.BreakerTripped("daily_loss", "loss " + d, d * DAY + 1000));
            events.add(blocked("BTCUSDT", RiskCode.BREAKER_HALT, d + 0.5));
            events.add(new RiskEvent.BreakerCleared("daily_loss", "new UTC day", (d + 1) * DAY));
        }
        List<String> why = ExplanationText.sentences(Explanations.of(events, 0, 10 * DAY), 0, 10 * DAY);
        assertTrue(why.get(0).startsWith("The daily_loss breaker tripped 10 times between 1970-01-01 and "
                + "1970-01-10 (first: loss 0)"), why.get(0));
        assertTrue(why.get(0).contains("10 orders were refused while it was tripped"), why.get(0));
    }

    private static RiskEvent.OrderBlocked blocked(String symbol, RiskCode code, double day) {
        return new RiskEvent.OrderBlocked("c-" + symbol + "-" + day, symbol, code, code.text(), (long) (day * DAY));
    }

    @Test
    void driftFindingsAreGroupedByInstrumentAndSubjectWithTheFirstReason() {
        List<RiskEvent> events = List.of(
                new RiskEvent.ModelDrift("BTCUSDT", "trend-logit", "page-hinkley", "down_weight",
                        "mean loss rose from 0.690 to 0.742 over 120 samples", 10 * DAY),
                new RiskEvent.ModelDrift("ETHUSDT", "ensemble", "page-hinkley", "retrain", "loss rose", 11 * DAY),
                new RiskEvent.ModelDrift("BTCUSDT", "trend-logit", "page-hinkley", "suspend", "again", 12 * DAY),
                new RiskEvent.ModelDrift("BTCUSDT", "trend-logit", "page-hinkley", "restore", "recovered", 20 * DAY));
        Explanations x = Explanations.of(events, 0, 30 * DAY);
        assertEquals(2, x.drift().size());
        Explanations.Drift btc = x.drift().get(0);
        assertEquals("trend-logit", btc.subject());
        assertEquals(Map.of("down_weight", 1L, "suspend", 1L, "restore", 1L), btc.actions());
        assertEquals(10 * DAY, btc.firstAt());
        assertTrue(btc.firstDetail().contains("0.690 to 0.742"), btc.firstDetail());
        assertTrue(x.quiet(), "drift is reported, but it halts nothing");
        List<String> why = ExplanationText.sentences(x, 0, 30 * DAY);
        assertTrue(why.contains("Drift in the BTCUSDT ensemble, trend-logit: down_weight 1, restore 1, suspend 1; "
                + "first at 1970-01-11 00:00 UTC: trend-logit down_weight (page-hinkley): mean loss rose from 0.690 "
                + "to 0.742 over 120 samples."), String.valueOf(why));
    }

    @Test
    void sizingFallbacksAreCountedByStateWithTheFirstReason() {
        List<RiskEvent> events = List.of(
                new RiskEvent.SizingFallback("max-sharpe", "INFEASIBLE", "turnover limit 0.1 below the band", 3 * DAY),
                new RiskEvent.SizingFallback("max-sharpe", "FAILED", "covariance not positive definite", 4 * DAY),
                new RiskEvent.SizingFallback("max-sharpe", "INFEASIBLE", "again", 5 * DAY));
        Explanations x = Explanations.of(events, 0, 30 * DAY);
        assertEquals(3, x.fallbacks().steps());
        assertEquals(Map.of("INFEASIBLE", 2L, "FAILED", 1L), x.fallbacks().byState());
        assertEquals(3 * DAY, x.fallbacks().firstAt());
        List<String> why = ExplanationText.sentences(x, 0, 30 * DAY);
        assertTrue(why.contains("The portfolio sizer failed at 3 steps (FAILED 1, INFEASIBLE 2) and kept the previous "
                + "targets there; first at 1970-01-04 00:00 UTC: max-sharpe failed (INFEASIBLE): turnover limit 0.1 "
                + "below the band; previous targets kept."), String.valueOf(why));
    }
}
