package io.trader.layer4.core.route;

/**
 * One price level of a venue's book, in that venue's own grid: {@code priceTicks} of its {@code 10^-priceScale} and
 * {@code sizeLots} of its {@code 10^-qtyScale} (see {@link VenueQuote#spec()}).
 */
public record BookLevel(long priceTicks, long sizeLots) {

    public BookLevel {
        if (priceTicks <= 0 || sizeLots <= 0) {
            throw new IllegalArgumentException("a level needs a positive price and size: " + priceTicks + " x "
                    + sizeLots);
        }
    }
}
