package io.trader.layer4.core.book;

import io.trader.core.domain.Side;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.trader.layer4.core.book.Books.diff;
import static io.trader.layer4.core.book.Books.l;
import static io.trader.layer4.core.book.Books.trade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookSimulatorTest {

    private static final SimConfig NO_COST = new SimConfig(0, 0, 0, 0);

    private static BookSimulator warm(SimConfig config) {
        BookSimulator sim = new BookSimulator(config, SequenceCheck.Rule.SPOT);
        sim.onEvent(Books.threeByThree(0));
        return sim;
    }

    private static List<SimReport.Fill> fills(List<SimReport> reports) {
        return reports.stream().filter(SimReport.Fill.class::isInstance).map(SimReport.Fill.class::cast).toList();
    }

    @Test
    void marketBuyWalksThreeLevelsAndConsumesThem() {
        BookSimulator sim = warm(NO_COST);
        sim.submit(new OrderCommand.Market(1, 10, Side.BUY, 12));
        sim.runDue(10);
        List<SimReport.Fill> fills = fills(sim.drainReports());
        assertEquals(3, fills.size());
        assertEquals(List.of(100L, 101L, 102L), fills.stream().map(SimReport.Fill::priceTick).toList());
        assertEquals(List.of(4L, 6L, 2L), fills.stream().map(SimReport.Fill::lots).toList());
        assertTrue(fills.stream().allMatch(f -> f.liquidity() == SimReport.Liquidity.TAKER));
        assertEquals(102, sim.book().bestAsk());
        assertEquals(6, sim.book().asks().lotsAt(0));
    }

    @Test
    void marketOrderLargerThanTheBookIsPartlyFilledAndReportsTheRest() {
        BookSimulator sim = warm(NO_COST);
        sim.submit(new OrderCommand.Market(1, 0, Side.SELL, 50));
        sim.runDue(0);
        List<SimReport> reports = sim.drainReports();
        assertEquals(35, fills(reports).stream().mapToLong(SimReport.Fill::lots).sum());
        SimReport.Unfilled rest = assertInstanceOf(SimReport.Unfilled.class, reports.get(reports.size() - 1));
        assertEquals(15, rest.lots());
        assertTrue(sim.book().bids().isEmpty());
    }

    @Test
    void limitOrderQueuesBehindTheLevelAndFillsOnlyAfterTheQueueIsConsumed() {
        BookSimulator sim = warm(NO_COST);
        sim.submit(new OrderCommand.Limit(7, 1, Side.BUY, 98, 3));
        sim.onEvent(trade(2, 99, 1, true));
        SimReport.Resting resting = assertInstanceOf(SimReport.Resting.class, sim.drainReports().get(0));
        assertEquals(10, resting.queueAheadLots());

        sim.onEvent(trade(3, 98, 6, true));
        assertTrue(sim.drainReports().isEmpty(), "6 of the 10 ahead traded: no fill yet");
        sim.onEvent(trade(4, 98, 2, false));
        assertTrue(sim.drainReports().isEmpty(), "a buyer-aggressor trade does not fill a resting bid");
        sim.onEvent(trade(5, 98, 5, true));
        List<SimReport.Fill> fills = fills(sim.drainReports());
        assertEquals(1, fills.size());
        assertEquals(1, fills.get(0).lots(), "4 left ahead of 5 traded: 1 fills");
        assertEquals(SimReport.Liquidity.MAKER, fills.get(0).liquidity());
        sim.onEvent(trade(6, 97, 9, true));
        assertEquals(2, fills(sim.drainReports()).get(0).lots(), "a trade through the price fills the rest");
        assertEquals(0, sim.restingCount());
    }

    @Test
    void aLevelShrinkingBelowTheQueueAheadCapsIt() {
        BookSimulator sim = warm(NO_COST);
        sim.submit(new OrderCommand.Limit(7, 1, Side.SELL, 101, 2));
        sim.onEvent(diff(2, 11, 11, l(), l(), l(101), l(8)));
        sim.drainReports();
        sim.onEvent(diff(3, 12, 12, l(), l(), l(101), l(3)));
        sim.onEvent(trade(4, 101, 4, false));
        List<SimReport.Fill> fills = fills(sim.drainReports());
        assertEquals(1, fills.get(0).lots(), "queue ahead was 6 (size at arrival), capped to 3 by the diff");
    }

    @Test
    void anOrderTakesEffectOnlyAfterItsLatencyAndSeesTheBookThen() {
        SimConfig config = new SimConfig(1_000, 200, 0, 0);
        BookSimulator sim = warm(config);
        sim.submit(new OrderCommand.Market(1, 10_000, Side.BUY, 4));
        sim.onEvent(diff(11_000, 11, 11, l(), l(), l(100), l(1)));
        assertTrue(sim.drainReports().isEmpty(), "exchange time 10_800 < due 11_000");
        sim.onEvent(diff(11_200, 12, 12, l(), l(), l(100), l(2)));
        List<SimReport> reports = sim.drainReports();
        List<SimReport.Fill> fills = fills(reports);
        assertEquals(1, fills.get(0).lots(),
                "sees the diff received at 11_000 (exchange 10_800), runs before the one at exchange 11_000 (ties: order first)");
        assertEquals(11_000, fills.get(0).exchangeNs());
        assertEquals(11_200, fills.get(0).reportNs());
        assertEquals(101, fills.get(1).priceTick());
        assertEquals(3, fills.get(1).lots());
        assertEquals(2, sim.book().asks().sizeAt(100), "the later diff's absolute size overwrites the consumed level");
    }

    @Test
    void ordersAreExecutedInOrderOfEffectiveTime() {
        BookSimulator sim = warm(new SimConfig(500, 0, 0, 0));
        sim.submit(new OrderCommand.Market(2, 300, Side.BUY, 1));
        sim.submit(new OrderCommand.Market(1, 100, Side.BUY, 4));
        sim.runDue(1_000);
        List<SimReport.Fill> fills = fills(sim.drainReports());
        assertEquals(1, fills.get(0).orderId());
        assertEquals(100, fills.get(0).priceTick());
        assertEquals(2, fills.get(1).orderId());
        assertEquals(101, fills.get(1).priceTick());
    }

    @Test
    void feesFollowTheLiquidityFlagAndRoundUp() {
        BookSimulator sim = warm(new SimConfig(0, 0, 200, 1_000));
        sim.submit(new OrderCommand.Market(1, 0, Side.BUY, 4));
        sim.submit(new OrderCommand.Limit(2, 0, Side.SELL, 101, 1));
        sim.runDue(0);
        sim.onEvent(trade(1, 102, 1, false));
        List<SimReport.Fill> fills = fills(sim.drainReports());
        assertEquals(1, fills.get(0).fee(), "400 x 0.1% = 0.4, rounded up to 1");
        assertEquals(SimReport.Liquidity.MAKER, fills.get(1).liquidity());
        assertEquals(1, fills.get(1).fee(), "101 x 0.02% rounded up");
        assertEquals(20_000, SimConfig.fee(10_000_000, 2_000));
        assertEquals(-2, SimConfig.fee(10_000, -200), "a rebate");
    }

    @Test
    void crossingLimitTakesThenRestsTheRemainderAndCancelReportsWhatWasLeft() {
        BookSimulator sim = warm(NO_COST);
        sim.submit(new OrderCommand.Limit(3, 0, Side.BUY, 100, 10));
        sim.submit(new OrderCommand.Cancel(3, 5));
        sim.submit(new OrderCommand.Cancel(9, 5));
        sim.runDue(5);
        List<SimReport> reports = sim.drainReports();
        assertEquals(4, fills(reports).get(0).lots());
        SimReport.Resting resting = assertInstanceOf(SimReport.Resting.class, reports.get(1));
        assertEquals(6, resting.lots());
        assertEquals(0, resting.queueAheadLots());
        SimReport.Canceled canceled = assertInstanceOf(SimReport.Canceled.class, reports.get(2));
        assertEquals(6, canceled.lots());
        assertTrue(canceled.wasResting());
        assertEquals(false, assertInstanceOf(SimReport.Canceled.class, reports.get(3)).wasResting());
    }

    @Test
    void ourOrdersAtOnePriceShareATradeInTimePriorityNeverFillingMoreThanItsVolume() {
        BookSimulator sim = warm(NO_COST);
        sim.submit(new OrderCommand.Limit(1, 0, Side.BUY, 99, 4)); // behind 5
        sim.submit(new OrderCommand.Limit(2, 0, Side.BUY, 99, 4)); // behind 5 (our first is ahead too)
        sim.runDue(0);
        sim.drainReports();
        sim.onEvent(trade(1, 99, 11, true)); // 5 ahead, then 4 for order 1, then 2 for order 2
        List<SimReport.Fill> fills = fills(sim.drainReports());
        assertEquals(List.of(1L, 2L), fills.stream().map(SimReport.Fill::orderId).toList());
        assertEquals(List.of(4L, 2L), fills.stream().map(SimReport.Fill::lots).toList());
        assertEquals(1, sim.restingCount());
    }

    @Test
    void aTradeThroughSeveralOfOurLevelsFillsTheBetterPriceFirst() {
        BookSimulator sim = warm(NO_COST);
        sim.submit(new OrderCommand.Limit(1, 0, Side.BUY, 97, 3));  // sent first, worse price
        sim.submit(new OrderCommand.Limit(2, 0, Side.BUY, 98, 3));
        sim.runDue(0);
        sim.drainReports();
        sim.onEvent(trade(1, 96, 4, true)); // a sell swept below both
        List<SimReport.Fill> fills = fills(sim.drainReports());
        assertEquals(List.of(2L, 1L), fills.stream().map(SimReport.Fill::orderId).toList());
        assertEquals(List.of(3L, 1L), fills.stream().map(SimReport.Fill::lots).toList(), "4 lots in all");
    }
}
