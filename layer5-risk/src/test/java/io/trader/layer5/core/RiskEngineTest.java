package io.trader.layer5.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskDecision;
import io.trader.core.event.RiskEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Pre-trade checks against a hand-made account. BTC at 50 000.00 (5 000 000 ticks); 100 lots = 0.1 BTC =
 * 5 000 USDT. Limits: 10 000 per order, 20 000 per position, 2x gross leverage, 100 bps band.
 */
class RiskEngineTest {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 3);
    static final long LAST = 5_000_000;
    static final long USDT = Money.ONE;
    static final RiskLimits LIMITS = new RiskLimits(10_000 * USDT, 2.0, 20_000 * USDT, 100, 0.05, 0.20);

    final List<RiskEvent> events = new ArrayList<>();
    final KillSwitch killSwitch = new KillSwitch(events::add);
    final RiskEngine risk = new RiskEngine(LIMITS, killSwitch, events::add);

    static PortfolioStub flat() {
        return new PortfolioStub(0, 0, LAST, 100_000 * USDT, 0);
    }

    static OrderRequest market(Side side, long lots) {
        return OrderRequest.market("c1", BTC, side, lots, false, 77, "rebalance");
    }

    static OrderRequest limit(Side side, long lots, long price) {
        return OrderRequest.limit("c1", BTC, side, lots, price, TimeInForce.GTC, false, 77, "rebalance");
    }

    static OrderRequest reduceOnly(Side side, long lots, String reason) {
        return OrderRequest.market("c1", BTC, side, lots, true, 77, reason);
    }

    private RiskCode code(OrderRequest request, PortfolioStub account) {
        RiskDecision d = risk.check(request, account);
        return d.approved() ? null : d.code();
    }

    @Test
    void orderWithinAllLimitsIsApprovedWithoutEvents() {
        assertSame(RiskDecision.APPROVED, risk.check(market(Side.BUY, 100), flat()));
        assertEquals(List.of(), events);
    }

    @Test
    void shouldRejectWhenNotionalAboveLimitAndEmitOrderBlocked() {
        RiskDecision d = risk.check(market(Side.BUY, 300), flat()); // 15 000 USDT

        assertEquals(RiskDecision.reject(RiskCode.MAX_NOTIONAL, "notional 15000 > 10000"), d);
        assertEquals(List.of(new RiskEvent.OrderBlocked("c1", "BTCUSDT", RiskCode.MAX_NOTIONAL,
                "notional 15000 > 10000", 77)), events);
    }

    @Test
    void limitNotionalUsesTheHigherOfLimitAndLastPrice() {
        assertEquals(null, code(limit(Side.BUY, 200, 4_960_000), flat()));           // 10 000 at last
        assertEquals(RiskCode.MAX_NOTIONAL, code(limit(Side.BUY, 200, 5_040_000), flat())); // 10 080 at limit
    }

    @Test
    void marketOrderNeedsAReferencePrice() {
        assertEquals(RiskCode.NO_REFERENCE_PRICE, code(market(Side.BUY, 100), new PortfolioStub(0, 0, 0, USDT, 0)));
        assertEquals(null, code(limit(Side.BUY, 100, LAST), new PortfolioStub(0, 0, 0, 100_000 * USDT, 0)));
    }

    @Test
    void reduceOnlyMustReduceWithoutFlipping() {
        PortfolioStub long100 = new PortfolioStub(100, 0, LAST, 100_000 * USDT, 5_000 * USDT);
        assertEquals(RiskCode.REDUCE_ONLY, code(reduceOnly(Side.BUY, 50, "x"), long100));
        assertEquals(RiskCode.REDUCE_ONLY, code(reduceOnly(Side.SELL, 150, "x"), long100));
        assertEquals(RiskCode.REDUCE_ONLY, code(reduceOnly(Side.SELL, 10, "x"), flat()));
        assertEquals(null, code(reduceOnly(Side.SELL, 100, "x"), long100));
    }

    @Test
    void positionLimitCountsOpenOrdersAndLetsReductionsThrough() {
        PortfolioStub committed = new PortfolioStub(300, 50, LAST, 100_000 * USDT, 15_000 * USDT);
        assertEquals(RiskCode.MAX_POSITION, code(market(Side.BUY, 100), committed)); // 450 lots = 22 500
        assertEquals(null, code(market(Side.BUY, 50), committed));                   // 400 lots = 20 000
        PortfolioStub over = new PortfolioStub(500, 0, LAST, 100_000 * USDT, 25_000 * USDT);
        assertEquals(null, code(market(Side.SELL, 100), over));
    }

    @Test
    void leverageCountsTheInstrumentAtItsSizeAfterTheOrder() {
        // 15 000 in BTC plus 10 000 elsewhere on 10 000 equity
        PortfolioStub levered = new PortfolioStub(300, 0, LAST, 10_000 * USDT, 25_000 * USDT);
        assertEquals(RiskCode.MAX_LEVERAGE, code(market(Side.BUY, 20), levered));   // 26 000 > 20 000
        PortfolioStub room = new PortfolioStub(300, 0, LAST, 9_000 * USDT, 15_000 * USDT);
        assertEquals(null, code(market(Side.BUY, 60), room));                       // exactly 2 x 9 000
        assertEquals(RiskCode.MAX_LEVERAGE, code(market(Side.BUY, 61), room));      // 18 050
        assertEquals(RiskCode.MAX_LEVERAGE, code(market(Side.BUY, 1), new PortfolioStub(0, 0, LAST, 0, 0)));
        assertEquals(null, code(market(Side.SELL, 100), levered));                   // reduces
    }

    @Test
    void limitPriceMustStayInsideTheBand() {
        assertEquals(RiskCode.PRICE_BAND, code(limit(Side.BUY, 100, 5_060_000), flat()));  // +120 bps
        assertEquals(RiskCode.PRICE_BAND, code(limit(Side.SELL, 100, 4_940_000), flat())); // -120 bps
        assertEquals(null, code(limit(Side.BUY, 100, 5_050_000), flat()));                 // exactly 100 bps
        assertEquals(null, code(limit(Side.SELL, 100, 4_960_000), flat()));
    }

    @Test
    void hugeOrdersAreRefusedAsValuesNotOverflowExceptions() {
        OrderRequest absurd = OrderRequest.market("c1", BTC, Side.BUY, Long.MAX_VALUE / 2, false, 77, "");
        assertEquals(RiskCode.MAX_NOTIONAL, code(absurd, flat()));
    }

    @Test
    void killSwitchBlocksEverythingButTheFlattenOrderThatReduces() {
        PortfolioStub long100 = new PortfolioStub(100, 0, LAST, 100_000 * USDT, 5_000 * USDT);
        killSwitch.engage("operator", true, 5);
        events.clear();

        assertEquals(RiskCode.KILL_SWITCH, code(market(Side.BUY, 1), long100));
        assertEquals(RiskCode.KILL_SWITCH, code(market(Side.SELL, 100), long100));                  // not reduce-only
        assertEquals(RiskCode.KILL_SWITCH, code(reduceOnly(Side.SELL, 100, "rebalance"), long100)); // wrong reason
        assertEquals(RiskCode.KILL_SWITCH, code(reduceOnly(Side.SELL, 150, RiskEngine.FLATTEN_REASON), long100));
        assertEquals(RiskCode.KILL_SWITCH, code(reduceOnly(Side.SELL, 1, RiskEngine.FLATTEN_REASON), flat()));
        assertEquals(null, code(reduceOnly(Side.SELL, 100, RiskEngine.FLATTEN_REASON), long100));
        // the flatten path skips later checks: no last price needed
        assertEquals(null, code(reduceOnly(Side.SELL, 100, RiskEngine.FLATTEN_REASON),
                new PortfolioStub(100, 0, 0, USDT, 0)));

        assertEquals(5, events.size());
        assertEquals(new RiskEvent.OrderBlocked("c1", "BTCUSDT", RiskCode.KILL_SWITCH,
                "kill switch engaged: operator", 77), events.get(0));
        killSwitch.reset("done", 9);
        assertEquals(null, code(market(Side.BUY, 1), long100));
    }

    @Test
    void killSwitchComesBeforeBreakers() {
        risk.onEquity(BreakersTest.point(0, 100_000));
        risk.onEquity(BreakersTest.point(1, 50_000));
        killSwitch.engage("operator", false, 5);
        assertEquals(RiskCode.KILL_SWITCH, code(market(Side.BUY, 1), flat()));
    }

    @Test
    void shouldRejectEveryOrderOfAnInstrumentWhoseFeedIsStaleUntilItIsLiveAgain() {
        risk.setFeedStale("BTCUSDT", true);
        assertEquals(RiskCode.STALE_DATA, code(market(Side.BUY, 100), flat()));
        risk.setFeedStale("BTCUSDT", false);
        assertEquals(null, code(market(Side.BUY, 100), flat()));
        risk.setFeedStale("ETHUSDT", true);
        assertEquals(null, code(market(Side.BUY, 100), flat()), "another instrument's stale feed does not matter");
        risk.setFeedStale(RiskEngine.ALL_FEEDS, true);
        assertEquals(RiskCode.STALE_DATA, code(market(Side.BUY, 100), flat()), "the whole connection is stale");
    }

    // --- a risk rule never blocks an order that only reduces exposure ---

    /** Long 1 000 lots = 50 000 USDT: five times the order limit, 2.5 times the position limit, 5x leverage. */
    static PortfolioStub oversizedLong() {
        return new PortfolioStub(1_000, 0, LAST, 10_000 * USDT, 50_000 * USDT);
    }

    private void tripBreakers() {
        risk.onEquity(BreakersTest.point(0, 100_000));
        risk.onEquity(BreakersTest.point(1, 50_000));
        assertEquals(true, risk.halted());
        events.clear();
    }

    @Test
    void reducingOrderIsNeverRefusedByNotionalPositionLeverageOrBreakers() {
        assertEquals(null, code(market(Side.SELL, 1_000), oversizedLong()));   // 50 000 > 10 000 per order
        assertEquals(null, code(market(Side.SELL, 400), oversizedLong()));     // partial
        tripBreakers();
        assertEquals(null, code(market(Side.SELL, 1_000), oversizedLong()));
        assertEquals(null, code(reduceOnly(Side.SELL, 1_000, "reduce"), oversizedLong()));
        PortfolioStub oversizedShort = new PortfolioStub(-1_000, 0, LAST, 10_000 * USDT, 50_000 * USDT);
        assertEquals(null, code(market(Side.BUY, 1_000), oversizedShort));
        assertEquals(List.of(), events, "nothing was blocked");
        assertEquals(RiskCode.BREAKER_HALT, code(market(Side.SELL, 1_001), oversizedLong()), "one lot more flips");
    }

    @Test
    void reducingOrderPassesStaleDataMissingLastPriceAndPriceBand() {
        PortfolioStub long100 = new PortfolioStub(100, 0, LAST, 100_000 * USDT, 5_000 * USDT);
        risk.setFeedStale(RiskEngine.ALL_FEEDS, true);
        assertEquals(null, code(market(Side.SELL, 100), long100));
        assertEquals(RiskCode.STALE_DATA, code(market(Side.BUY, 1), long100), "adding still needs live data");
        risk.setFeedStale(RiskEngine.ALL_FEEDS, false);
        assertEquals(null, code(market(Side.SELL, 100), new PortfolioStub(100, 0, 0, 100_000 * USDT, 0)));
        assertEquals(null, code(limit(Side.SELL, 100, 4_000_000), long100));   // 2 000 bps through the market
        assertEquals(RiskCode.PRICE_BAND, code(limit(Side.SELL, 101, 4_000_000), long100));
    }

    @Test
    void ordersPendingOnTheSameSideMakeAFurtherSellNonReducing() {
        tripBreakers();
        // long 100 with 80 already being sold: selling 50 more could leave the account short 30
        PortfolioStub selling = new PortfolioStub(100, -80, LAST, 100_000 * USDT, 5_000 * USDT);
        assertEquals(RiskCode.BREAKER_HALT, code(market(Side.SELL, 50), selling));
        assertEquals(null, code(market(Side.SELL, 20), selling));
    }

    @Test
    void flipIsJudgedOnTheExposureItOpensNotOnTheLotsThatClose() {
        PortfolioStub long100 = new PortfolioStub(100, 0, LAST, 100_000 * USDT, 5_000 * USDT);
        assertEquals(null, code(market(Side.SELL, 250), long100));                  // opens 150 lots = 7 500
        assertEquals(RiskCode.MAX_NOTIONAL, code(market(Side.SELL, 350), long100)); // opens 250 lots = 12 500
        assertEquals(RiskCode.MAX_NOTIONAL, code(market(Side.BUY, 201), flat()));
        tripBreakers();
        assertEquals(RiskCode.BREAKER_HALT, code(market(Side.SELL, 101), long100), "a flip adds new risk");
    }

    @Test
    void flipIsCheckedAgainstThePositionLimitOnItsNewSide() {
        RiskEngine wide = new RiskEngine(new RiskLimits(1_000_000 * USDT, 10.0, 20_000 * USDT, 100, 0.05, 0.2),
                killSwitch, events::add);
        PortfolioStub long500 = new PortfolioStub(500, 0, LAST, 100_000 * USDT, 25_000 * USDT);
        assertEquals(RiskCode.MAX_POSITION, wide.check(market(Side.SELL, 960), long500).code()); // short 23 000
        assertEquals(true, wide.check(market(Side.SELL, 900), long500).approved());              // short 20 000
    }

    @Test
    void approvalsAllocateNothing() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        PortfolioStub long100 = new PortfolioStub(100, 0, LAST, 100_000 * USDT, 5_000 * USDT);
        OrderRequest add = market(Side.BUY, 50);
        OrderRequest reduce = market(Side.SELL, 100);
        OrderRequest flip = limit(Side.SELL, 150, LAST);
        long sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += approvals(long100, add, reduce, flip);
        }
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 100_000; i++) {
            sink += approvals(long100, add, reduce, flip);
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertEquals(360_000, sink);
        org.junit.jupiter.api.Assertions.assertTrue(allocated < 4_096, "allocated " + allocated + " bytes");
    }

    private int approvals(PortfolioStub account, OrderRequest a, OrderRequest b, OrderRequest c) {
        return (risk.check(a, account).approved() ? 1 : 0) + (risk.check(b, account).approved() ? 1 : 0)
                + (risk.check(c, account).approved() ? 1 : 0);
    }
}
