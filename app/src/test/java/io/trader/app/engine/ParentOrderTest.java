package io.trader.app.engine;

import io.trader.app.report.BacktestRecorder;
import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderType;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskEvent;
import io.trader.core.exec.ParentOrder;
import io.trader.core.exec.ParentReport;
import io.trader.core.market.Bar;
import io.trader.core.port.TradingListener;
import io.trader.core.signal.Sizer;
import io.trader.layer0.core.IncrementalFeatureEngine;
import io.trader.layer1.core.SmaCrossRuleAlpha;
import io.trader.layer2.core.PassThroughEnsemble;
import io.trader.layer3.core.book.EachInstrument;
import io.trader.layer4.core.PaperExchange;
import io.trader.layer4.core.PaperExchangeConfig;
import io.trader.layer4.core.exec.Aggression;
import io.trader.layer4.core.exec.TwapAlgorithm;
import io.trader.layer4.core.plan.ExecutionChoice;
import io.trader.layer5.core.KillSwitch;
import io.trader.layer5.core.Portfolio;
import io.trader.layer5.core.RiskEngine;
import io.trader.layer5.core.RiskLimits;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parent orders through the whole engine on the paper venue: a target move becomes one parent worked by TWAP in
 * children (one per bar), checked by the risk gate on its whole size and child by child; the kill switch and a
 * reversed target cancel it; its report carries arrival, average fill and shortfall. BTC with cent ticks and
 * 10^-6 lots; 100,000 USDT; targets scripted bar by bar.
 */
class ParentOrderTest {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 6);
    static final long HOUR = 3_600_000L;
    static final long UNIT = 1_000_000L;

    final long[] target = {0};
    final Sizer scripted = (forecast, features, current, equity, out) -> out.set(target[0], 0, 0, "");
    final BacktestRecorder rec = new BacktestRecorder();
    final SimulatedClock clock = new SimulatedClock(0);
    final Portfolio portfolio = new Portfolio(100_000 * Money.ONE);
    final List<RiskEvent> riskEvents = new ArrayList<>();
    final List<ParentOrder> started = new ArrayList<>();
    final List<ParentReport> ended = new ArrayList<>();
    TradingEngine engine;
    RiskEngine risk;

    void build(RiskLimits limits, int decisions) {
        ForwardingOrderListener orders = new ForwardingOrderListener();
        PaperExchange paper = new PaperExchange(PaperExchangeConfig.DEFAULT, orders, clock);
        TradingEngine[] holder = new TradingEngine[1];
        risk = new RiskEngine(limits, new KillSwitch(e -> holder[0].onRiskEvent(e)), e -> {
            riskEvents.add(e);
            holder[0].onRiskEvent(e);
        });
        TradingListener parents = new TradingListener() {
            @Override
            public void onParentOrder(ParentOrder parent) {
                started.add(parent);
            }

            @Override
            public void onParentDone(ParentReport report) {
                ended.add(report);
            }
        };
        engine = new TradingEngine(EngineConfig.DEFAULT, spec -> new InstrumentPipeline(spec,
                new IncrementalFeatureEngine(), List.of(new SmaCrossRuleAlpha(10, 30)), new PassThroughEnsemble(),
                scripted), paper, paper, risk, portfolio, new CompositeListener(List.of(rec, parents)),
                new EachInstrument("per-instrument"),
                new ExecutionChoice(new TwapAlgorithm(Aggression.MARKET), decisions, 1));
        holder[0] = engine;
        orders.setTarget(engine);
    }

    /** Bar i opens at hour i and closes at hour i + 1; prices in whole USDT, volume ample. */
    void bar(int i, long open, long close, long targetUnits) {
        target[0] = targetUnits * UNIT;
        Bar b = new Bar(BTC, i * HOUR, (i + 1) * HOUR, open * 100, Math.max(open, close) * 100,
                Math.min(open, close) * 100, close * 100, 1e9);
        clock.advanceTo(b.closeTime());
        engine.onBar(b);
        engine.completeStep();
    }

    @Test
    void aMoveIsOneParentWorkedInTwapChildrenAndReportedWithItsShortfall() {
        build(RiskLimits.DEFAULT, 4);
        bar(0, 100, 100, 400);                    // buy 400 BTC: a parent of 4 decisions, the first child now
        assertEquals(1, started.size());
        ParentOrder parent = started.get(0);
        assertEquals(400 * UNIT, parent.lots());
        assertEquals("twap", parent.algorithm());
        assertEquals(300 * UNIT, engine.planner().unsentLots(BTC), "the parent's remainder counts as open");
        bar(1, 101, 101, 400);                    // child 1 fills at this open; child 2 goes
        bar(2, 102, 102, 400);
        bar(3, 103, 103, 400);                    // the last child
        assertEquals(1, started.size(), "the target is met by the working parent: no second parent");
        bar(4, 104, 104, 400);                    // the last child fills: done
        List<OrderRequest> orders = rec.orders();
        assertEquals(4, orders.size(), orders.toString());
        for (int k = 0; k < 4; k++) {
            OrderRequest child = orders.get(k);
            assertEquals(parent.parentId(), child.parentId());
            assertEquals(parent.parentId() + "-c" + (k + 1), child.clientId());
            assertEquals(100 * UNIT, child.quantityLots());
            assertEquals(OrderType.MARKET, child.type());
        }
        assertEquals(400 * UNIT, portfolio.positionLots(BTC));
        assertEquals(1, ended.size());
        ParentReport r = ended.get(0);
        assertEquals(ParentReport.Status.DONE, r.status());
        assertEquals(400 * UNIT, r.filledLots());
        assertEquals(4, r.children());
        assertEquals(10_000, r.arrivalTicks(), "arrival: the close the parent was decided at");
        double avg = rec.fills().stream().mapToDouble(f -> (double) f.priceTicks() * f.qtyLots()).sum()
                / rec.fills().stream().mapToLong(Fill::qtyLots).sum();
        assertEquals(avg, r.averageTicks(), 1e-9);
        assertEquals((avg - 10_000) / 10_000 * 10_000, r.shortfallBps(), 1e-9);
        assertTrue(r.shortfallBps() > 150, "fills at 101..104 cost more than 1.5% vs 100: " + r.shortfallBps());
        // TWAP benchmark: the closes at the 4 decisions (100..103) average 101.5
        assertEquals((avg - 10_150) / 10_150 * 10_000, r.vsTwapBps(), 1e-9);
        assertEquals(0, engine.planner().unsentLots(BTC));
    }

    @Test
    void theKillSwitchCancelsAWorkingParentAndItsChildren() {
        build(RiskLimits.DEFAULT, 4);
        bar(0, 100, 100, 400);
        bar(1, 100, 100, 400);                    // child 1 filled, child 2 working
        long t = clock.millis();
        risk.killSwitch().engage("test", false, t);
        engine.onKillSwitchEngaged(false, t);
        assertEquals(1, ended.size());
        assertEquals(ParentReport.Status.CANCELLED, ended.get(0).status());
        assertEquals("kill switch engaged", ended.get(0).reason());
        assertEquals(100 * UNIT, ended.get(0).filledLots());
        int sent = rec.orders().size();
        bar(2, 100, 100, 400);
        bar(3, 100, 100, 400);
        assertEquals(sent, rec.orders().size(), "no child after the kill switch: " + rec.orders());
        assertEquals(100 * UNIT, portfolio.positionLots(BTC), "the working child was cancelled, not filled");
        assertEquals(0, engine.planner().unsentLots(BTC));
        assertTrue(engine.planner().workingParents().isEmpty());
    }

    @Test
    void theRiskGateChecksTheParentOnItsWholeSize() {
        // a 20,000 USDT position limit: the first 100 BTC child (10,000) alone would pass; the 400 BTC parent not
        build(new RiskLimits(100_000 * Money.ONE, 3.0, 20_000 * Money.ONE, 500, 0.05, 0.20), 4);
        bar(0, 100, 100, 400);
        assertTrue(started.isEmpty(), "refused on its whole size: no parent");
        assertTrue(rec.orders().isEmpty());
        assertTrue(riskEvents.stream().anyMatch(e -> e instanceof RiskEvent.OrderBlocked b
                && b.code() == RiskCode.MAX_POSITION), riskEvents.toString());
    }

    @Test
    void aReversedTargetCancelsTheWorkingParent() {
        build(RiskLimits.DEFAULT, 4);
        bar(0, 100, 100, 400);
        bar(1, 100, 100, 400);                    // 100 filled, child 2 working
        bar(2, 100, 100, -100);                   // the target reverses: the buy parent is cancelled
        assertEquals(1, ended.size());
        assertEquals(ParentReport.Status.CANCELLED, ended.get(0).status());
        assertEquals("the target reversed", ended.get(0).reason());
        assertEquals(200 * UNIT, portfolio.positionLots(BTC), "children 1 and 2 filled at the opens of bars 1, 2");
        bar(3, 100, 100, -100);                   // the next step works the new target from the actual position:
        assertEquals(2, started.size(), started.toString()); // a flip: the exit parent first
        assertTrue(started.get(1).reduceOnly(), "towards zero first: the exit leg");
        assertEquals(200 * UNIT, started.get(1).lots());
        for (int i = 4; i < 12; i++) {
            bar(i, 100, 100, -100);               // exit children at bars 3..6, done at 7; the new side 7..10
        }
        assertEquals(3, started.size(), started.toString());
        assertEquals(100 * UNIT, started.get(2).lots());
        assertEquals(8 * HOUR, started.get(2).createdMillis(), "planned at the step the exit parent ended");
        assertEquals(-100 * UNIT, portfolio.positionLots(BTC), ended + "\n" + rec.orders() + "\n" + rec.fills());
        assertEquals(3, ended.size());
        assertEquals(ParentReport.Status.DONE, ended.get(1).status());
        assertEquals(ParentReport.Status.DONE, ended.get(2).status());
    }
}
