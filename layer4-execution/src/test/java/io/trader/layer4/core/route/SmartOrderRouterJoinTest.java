package io.trader.layer4.core.route;

import io.trader.core.domain.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.trader.layer4.core.route.RouteFixtures.BINANCE;
import static io.trader.layer4.core.route.RouteFixtures.HYPERLIQUID;
import static io.trader.layer4.core.route.RouteFixtures.KRAKEN;
import static io.trader.layer4.core.route.RouteFixtures.assertDec;
import static io.trader.layer4.core.route.RouteFixtures.assertShare;
import static io.trader.layer4.core.route.RouteFixtures.binance;
import static io.trader.layer4.core.route.RouteFixtures.hyperliquid;
import static io.trader.layer4.core.route.RouteFixtures.join;
import static io.trader.layer4.core.route.RouteFixtures.kraken;
import static io.trader.layer4.core.route.RouteFixtures.lvl;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * JOIN routing on hand-computed books: one venue, at its touch, by maker-fee-adjusted price. Maker fees: Binance
 * spot 10 bps, Hyperliquid 1.5 bps, Kraken 25 bps unless a test says otherwise.
 */
class SmartOrderRouterJoinTest {

    private final SmartOrderRouter router = new SmartOrderRouter();

    @Test
    void aBuyJoinsTheBidWithTheBestMakerAllInPrice() {
        Allocation a = router.route(join(Side.BUY, "0.01", null), List.of(
                binance(List.of(lvl(BINANCE, "100000.00", "0.5")), List.of()),          // 100100
                hyperliquid(List.of(lvl(HYPERLIQUID, "99999.0", "2")), List.of()),       // 100013.99985
                kraken(List.of(lvl(KRAKEN, "99990.0", "1")), List.of())));               // 100239.975

        assertShare(a, "hyperliquid", "0.01", "999.99", "0.1499985");
        assertDec("1000.1399985", a.venue("hyperliquid").cost());
        assertEquals(999_990L, a.venue("hyperliquid").limitTicks());
        assertEquals(RouteReason.WORSE_PRICE, a.venue("binance").reason());
        assertEquals(RouteReason.WORSE_PRICE, a.venue("kraken").reason());
        assertEquals(1, a.allocated().size());
    }

    @Test
    void aMakerRebateOutweighsAHigherBid() {
        VenueQuote rebate = new VenueQuote("hl-rebate", HYPERLIQUID, 1, BigDecimal.ZERO,
                new BigDecimal("4.5"), new BigDecimal("-1"),
                List.of(lvl(HYPERLIQUID, "100004.0", "1")), List.of(), RouteFixtures.T, 1_000, VenueStatus.OPEN);
        VenueQuote free = VenueQuote.of("free", BINANCE, "10", "0", List.of(lvl(BINANCE, "100000.00", "1")),
                List.of(), RouteFixtures.T);

        Allocation a = router.route(join(Side.BUY, "0.01", null), List.of(free, rebate)); // 100000 vs 99993.9996

        assertShare(a, "hl-rebate", "0.01", "1000.04", "-0.100004");
        assertDec("999.939996", a.totalCost());
        assertEquals(RouteReason.WORSE_PRICE, a.venue("free").reason());
    }

    @Test
    void onATieTheShorterQueueAheadWins() {
        VenueQuote deep = VenueQuote.of("deep", BINANCE, "10", "10", List.of(lvl(BINANCE, "100000.00", "2")),
                List.of(), RouteFixtures.T);
        VenueQuote thin = VenueQuote.of("thin", BINANCE, "10", "10", List.of(lvl(BINANCE, "100000.00", "0.5")),
                List.of(), RouteFixtures.T);

        Allocation a = router.route(join(Side.BUY, "0.01", null), List.of(deep, thin));

        assertShare(a, "thin", "0.01", "1000.00", "1.00");
        assertEquals(RouteReason.LONGER_QUEUE, a.venue("deep").reason());
    }

    @Test
    void aSellSkipsAVenueItCannotMeetTheMinimumOf() {
        Allocation a = router.route(join(Side.SELL, "0.00008", null), List.of(
                hyperliquid(List.of(), List.of(lvl(HYPERLIQUID, "100400.0", "1"))),     // 100384.94 but 8.032 USD
                binance(List.of(), List.of(lvl(BINANCE, "100300.00", "1"))),            // 100199.7
                kraken(List.of(), List.of(lvl(KRAKEN, "100500.0", "1")))));             // 100248.75

        assertEquals(RouteReason.BELOW_MIN_NOTIONAL, a.venue("hyperliquid").reason());
        assertShare(a, "kraken", "0.00008", "8.04", "0.0201");
        assertDec("-8.0199", a.venue("kraken").cost());
        assertEquals(RouteReason.WORSE_PRICE, a.venue("binance").reason());
    }

    @Test
    void aTouchBeyondTheLimitOrUnderTheLotIsNotJoined() {
        Allocation a = router.route(join(Side.BUY, "0.000009", "99995"), List.of(
                binance(List.of(lvl(BINANCE, "100000.00", "1")), List.of()),
                hyperliquid(List.of(lvl(HYPERLIQUID, "99990.0", "1")), List.of()),
                kraken(List.of(), List.of(lvl(KRAKEN, "100500.0", "1")))));

        assertEquals(RouteReason.BEYOND_LIMIT, a.venue("binance").reason());
        assertEquals(RouteReason.BELOW_ONE_LOT, a.venue("hyperliquid").reason());
        assertEquals(RouteReason.NO_LIQUIDITY, a.venue("kraken").reason());
        assertDec("0.000009", a.leftover());
    }
}
