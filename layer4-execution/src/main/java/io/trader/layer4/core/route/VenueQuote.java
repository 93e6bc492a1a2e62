package io.trader.layer4.core.route;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the router knows of one venue for the instrument: its grid, minimums, fees, the top of its book, how fresh
 * the book is and whether the venue may be used now. Prices of different venues are compared as given: the caller
 * quotes them in one currency (USDT, USD and USDC books are taken at par unless the caller converts them).
 *
 * <p>Examples of real grids: Binance spot BTCUSDT {@code (2, 5)}, min notional 5; Hyperliquid BTC perp
 * {@code (1, 5)} (szDecimals 5; prices at most 5 significant figures, so whole dollars near 100k), min order value
 * 10; Kraken XBTUSD {@code (1, 8)}, ordermin 0.00005 (5000 lots), costmin 0.5.
 *
 * @param venue        unique name in one routing call
 * @param spec         the venue's instrument and scales (its ticks and lots)
 * @param minLots      the venue's minimum order size in its lots (at least 1)
 * @param minNotional  the venue's minimum order notional in quote currency (0 for none)
 * @param takerFeeBps  taker fee in basis points of notional (exact decimal, e.g. 4.5)
 * @param makerFeeBps  maker fee in basis points, negative for a rebate
 * @param bids         top bid levels, best (highest) first, strictly descending
 * @param asks         top ask levels, best (lowest) first, strictly ascending
 * @param seenTime     when the book was seen (epoch millis)
 * @param maxAgeMillis the book is stale when the child's time is more than this after {@code seenTime}
 * @param status       whether the venue may be used now
 */
public record VenueQuote(String venue, InstrumentSpec spec, long minLots, BigDecimal minNotional,
                         BigDecimal takerFeeBps, BigDecimal makerFeeBps, List<BookLevel> bids, List<BookLevel> asks,
                         long seenTime, long maxAgeMillis, VenueStatus status) {

    private static final BigDecimal MAX_FEE_BPS = BigDecimal.valueOf(10_000);

    public VenueQuote {
        if (venue == null || venue.isBlank() || spec == null || status == null) {
            throw new IllegalArgumentException("a quote needs a venue name, an instrument and a status");
        }
        if (minLots < 1 || minNotional == null || minNotional.signum() < 0 || maxAgeMillis < 0) {
            throw new IllegalArgumentException(venue + ": minLots >= 1, minNotional >= 0 and maxAgeMillis >= 0 are "
                    + "required: " + minLots + ", " + minNotional + ", " + maxAgeMillis);
        }
        checkFee(venue, "taker", takerFeeBps);
        checkFee(venue, "maker", makerFeeBps);
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
        checkOrder(venue, "bids", bids, -1);
        checkOrder(venue, "asks", asks, 1);
    }

    /** A quote with no minimum beyond one lot, usable, seen at {@code seenTime} and stale after one second. */
    public static VenueQuote of(String venue, InstrumentSpec spec, String takerFeeBps, String makerFeeBps,
                                List<BookLevel> bids, List<BookLevel> asks, long seenTime) {
        return new VenueQuote(venue, spec, 1, BigDecimal.ZERO, new BigDecimal(takerFeeBps),
                new BigDecimal(makerFeeBps), bids, asks, seenTime, 1_000, VenueStatus.OPEN);
    }

    public VenueQuote withMinimums(long lots, BigDecimal notional) {
        return new VenueQuote(venue, spec, lots, notional, takerFeeBps, makerFeeBps, bids, asks, seenTime,
                maxAgeMillis, status);
    }

    public VenueQuote withStatus(VenueStatus s) {
        return new VenueQuote(venue, spec, minLots, minNotional, takerFeeBps, makerFeeBps, bids, asks, seenTime,
                maxAgeMillis, s);
    }

    public VenueQuote withMaxAge(long millis) {
        return new VenueQuote(venue, spec, minLots, minNotional, takerFeeBps, makerFeeBps, bids, asks, seenTime,
                millis, status);
    }

    /** The levels a child of {@code side} takes: a buy lifts the asks, a sell hits the bids. */
    public List<BookLevel> takeSide(Side side) {
        return side == Side.BUY ? asks : bids;
    }

    /** The levels a passive child of {@code side} joins: a buy rests among the bids, a sell among the asks. */
    public List<BookLevel> joinSide(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    /** True when the book is older than the limit at {@code time} (a book stamped after {@code time} is fresh). */
    public boolean staleAt(long time) {
        return time - seenTime > maxAgeMillis;
    }

    /**
     * Ten thousand times the all-in cost of one unit at {@code priceTicks} for a child of {@code side} paying
     * {@code feeBps}: {@code price x (10000 x sign + fee)}, i.e. {@code +p(1 + fee)} for a buy and {@code -p(1 - fee)}
     * for a sell, so lower is better on both sides.
     */
    BigDecimal allInKey(Side side, long priceTicks, BigDecimal feeBps) {
        return spec.priceDecimal(priceTicks).multiply(MAX_FEE_BPS.multiply(BigDecimal.valueOf(side.sign()))
                .add(feeBps));
    }

    private static void checkFee(String venue, String kind, BigDecimal bps) {
        if (bps == null || bps.abs().compareTo(MAX_FEE_BPS) >= 0) {
            throw new IllegalArgumentException(venue + ": " + kind + " fee must be within +-10000 bps: " + bps);
        }
    }

    private static void checkOrder(String venue, String name, List<BookLevel> levels, int direction) {
        for (int i = 1; i < levels.size(); i++) {
            if (Long.signum(levels.get(i).priceTicks() - levels.get(i - 1).priceTicks()) != direction) {
                throw new IllegalArgumentException(venue + ": " + name + " must be strictly "
                        + (direction > 0 ? "ascending" : "descending") + " by price, best first");
            }
        }
    }
}
