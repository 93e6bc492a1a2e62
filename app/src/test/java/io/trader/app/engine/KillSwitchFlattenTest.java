package io.trader.app.engine;

import io.trader.app.config.TraderSettings;
import io.trader.app.report.BacktestRecorder;
import io.trader.app.run.Assembly;
import io.trader.app.run.SessionParts;
import io.trader.core.domain.OrderRequest;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.testing.SharedData;
import io.trader.layer0.service.CandleFileReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Engaging the kill switch with flatten closes every position and lets no other order through. */
class KillSwitchFlattenTest {

    @Test
    void flattenClosesThePositionAndNothingElseTrades() throws Exception {
        List<Bar> bars = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H)).bars();
        BacktestRecorder rec = new BacktestRecorder();
        SessionParts parts = SessionParts.paper(TraderSettings.defaults(), Assembly.SMA_CROSS, 1, "ks", rec,
                Runnable::run);
        int i = 0;
        while (parts.portfolio.positions().stream().allMatch(p -> p.lots() == 0) || i < 500) {
            Bar b = bars.get(i++);
            parts.clock.advanceTo(b.closeTime());
            parts.engine.onBar(b);
            parts.engine.completeStep();
        }
        long held = parts.portfolio.positions().get(0).lots();
        assertTrue(held > 0, "long before the halt");
        long engagedAt = parts.clock.millis();
        int ordersBefore = rec.orders().size();
        parts.killSwitch.engage("test", true, engagedAt);
        parts.engine.onKillSwitchEngaged(true, engagedAt);
        for (; i < bars.size(); i++) {
            parts.clock.advanceTo(bars.get(i).closeTime());
            parts.engine.onBar(bars.get(i));
            parts.engine.completeStep();
        }
        parts.engine.completeStep();

        assertEquals(0, parts.portfolio.positions().get(0).lots(), "flat after the flatten order filled");
        List<OrderRequest> after = rec.orders().subList(ordersBefore, rec.orders().size());
        assertEquals(1, after.size(), "exactly one order after the kill switch: " + after);
        assertEquals("kill-switch-flatten", after.get(0).reason());
        assertTrue(after.get(0).reduceOnly());
        assertEquals(held, after.get(0).quantityLots());
        assertTrue(rec.riskEvents().stream().anyMatch(e -> e instanceof RiskEvent.KillSwitchEngaged));
        assertTrue(rec.riskEvents().stream().anyMatch(e -> e instanceof RiskEvent.OrderBlocked b
                && b.code() == RiskCode.KILL_SWITCH), "the strategy kept trying and was refused");
    }
}
