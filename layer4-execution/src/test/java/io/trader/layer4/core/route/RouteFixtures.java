package io.trader.layer4.core.route;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;
import io.trader.layer4.core.book.FeeSchedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * BTC on four venues with their real grids, minimums and base-tier fees. Grids and minimums: Binance spot BTCUSDT
 * (exchangeInfo PRICE_FILTER tickSize 0.01, LOT_SIZE stepSize 0.00001, NOTIONAL minNotional 5), Binance USD-M
 * BTCUSDT (tickSize 0.10, stepSize 0.001, MIN_NOTIONAL 100), Hyperliquid BTC perp (szDecimals 5, prices at most
 * 5 significant figures and 6 - 5 = 1 decimal: docs "Tick and lot size"; the venue refuses an order under
 * 10 USD with "Order must have minimum value of $10", see {@code HyperliquidErrorAdapter}), Kraken XBTUSD
 * (AssetPairs in shared/xchange: pair_decimals 1, lot_decimals 8, ordermin 0.00005, costmin 0.5, fees 0.40 %
 * taker / 0.25 % maker). Other fees from {@link FeeSchedule}'s first tiers.
 */
final class RouteFixtures {

    static final long T = 1_000_000L;
    static final InstrumentSpec BINANCE = new InstrumentSpec("BTCUSDT", 2, 5);
    static final InstrumentSpec BINANCE_USDM = new InstrumentSpec("BTCUSDT", 1, 3);
    static final InstrumentSpec HYPERLIQUID = new InstrumentSpec("BTC", 1, 5);
    static final InstrumentSpec KRAKEN = new InstrumentSpec("XBTUSD", 1, 8);

    private RouteFixtures() {
    }

    static VenueQuote binance(List<BookLevel> bids, List<BookLevel> asks) {
        FeeSchedule.Tier t = FeeSchedule.BINANCE_SPOT.tier(0);
        return quote("binance", BINANCE, t, bids, asks).withMinimums(1, new BigDecimal("5"));
    }

    static VenueQuote binanceUsdm(List<BookLevel> bids, List<BookLevel> asks) {
        FeeSchedule.Tier t = FeeSchedule.BINANCE_USDM.tier(0);
        return quote("binance-usdm", BINANCE_USDM, t, bids, asks).withMinimums(1, new BigDecimal("100"));
    }

    static VenueQuote hyperliquid(List<BookLevel> bids, List<BookLevel> asks) {
        FeeSchedule.Tier t = FeeSchedule.HYPERLIQUID_PERP.tier(0);
        return quote("hyperliquid", HYPERLIQUID, t, bids, asks).withMinimums(1, new BigDecimal("10"));
    }

    static VenueQuote kraken(List<BookLevel> bids, List<BookLevel> asks) {
        return VenueQuote.of("kraken", KRAKEN, "40", "25", bids, asks, T).withMinimums(5000, new BigDecimal("0.5"));
    }

    private static VenueQuote quote(String name, InstrumentSpec spec, FeeSchedule.Tier t, List<BookLevel> bids,
                                    List<BookLevel> asks) {
        return VenueQuote.of(name, spec, BigDecimal.valueOf(t.takerPpm(), 2).toPlainString(),
                BigDecimal.valueOf(t.makerPpm(), 2).toPlainString(), bids, asks, T);
    }

    /** A level written as decimals, on {@code spec}'s grid (throws when off it). */
    static BookLevel lvl(InstrumentSpec spec, String price, String size) {
        return new BookLevel(spec.ticks(new BigDecimal(price)), new BigDecimal(size).setScale(spec.qtyScale(),
                RoundingMode.UNNECESSARY).unscaledValue().longValueExact());
    }

    static ChildRequest take(Side side, String qty, String limit) {
        return new ChildRequest(side, new BigDecimal(qty), limit == null ? null : new BigDecimal(limit),
                Urgency.TAKE, T);
    }

    static ChildRequest join(Side side, String qty, String limit) {
        return new ChildRequest(side, new BigDecimal(qty), limit == null ? null : new BigDecimal(limit),
                Urgency.JOIN, T);
    }

    static void assertDec(String expected, BigDecimal actual) {
        Supplier<String> msg = () -> "expected " + expected + " but was " + actual;
        assertEquals(0, new BigDecimal(expected).compareTo(actual), msg);
    }

    /** The venue's share, its expected notional and fee, checked together. */
    static void assertShare(Allocation a, String venue, String qty, String notional, String fee) {
        VenueAllocation v = a.venue(venue);
        assertEquals(RouteReason.ALLOCATED, v.reason(), v::detail);
        assertDec(qty, v.quantity());
        assertDec(notional, v.notional());
        assertDec(fee, v.fee());
    }
}
