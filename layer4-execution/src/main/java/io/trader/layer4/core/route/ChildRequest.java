package io.trader.layer4.core.route;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A child order to route, in venue-neutral units: its quantity is an exact decimal of the base asset (each venue
 * then rounds it down onto its own lot grid) and its optional limit an exact decimal price, compared with each
 * venue's raw book price (fees are not in the limit: a limit is what the venue will see).
 *
 * @param side       buy or sell
 * @param quantity   base-asset quantity, positive
 * @param limitPrice worst raw price acceptable (a buy's highest, a sell's lowest), or null for none
 * @param urgency    take liquidity now or rest passively
 * @param time       the decision's time (epoch millis), against which book staleness is judged
 */
public record ChildRequest(Side side, BigDecimal quantity, BigDecimal limitPrice, Urgency urgency, long time) {

    public ChildRequest {
        if (side == null || urgency == null) {
            throw new IllegalArgumentException("a child needs a side and an urgency");
        }
        if (quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("a child's quantity must be positive: " + quantity);
        }
        if (limitPrice != null && limitPrice.signum() <= 0) {
            throw new IllegalArgumentException("a limit price must be positive: " + limitPrice);
        }
    }

    /**
     * A child sized in the platform instrument's lots (e.g. a planner child), with its limit in the instrument's
     * ticks ({@code limitTicks <= 0}: no limit). Both convert exactly.
     */
    public static ChildRequest ofLots(InstrumentSpec spec, Side side, long lots, long limitTicks, Urgency urgency,
                                      long time) {
        return new ChildRequest(side, spec.qtyDecimal(lots), limitTicks > 0 ? spec.priceDecimal(limitTicks) : null,
                urgency, time);
    }

    /** True when {@code price} respects the limit (always without one). */
    public boolean allows(BigDecimal price) {
        if (limitPrice == null) {
            return true;
        }
        int c = price.compareTo(limitPrice);
        return side == Side.BUY ? c <= 0 : c >= 0;
    }

    /** The whole lots of {@code spec} in {@code qty}, rounded down (never more than asked); saturates at the max. */
    static long lotsIn(BigDecimal qty, InstrumentSpec spec) {
        BigDecimal lots = qty.movePointRight(spec.qtyScale()).setScale(0, RoundingMode.DOWN);
        return lots.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : lots.longValueExact();
    }
}
