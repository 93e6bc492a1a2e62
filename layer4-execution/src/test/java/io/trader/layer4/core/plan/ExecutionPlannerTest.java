package io.trader.layer4.core.plan;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.Side;
import io.trader.core.exec.ParentReport;
import io.trader.layer4.core.exec.Aggression;
import io.trader.layer4.core.exec.ChildDecision;
import io.trader.layer4.core.exec.ExecutionAlgorithm;
import io.trader.layer4.core.exec.ExecutionPolicy;
import io.trader.layer4.core.exec.ExecParent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner's own rules, whatever the policy asks. BTC with cent ticks and 10^-6 lots. */
class ExecutionPlannerTest {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 6);

    /** A policy that always asks for one lot, passively. */
    static final ExecutionAlgorithm TIMID = new ExecutionAlgorithm() {
        @Override
        public String name() {
            return "timid";
        }

        @Override
        public ExecutionPolicy start(ExecParent parent) {
            return state -> new ChildDecision(1_000_000, Aggression.JOIN);
        }
    };

    @Test
    void theLastDecisionTakesTheWholeRestAtMarketWhateverThePolicyAsks() {
        List<OrderRequest> sent = new ArrayList<>();
        List<ParentReport> ended = new ArrayList<>();
        ExecutionPlanner planner = new ExecutionPlanner(OrderPolicy.DEFAULT, new ExecutionChoice(TIMID, 3, 1),
                p -> { }, ended::add);
        ExecutionPlanner.Venue venue = new ExecutionPlanner.Venue() {
            @Override
            public String send(OrderRequest child, long bar) {
                sent.add(child);
                return null;
            }

            @Override
            public void cancel(String clientId, String reason) {
            }
        };
        for (int bar = 0; bar < 3; bar++) {
            planner.onBar(BTC, bar * 60_000L, 5_000_000, 100.0);
        }
        OrderRequest leg = OrderRequest.market("bt-BTCUSDT-1", BTC, Side.BUY, 10_000_000, false, 0, "rebalance");
        planner.start(leg, 0, 3, 5_000_000);
        for (int bar = 3; bar < 6; bar++) {
            planner.work(BTC, bar * 60_000L, bar, venue);
        }
        assertEquals(3, sent.size(), sent.toString());
        assertEquals(OrderType.LIMIT, sent.get(0).type());
        assertEquals(1_000_000, sent.get(0).quantityLots());
        OrderRequest last = sent.get(2);
        assertEquals(OrderType.MARKET, last.type(), "the last decision goes at market");
        // nothing filled (the venue here never answers): children 1 and 2 still count as working, so the rest is 8
        assertEquals(8_000_000, last.quantityLots(), "the whole rest, not the policy's one lot");
        assertTrue(ended.isEmpty());
    }
}
