package io.trader.layer4.core.route;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.Side;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One venue's share of a routed child, with expectations computed exactly from the quoted book (no rounding:
 * {@code notional} is ticks x lots at the venue's scales, {@code fee} is notional x bps / 10000).
 *
 * @param venue        the venue's name
 * @param spec         the venue's instrument (the grid of {@code lots} and {@code limitTicks})
 * @param lots         the share in the venue's lots; 0 when it gets nothing
 * @param limitTicks   the price for the venue's child: the worst level taken (an IOC sweep limit) for TAKE, the
 *                     joined price for JOIN; 0 when nothing
 * @param averagePrice expected average price (the platform's average-price rule, {@link Money#averagePrice});
 *                     null when nothing
 * @param notional     expected {@code sum(price x qty)}, non-negative
 * @param fee          expected fee (negative for a maker rebate)
 * @param cost         expected all-in cost signed by side: {@code sign x notional + fee} (a sell's is negative:
 *                     what it brings in, after fees); lower is better on both sides
 * @param reason       {@link RouteReason#ALLOCATED} or why the venue got nothing
 * @param detail       human-readable detail of the reason
 */
public record VenueAllocation(String venue, InstrumentSpec spec, long lots, long limitTicks, BigDecimal averagePrice,
                              BigDecimal notional, BigDecimal fee, BigDecimal cost, RouteReason reason,
                              String detail) {

    public VenueAllocation {
        if ((lots > 0) != (reason == RouteReason.ALLOCATED) || lots < 0) {
            throw new IllegalArgumentException(venue + ": lots " + lots + " do not fit reason " + reason);
        }
    }

    /** A venue that gets nothing, and why. */
    static VenueAllocation none(VenueQuote q, RouteReason reason, String detail) {
        return new VenueAllocation(q.venue(), q.spec(), 0, 0, null, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, reason, detail);
    }

    /** A venue's share of {@code lots} for {@code notional}, paying {@code feeBps}. */
    static VenueAllocation of(VenueQuote q, Side side, long lots, long limitTicks, BigDecimal notional,
                              BigDecimal feeBps, String detail) {
        BigDecimal fee = notional.multiply(feeBps).movePointLeft(4);
        BigDecimal cost = (side == Side.BUY ? notional : notional.negate()).add(fee);
        return new VenueAllocation(q.venue(), q.spec(), lots, limitTicks, average(q.spec(), notional, lots),
                notional, fee, cost, RouteReason.ALLOCATED, detail);
    }

    /** The share as an exact base-asset quantity. */
    public BigDecimal quantity() {
        return spec.qtyDecimal(lots);
    }

    /**
     * The share in another instrument's lots (e.g. the platform instrument a parent is counted in), exactly.
     *
     * @throws IllegalArgumentException when the share is not a whole number of {@code other}'s lots (keep the
     *                                  platform instrument's grid at least as fine as every venue's)
     */
    public long lotsOn(InstrumentSpec other) {
        try {
            return quantity().setScale(other.qtyScale(), RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(venue + "'s share " + quantity().toPlainString()
                    + " is not on the lot grid of " + other.symbol() + " (" + other.qtyDecimal(1).toPlainString()
                    + ")", e);
        }
    }

    private static BigDecimal average(InstrumentSpec spec, BigDecimal notional, long lots) {
        BigDecimal avg = notional.divide(spec.qtyDecimal(lots),
                spec.priceScale() + Money.AVERAGE_PRICE_EXTRA_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return avg.scale() < spec.priceScale() ? avg.setScale(spec.priceScale()) : avg;
    }
}
