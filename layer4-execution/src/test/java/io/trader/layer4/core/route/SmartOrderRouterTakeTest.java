package io.trader.layer4.core.route;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.trader.layer4.core.route.RouteFixtures.BINANCE;
import static io.trader.layer4.core.route.RouteFixtures.BINANCE_USDM;
import static io.trader.layer4.core.route.RouteFixtures.HYPERLIQUID;
import static io.trader.layer4.core.route.RouteFixtures.KRAKEN;
import static io.trader.layer4.core.route.RouteFixtures.T;
import static io.trader.layer4.core.route.RouteFixtures.assertDec;
import static io.trader.layer4.core.route.RouteFixtures.assertShare;
import static io.trader.layer4.core.route.RouteFixtures.binance;
import static io.trader.layer4.core.route.RouteFixtures.binanceUsdm;
import static io.trader.layer4.core.route.RouteFixtures.hyperliquid;
import static io.trader.layer4.core.route.RouteFixtures.kraken;
import static io.trader.layer4.core.route.RouteFixtures.lvl;
import static io.trader.layer4.core.route.RouteFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * TAKE routing on hand-computed books. Fees: Binance spot 10 bps, Binance USD-M 5 bps, Hyperliquid 4.5 bps, Kraken
 * 40 bps (taker); all-in unit prices are written next to each level: a buy's p x (1 + fee), a sell's p x (1 - fee).
 */
class SmartOrderRouterTakeTest {

    private final SmartOrderRouter router = new SmartOrderRouter();

    @Test
    void feesFlipTheRanking() {
        Allocation a = router.route(take(Side.BUY, "0.01", null), List.of(
                binance(List.of(), List.of(lvl(BINANCE, "100000.00", "1"))),            // 100100
                hyperliquid(List.of(), List.of(lvl(HYPERLIQUID, "100050.0", "1")))));   // 100095.0225

        assertShare(a, "hyperliquid", "0.01", "1000.50", "0.450225");
        VenueAllocation hl = a.venue("hyperliquid");
        assertDec("1000.950225", hl.cost());
        assertDec("100050.0", hl.averagePrice());
        assertEquals(1_000_500L, hl.limitTicks());
        assertEquals(RouteReason.WORSE_PRICE, a.venue("binance").reason());
        assertDec("0", a.leftover());
    }

    @Test
    void depthIsSplitAcrossVenuesByAllInPrice() {
        Allocation a = router.route(take(Side.BUY, "0.05", null), List.of(
                binance(List.of(), List.of(lvl(BINANCE, "100000.00", "0.02"),          // 100100      third
                        lvl(BINANCE, "100020.00", "1"))),                                // 100120.02
                hyperliquid(List.of(), List.of(lvl(HYPERLIQUID, "100050.0", "0.01"),   // 100095.0225 first
                        lvl(HYPERLIQUID, "100070.0", "0.01"),                            // 100115.0315 fourth, 0.005
                        lvl(HYPERLIQUID, "100100.0", "1"))),                             // 100145.045
                kraken(List.of(), List.of(lvl(KRAKEN, "99700.0", "0.015")))));          // 100098.8    second

        assertShare(a, "hyperliquid", "0.015", "1500.85", "0.6753825"); // 100050 x 0.01 + 100070 x 0.005
        assertDec("100056.6666667", a.venue("hyperliquid").averagePrice());
        assertEquals(1_000_700L, a.venue("hyperliquid").limitTicks());
        assertShare(a, "kraken", "0.015", "1495.5", "5.982");
        assertShare(a, "binance", "0.02", "2000.00", "2.00");
        assertEquals(10_000_000L, a.venue("binance").limitTicks());
        assertDec("5005.0073825", a.totalCost());
        assertDec("0", a.leftover());
    }

    @Test
    void lotGridRemainderGoesToTheNextVenueThatCanTakeIt() {
        Allocation a = router.route(take(Side.BUY, "0.0125", null), List.of(
                binance(List.of(), List.of(lvl(BINANCE, "100010.00", "1"))),            // 100110.01
                binanceUsdm(List.of(), List.of(lvl(BINANCE_USDM, "99900.0", "1"))),      // 99949.95, lots of 0.001
                hyperliquid(List.of(), List.of(lvl(HYPERLIQUID, "100000.0", "1")))));   // 100045

        assertShare(a, "binance-usdm", "0.012", "1198.8", "0.5994");       // 0.0125 rounded down to 0.001s
        assertShare(a, "hyperliquid", "0.0005", "50.0", "0.0225");        // the 0.0005 under one USD-M lot
        assertEquals(RouteReason.WORSE_PRICE, a.venue("binance").reason());
        assertDec("0", a.leftover());
    }

    @Test
    void aSubLotRestBelowEveryMinimumIsLeftOver() {
        Allocation a = router.route(take(Side.BUY, "0.012345678", null), List.of(
                binance(List.of(), List.of(lvl(BINANCE, "100000.00", "1"))),            // 100100
                hyperliquid(List.of(), List.of(lvl(HYPERLIQUID, "100100.0", "1"))),     // 100145.045
                kraken(List.of(), List.of(lvl(KRAKEN, "99800.0", "1")))));              // 100199.2

        assertShare(a, "binance", "0.01234", "1234.0000", "1.234");
        assertEquals(RouteReason.BELOW_ONE_LOT, a.venue("hyperliquid").reason());
        // Kraken's grid takes the 0.000005678 rest, but it is under its ordermin 0.00005
        assertEquals(RouteReason.BELOW_MIN_SIZE, a.venue("kraken").reason(), a.venue("kraken").detail());
        assertDec("0.000005678", a.leftover());
    }

    @Test
    void aShareUnderTheMinimumNotionalMovesToTheNextVenue() {
        Allocation a = router.route(take(Side.BUY, "0.00008", null), List.of(
                binance(List.of(), List.of(lvl(BINANCE, "100000.00", "1"))),            // 100100
                hyperliquid(List.of(), List.of(lvl(HYPERLIQUID, "99990.0", "1")))));    // 100034.9955, but 7.9992 USD

        assertEquals(RouteReason.BELOW_MIN_NOTIONAL, a.venue("hyperliquid").reason());
        assertShare(a, "binance", "0.00008", "8.00", "0.008");
        assertDec("8.008", a.totalCost());
        assertDec("0", a.leftover());
    }

    @Test
    void unusableVenuesGetNothingWithTheirReason() {
        List<BookLevel> cheap = List.of(lvl(KRAKEN, "90000.0", "1"));
        Allocation a = router.route(take(Side.BUY, "0.01", null), List.of(
                hyperliquid(List.of(), List.of(lvl(HYPERLIQUID, "90000.0", "1"))).withStatus(VenueStatus.HALTED),
                new VenueQuote("kraken-stale", KRAKEN, 1, BigDecimal.ZERO, new BigDecimal("40"),
                        new BigDecimal("25"), List.of(), cheap, T - 3_000, 2_000, VenueStatus.OPEN),
                kraken(List.of(), cheap).withStatus(VenueStatus.RATE_LIMITED),
                binanceUsdm(List.of(), List.of(lvl(BINANCE_USDM, "90000.0", "1"))).withStatus(VenueStatus.KILL_SWITCH),
                binance(List.of(), List.of(lvl(BINANCE, "100000.00", "1")))));

        assertEquals(RouteReason.HALTED, a.venue("hyperliquid").reason());
        assertEquals(RouteReason.STALE_BOOK, a.venue("kraken-stale").reason());
        assertEquals("book is 3000 ms old, limit 2000 ms", a.venue("kraken-stale").detail());
        assertEquals(RouteReason.RATE_LIMITED, a.venue("kraken").reason());
        assertEquals(RouteReason.KILL_SWITCH, a.venue("binance-usdm").reason());
        assertShare(a, "binance", "0.01", "1000.00", "1.00");
        assertEquals(List.of(a.venue("binance")), a.allocated());
    }

    @Test
    void theLimitIsOnTheRawPriceAndCapsTheWalk() {
        Allocation a = router.route(take(Side.BUY, "0.05", "100005"), List.of(
                binance(List.of(), List.of(lvl(BINANCE, "100000.00", "0.02"),          // 100100
                        lvl(BINANCE, "100010.00", "1"))),                                // beyond the limit
                hyperliquid(List.of(), List.of(lvl(HYPERLIQUID, "100004.0", "0.01"),   // 100049.0018: above 100005
                        lvl(HYPERLIQUID, "100006.0", "1"))),                             // all-in, taken: raw is below
                kraken(List.of(), List.of(lvl(KRAKEN, "100006.0", "1")))));

        assertShare(a, "hyperliquid", "0.01", "1000.04", "0.450018");
        assertShare(a, "binance", "0.02", "2000.00", "2.00");
        assertEquals(RouteReason.BEYOND_LIMIT, a.venue("kraken").reason());
        assertDec("0.02", a.leftover());
    }

    @Test
    void sellsAreSymmetric() {
        Allocation a = router.route(take(Side.SELL, "0.03", null), List.of(
                binance(List.of(lvl(BINANCE, "100000.00", "0.015"),                     // 99900      third
                        lvl(BINANCE, "99990.00", "1")), List.of()),
                hyperliquid(List.of(lvl(HYPERLIQUID, "99960.0", "0.01"),               // 99915.018  first
                        lvl(HYPERLIQUID, "99950.0", "0.005"),                            // 99905.0225 second
                        lvl(HYPERLIQUID, "99900.0", "1")), List.of())));

        assertShare(a, "hyperliquid", "0.015", "1499.35", "0.6747075");
        assertDec("-1498.6752925", a.venue("hyperliquid").cost());
        assertEquals(999_500L, a.venue("hyperliquid").limitTicks());
        assertShare(a, "binance", "0.015", "1500.00", "1.50");
        assertDec("-1498.50", a.venue("binance").cost());
        assertDec("-2997.1752925", a.totalCost());
    }

    @Test
    void aSellLimitStopsAtTheLowestAcceptablePrice() {
        Allocation a = router.route(take(Side.SELL, "0.03", "99955"), List.of(
                hyperliquid(List.of(lvl(HYPERLIQUID, "99960.0", "0.01"),
                        lvl(HYPERLIQUID, "99950.0", "1")), List.of()),
                binance(List.of(), List.of(lvl(BINANCE, "100000.00", "1")))));

        assertShare(a, "hyperliquid", "0.01", "999.60", "0.44982");
        assertEquals(RouteReason.NO_LIQUIDITY, a.venue("binance").reason());
        assertDec("0.02", a.leftover());
    }

    @Test
    void sharesConvertExactlyOntoAFinerPlatformGrid() {
        Allocation a = router.route(take(Side.BUY, "0.012345678", null), List.of(
                binance(List.of(), List.of(lvl(BINANCE, "100000.00", "1"))),
                kraken(List.of(), List.of(lvl(KRAKEN, "99500.0", "0.0001")))));        // 99898: Kraken first

        InstrumentSpec platform = new InstrumentSpec("BTCUSDT", 2, 8);
        assertEquals(10_000L, a.venue("kraken").lotsOn(platform));
        assertEquals(1_224_000L, a.venue("binance").lotsOn(platform));              // 0.01224: the rest on 0.00001s
        assertDec("0.000005678", a.leftover());
        InstrumentSpec coarse = new InstrumentSpec("BTCUSDT", 2, 3);
        assertThrows(IllegalArgumentException.class, () -> a.venue("binance").lotsOn(coarse));
    }

    @Test
    void aVenueQuotedTwiceIsABug() {
        VenueQuote b = binance(List.of(), List.of(lvl(BINANCE, "100000.00", "1")));
        assertThrows(IllegalArgumentException.class, () -> router.route(take(Side.BUY, "0.01", null), List.of(b, b)));
    }

    @Test
    void levelsOutOfOrderAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> binance(List.of(),
                List.of(lvl(BINANCE, "100001.00", "1"), lvl(BINANCE, "100000.00", "1"))));
    }
}
