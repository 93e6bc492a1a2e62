package io.trader.layer5.core;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskDecision;
import io.trader.core.event.RiskEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.trader.layer5.core.RiskEngineTest.BTC;
import static io.trader.layer5.core.RiskEngineTest.LAST;
import static io.trader.layer5.core.RiskEngineTest.LIMITS;
import static io.trader.layer5.core.RiskEngineTest.USDT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The operator's pause: new risk is refused with PAUSED while exits still pass; resume lets entries through
 * again; the kill switch still wins over both.
 */
class PauseTest {

    final List<RiskEvent> events = new ArrayList<>();
    final KillSwitch killSwitch = new KillSwitch(events::add);
    final RiskEngine risk = new RiskEngine(LIMITS, killSwitch, events::add);

    private static OrderRequest order(Side side, long lots, boolean reduceOnly) {
        return OrderRequest.market("c1", BTC, side, lots, reduceOnly, 77, "rebalance");
    }

    @Test
    void pauseRefusesEntriesButLetsExitsThrough() {
        PortfolioStub longPosition = new PortfolioStub(100, 0, LAST, 100_000 * USDT, 5_000 * USDT);
        RiskEngine.Pause p = risk.pause("operator stop", 1000);
        assertEquals(new RiskEngine.Pause("operator stop", 1000), p);

        RiskDecision entry = risk.check(order(Side.BUY, 50, false), longPosition);
        assertEquals(RiskDecision.reject(RiskCode.PAUSED, "trading paused: operator stop"), entry);
        assertEquals(List.of(new RiskEvent.OrderBlocked("c1", "BTCUSDT", RiskCode.PAUSED,
                "trading paused: operator stop", 77)), events);
        assertSame(RiskDecision.APPROVED, risk.check(order(Side.SELL, 100, true), longPosition), "exit to flat");
        assertSame(RiskDecision.APPROVED, risk.check(order(Side.SELL, 40, false), longPosition), "partial exit");
        assertEquals(RiskCode.PAUSED, risk.check(order(Side.SELL, 150, false), longPosition).code(),
                "a flip opens a short: refused as a whole");

        assertEquals(p, risk.pause("again", 2000), "pausing again keeps the first reason and time");
        risk.resume();
        assertNull(risk.paused());
        assertSame(RiskDecision.APPROVED, risk.check(order(Side.BUY, 50, false), longPosition));
    }

    @Test
    void theKillSwitchStillRefusesExitsWhilePaused() {
        PortfolioStub longPosition = new PortfolioStub(100, 0, LAST, 100_000 * USDT, 5_000 * USDT);
        risk.pause("operator stop", 1000);
        killSwitch.engage("stop everything", false, 1000);
        assertEquals(RiskCode.KILL_SWITCH, risk.check(order(Side.SELL, 100, true), longPosition).code());
    }
}
