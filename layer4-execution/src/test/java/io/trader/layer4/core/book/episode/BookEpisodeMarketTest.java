package io.trader.layer4.core.book.episode;

import io.trader.core.domain.Side;
import io.trader.layer4.core.book.MarketEvent;
import io.trader.layer4.core.book.SequenceCheck;
import io.trader.layer4.core.book.SimConfig;
import io.trader.layer4.core.exec.Aggression;
import io.trader.layer4.core.exec.ChildDecision;
import io.trader.layer4.core.exec.EpisodeMarket.ChildFill;
import io.trader.layer4.core.exec.ExecState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The episode market on small hand-built books: ticks of 1, lots of 1, decisions 1,000 ns apart from t = 2,000. */
class BookEpisodeMarketTest {

    private static final long ARRIVAL = 2_000;

    private static long[] l(long... v) {
        return v;
    }

    private static MarketEvent.DepthDiff diff(long recv, long id, long[] bt, long[] bl, long[] at, long[] al) {
        return new MarketEvent.DepthDiff(recv, 0, id, id, -1, bt, bl, at, al);
    }

    /** Bids 99/98/97 x 5/10/20, asks 100/101/102 x 4/6/8. */
    private static MarketEvent.DepthDiff book(long recv) {
        return new MarketEvent.DepthDiff(recv, 0, 1, 10, -1, l(99, 98, 97), l(5, 10, 20), l(100, 101, 102),
                l(4, 6, 8));
    }

    private static MarketEvent.Trade trade(long recv, long tick, long lots, boolean sellerAggressed) {
        return new MarketEvent.Trade(recv, 0, tick, lots, sellerAggressed);
    }

    private static BookEpisodeMarket market(SimConfig config, MarketEvent... events) {
        EpisodeSettings settings = new EpisodeSettings(config, SequenceCheck.Rule.SPOT, 1_000, 2, 1.0, 1.0);
        return new BookEpisodeMarket(new ArrayList<>(List.of(events)), 0, null, ARRIVAL, settings);
    }

    @Test
    void marketChildWalksTheBookAndPaysTheTakerFeePerFill() {
        BookEpisodeMarket m = market(new SimConfig(0, 0, 200, 500), book(0));
        assertEquals(99.5, m.arrivalMid());
        ChildFill fill = m.work(Side.BUY, new ChildDecision(12, Aggression.MARKET));
        assertEquals(12, fill.lots());
        assertEquals(4 * 100 + 6 * 101 + 2 * 102, fill.notional(), 1e-9);
        assertEquals(3, fill.fees(), 1e-9, "5 bps of 400, 606 and 204 rounds up to 1 each");
    }

    @Test
    void joinChildFillsPartlyBehindTheQueueAndIsCancelledAtTheIntervalEnd() {
        BookEpisodeMarket m = market(new SimConfig(0, 0, 200, 500), book(0),
                trade(2_500, 99, 6, true),    // 5 ahead at 99 are eaten, 1 fills our bid
                trade(3_500, 99, 10, true));  // after the interval: would fill the rest if still resting
        ChildFill fill = m.work(Side.BUY, new ChildDecision(3, Aggression.JOIN));
        assertEquals(1, fill.lots());
        assertEquals(99, fill.notional(), 1e-9);
        assertEquals(1, fill.fees(), 1e-9, "2 bps maker fee on 99, rounded up");
        assertEquals(0, m.restingChildren(), "the unfilled 2 lots were cancelled at the interval end");
        assertEquals(ChildFill.NONE, m.work(Side.BUY, ChildDecision.WAIT));
    }

    @Test
    void insideChildImprovesByOneTickWhenTheSpreadAllowsIt() {
        BookEpisodeMarket m = market(new SimConfig(0, 0, 0, 0),
                diff(0, 1, l(99), l(5), l(102), l(3)),
                trade(2_500, 101, 5, false)); // a buyer lifts 101: only our new ask is there
        ChildFill fill = m.work(Side.SELL, new ChildDecision(2, Aggression.INSIDE));
        assertEquals(2, fill.lots());
        assertEquals(2 * 101, fill.notional(), 1e-9);
    }

    @Test
    void insideJoinsWhenTheSpreadIsOneTick() {
        BookEpisodeMarket m = market(new SimConfig(0, 0, 0, 0), book(0),
                trade(2_500, 99, 7, true)); // 5 ahead at 99, then 2 for us
        ChildFill fill = m.work(Side.BUY, new ChildDecision(4, Aggression.INSIDE));
        assertEquals(2, fill.lots());
        assertEquals(2 * 99, fill.notional(), 1e-9);
    }

    @Test
    void latencyOnBothPathsDecidesWhichBookAMarketChildMeets() {
        // order latency 300: the child sent at 2,000 acts at exchange time 2,300; market-data latency 100: the diff
        // received at 2,350 happened at 2,250, before it, so both asks 100 and 101 are gone when it arrives
        SimConfig config = new SimConfig(300, 100, 0, 0);
        MarketEvent[] events = {book(0), diff(2_200, 11, l(), l(), l(100), l(0)), diff(2_350, 12, l(), l(), l(101), l(0))};
        ChildFill late = market(config, events).work(Side.BUY, new ChildDecision(4, Aggression.MARKET));
        assertEquals(4 * 102, late.notional(), 1e-9);
        ChildFill instant = market(new SimConfig(0, 0, 0, 0), events)
                .work(Side.BUY, new ChildDecision(4, Aggression.MARKET));
        assertEquals(4 * 100, instant.notional(), 1e-9);
    }

    @Test
    void aRestingChildsCancelActsWhenTheStrategySeesTheIntervalEnd() {
        // latencies 300 + 100: the cancel is sent at 2,600 and acts at exchange time 2,900
        SimConfig config = new SimConfig(300, 100, 0, 0);
        BookEpisodeMarket m = market(config, book(0),
                trade(2_950, 99, 6, true),   // exchange 2,850: before the cancel, 1 fills
                trade(3_050, 99, 6, true));  // exchange 2,950: after it
        ChildFill fill = m.work(Side.BUY, new ChildDecision(3, Aggression.JOIN));
        assertEquals(1, fill.lots());
        assertEquals(0, m.restingChildren());
        assertEquals(ChildFill.NONE, m.work(Side.BUY, ChildDecision.WAIT));
    }

    @Test
    void observeReportsSpreadImbalanceVolatilityReturnAndVolume() {
        BookEpisodeMarket m = market(new SimConfig(0, 0, 0, 0), book(0),
                trade(1_200, 99, 3, true),
                diff(1_500, 11, l(99), l(0), l(), l()),        // mid 99.5 -> 99 (bid 98 / ask 100)
                diff(2_500, 12, l(), l(), l(100), l(0)));      // after the arrival: ask 101, mid 99.5
        ExecState s = m.observe(0, 4, 10, Side.BUY);
        assertEquals(99.0, m.arrivalMid());
        assertEquals(2 / 99.0 * 10_000, s.spreadBps(), 1e-9);
        assertEquals((10 - 4) / 14.0, s.imbalance(), 1e-12);
        assertEquals(3, s.lastVolumeLots(), "trade volume received in (1,000, 2,000]");
        double r = Math.log(99.0 / 99.5);
        double mean = r / 2;
        double stdev = Math.sqrt((mean * mean + (r - mean) * (r - mean)) / 1);
        assertEquals(stdev * 10_000, s.volatilityBps(), 1e-9, "returns 0 and ln(99/99.5) over the window of 2");
        assertEquals(0, s.returnSinceArrivalBps(), 1e-12);
        m.work(Side.BUY, ChildDecision.WAIT);
        ExecState buy = m.observe(1, 4, 10, Side.BUY);
        ExecState sell = m.observe(1, 4, 10, Side.SELL);
        assertEquals((99.5 / 99.0 - 1) * 10_000, buy.returnSinceArrivalBps(), 1e-9, "up is adverse to a buy");
        assertEquals(-buy.returnSinceArrivalBps(), sell.returnSinceArrivalBps(), 1e-12);
        assertEquals(0, buy.lastVolumeLots());
    }

    @Test
    void forceOutTakesTheRestAtOnceAndReportsWhatTheBookCouldFill() {
        BookEpisodeMarket m = market(new SimConfig(0, 0, 0, 0), book(0));
        ChildFill fill = m.forceOut(Side.SELL, 40);
        assertEquals(35, fill.lots(), "the bids hold 35 lots");
        assertEquals(5 * 99 + 10 * 98 + 20 * 97, fill.notional(), 1e-9);
    }

    @Test
    void anArrivalBeforeTheBookIsTwoSidedIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> market(new SimConfig(0, 0, 0, 0), diff(0, 1, l(99), l(5), l(), l())));
    }
}
