package io.trader.venue.binance;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderType;

import java.math.BigDecimal;

/**
 * One spot symbol as {@code GET /api/v3/exchangeInfo} describes it: the platform's {@link InstrumentSpec} (scales
 * from the tick and step sizes) and the filters an order must pass, checked before anything is sent.
 *
 * @param spec        platform instrument: price scale = decimals of {@code tickSize}, qty scale = of {@code stepSize}
 * @param baseAsset   e.g. {@code BTC}
 * @param quoteAsset  e.g. {@code USDT}
 * @param tickSize    PRICE_FILTER.tickSize
 * @param minPrice    PRICE_FILTER.minPrice (0 = none)
 * @param stepSize    LOT_SIZE.stepSize
 * @param minQty      LOT_SIZE.minQty
 * @param minNotional NOTIONAL.minNotional or MIN_NOTIONAL.minNotional (0 = none)
 */
public record BinanceInstrument(InstrumentSpec spec, String baseAsset, String quoteAsset, BigDecimal tickSize,
                                BigDecimal minPrice, BigDecimal stepSize, BigDecimal minQty, BigDecimal minNotional) {

    public BinanceInstrument {
        if (spec == null || tickSize == null || stepSize == null || tickSize.signum() <= 0 || stepSize.signum() <= 0) {
            throw new IllegalArgumentException("spec, a positive tickSize and a positive stepSize are required");
        }
        minPrice = minPrice == null ? BigDecimal.ZERO : minPrice;
        minQty = minQty == null ? BigDecimal.ZERO : minQty;
        minNotional = minNotional == null ? BigDecimal.ZERO : minNotional;
    }

    public String symbol() {
        return spec.symbol();
    }

    /**
     * Why Binance would refuse this order's price or quantity (filter failure, -1013), or {@code null} when it
     * passes. {@code referencePrice} prices a MARKET order's notional (null or 0: the notional check is skipped).
     */
    public String refusal(OrderRequest r, BigDecimal referencePrice) {
        BigDecimal qty = r.instrument().qtyDecimal(r.quantityLots());
        if (qty.remainder(stepSize).signum() != 0) {
            return "quantity " + qty.toPlainString() + " is not a multiple of the step size "
                    + stepSize.stripTrailingZeros().toPlainString() + " (LOT_SIZE)";
        }
        if (qty.compareTo(minQty) < 0) {
            return "quantity " + qty.toPlainString() + " is below the minimum " + minQty.toPlainString() + " (LOT_SIZE)";
        }
        BigDecimal price = referencePrice;
        if (r.type() == OrderType.LIMIT) {
            price = r.instrument().priceDecimal(r.limitTicks());
            if (price.remainder(tickSize).signum() != 0) {
                return "price " + price.toPlainString() + " is not a multiple of the tick size "
                        + tickSize.stripTrailingZeros().toPlainString() + " (PRICE_FILTER)";
            }
            if (price.compareTo(minPrice) < 0) {
                return "price " + price.toPlainString() + " is below the minimum " + minPrice.toPlainString()
                        + " (PRICE_FILTER)";
            }
        }
        if (price != null && price.signum() > 0 && minNotional.signum() > 0) {
            BigDecimal notional = price.multiply(qty);
            if (notional.compareTo(minNotional) < 0) {
                return "notional " + notional.stripTrailingZeros().toPlainString() + " is below the minimum "
                        + minNotional.stripTrailingZeros().toPlainString() + " (NOTIONAL)";
            }
        }
        return null;
    }

    /** The scale of a size like {@code 0.01000000} once its trailing zeros are gone (0 for whole numbers). */
    static int scaleOf(BigDecimal size) {
        return Math.max(0, size.stripTrailingZeros().scale());
    }
}
