package io.trader.layer5.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BreakersTest {

    static final long HOUR = 3_600_000;
    static final long DAY = 24 * HOUR;
    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 3);

    final List<RiskEvent> events = new ArrayList<>();

    /** An equity point at {@code hours} after the epoch with {@code equity} whole USDT. */
    static EquityPoint point(long hours, long equity) {
        long cash = equity * Money.ONE;
        return new EquityPoint(hours * HOUR, cash, cash, 0, 0, 0, 0, cash, 0);
    }

    private RiskEngine engine(double dailyLoss, double drawdown) {
        RiskLimits limits = new RiskLimits(Long.MAX_VALUE / 4, 100, Long.MAX_VALUE / 4, 10_000, dailyLoss, drawdown);
        return new RiskEngine(limits, new KillSwitch(events::add), events::add);
    }

    private static RiskCode code(RiskEngine risk, Side side, long position) {
        OrderRequest request = OrderRequest.market("c", BTC, side, 10, false, 0, "");
        var decision = risk.check(request, new PortfolioStub(position, 0, 5_000_000, 100_000 * Money.ONE, 0));
        return decision.approved() ? null : decision.code();
    }

    @Test
    void dailyLossTripsOnceAndClearsOnTheNextUtcDay() {
        RiskEngine risk = engine(0.05, 0.5);
        risk.onEquity(point(1, 100_000)); // start of day 0
        risk.onEquity(point(2, 96_000));  // -4%
        assertFalse(risk.halted());
        risk.onEquity(point(3, 95_000));  // -5%: trips
        risk.onEquity(point(4, 90_000));  // still tripped, no second event
        assertTrue(risk.halted());
        assertEquals(RiskCode.BREAKER_HALT, code(risk, Side.BUY, 100));
        assertEquals(null, code(risk, Side.SELL, 100)); // reduces the long

        risk.onEquity(point(25, 90_000)); // day 1: clears, 90 000 is the new start of day
        assertFalse(risk.halted());
        risk.onEquity(point(26, 85_000)); // -5.56% of 90 000: trips again

        String first = "equity 95000 is 5.00% below start of day 100000 (limit 5.00%)";
        String second = "equity 85000 is 5.56% below start of day 90000 (limit 5.00%)";
        assertEquals(List.of(
                new RiskEvent.BreakerTripped("daily_loss", first, 3 * HOUR),
                new RiskEvent.OrderBlocked("c", "BTCUSDT", RiskCode.BREAKER_HALT, "halted by daily_loss", 0),
                new RiskEvent.BreakerCleared("daily_loss", "new UTC day", 25 * HOUR),
                new RiskEvent.BreakerTripped("daily_loss", second, 26 * HOUR)), events);
        assertEquals(List.of(new BreakerState("daily_loss", true, second, 26 * HOUR),
                new BreakerState("max_drawdown", false, "", 0)), risk.breakerStates());
    }

    @Test
    void drawdownBreakerLatchesAcrossDaysUntilReset() {
        RiskEngine risk = engine(1.0, 0.20);
        risk.onEquity(point(0, 100_000));
        risk.onEquity(point(1, 120_000)); // peak
        risk.onEquity(point(2, 96_000));  // 20% below peak: trips
        risk.onEquity(point(30, 130_000)); // new day, new high: still latched
        assertTrue(risk.halted());

        risk.resetBreakers("operator", 31 * HOUR);
        assertFalse(risk.halted());
        risk.onEquity(point(32, 105_000)); // 19.2% below 130 000 (the re-armed peak)
        assertFalse(risk.halted());
        risk.onEquity(point(33, 104_000)); // 20%: trips again

        assertEquals(List.of(
                new RiskEvent.BreakerTripped("max_drawdown",
                        "equity 96000 is 20.00% below peak 120000 (limit 20.00%)", 2 * HOUR),
                new RiskEvent.BreakerCleared("max_drawdown", "reset: operator", 31 * HOUR),
                new RiskEvent.BreakerTripped("max_drawdown",
                        "equity 104000 is 20.00% below peak 130000 (limit 20.00%)", 33 * HOUR)), events);
    }

    @Test
    void breakerMemorySurvivesARestart() {
        RiskEngine before = engine(0.05, 0.20);
        before.onEquity(point(0, 100_000));
        before.onEquity(point(1, 94_000));
        BreakerMemory saved = before.breakerMemory();
        events.clear();

        RiskEngine after = engine(0.05, 0.20);
        after.restoreBreakers(saved);
        assertTrue(after.halted());
        assertEquals(before.breakerStates(), after.breakerStates());
        after.onEquity(point(2, 75_000)); // drawdown measured from the restored peak of 100 000
        assertEquals(1, events.size());
        assertEquals("max_drawdown", ((RiskEvent.BreakerTripped) events.get(0)).breaker());
        assertEquals(new BreakerMemory(0, 100_000 * Money.ONE, 100_000 * Money.ONE,
                saved.dailyLoss(), after.breakerStates().get(1)), after.breakerMemory());
    }
}
