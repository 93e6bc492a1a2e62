package io.trader.venue.hyperliquid.exec;

import io.trader.venue.hyperliquid.data.HlAsset;
import io.trader.core.domain.InstrumentSpec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number formatting for Hyperliquid actions, the exact equivalents of the Python SDK's
 * {@code float_to_wire}, {@code float_to_int_for_hashing} and the tick/lot rules of the venue, on
 * {@link BigDecimal} (never {@code double}).
 *
 * <ul>
 *   <li>Sizes: at most {@code szDecimals} decimals.</li>
 *   <li>Prices: integers always; otherwise at most 5 significant figures and at most
 *       {@code 6 − szDecimals} decimals (perps) or {@code 8 − szDecimals} (spot).</li>
 *   <li>Wire strings have no trailing zeros and no exponent: {@code 1.50 → "1.5"}, {@code 100.0 → "100"}.</li>
 * </ul>
 * The {@code *ToWire} methods never round: a value that would need rounding comes back
 * {@link WireResult.Refused}. Rounding is explicit, through {@link #roundPrice} and {@link #roundSize}.
 */
public final class HyperliquidWire {

    /** Significant figures allowed in a non-integer price. */
    public static final int MAX_SIGNIFICANT_FIGURES = 5;
    private static final BigDecimal FLOAT_TOLERANCE = new BigDecimal("1e-12");
    private static final BigDecimal HASH_INT_TOLERANCE = new BigDecimal("1e-3");
    private static final BigDecimal INTEGER_PRICE_THRESHOLD = BigDecimal.valueOf(100_000);

    private HyperliquidWire() {
    }

    /** Plain decimal string without trailing zeros or exponent; any zero is {@code "0"}. */
    public static String decimalToWire(BigDecimal x) {
        if (x.signum() == 0) {
            return "0";
        }
        return x.stripTrailingZeros().toPlainString();
    }

    /**
     * {@code float_to_wire}: the value with at most 8 decimals; refused when that would change it by
     * 1e-12 or more.
     */
    public static WireResult<String> floatToWire(BigDecimal x) {
        BigDecimal rounded = x.setScale(8, RoundingMode.HALF_EVEN);
        if (rounded.subtract(x).abs().compareTo(FLOAT_TOLERANCE) >= 0) {
            return WireResult.refused(WireResult.Reason.NEEDS_ROUNDING,
                    "float_to_wire causes rounding: " + x.toPlainString());
        }
        return WireResult.ok(decimalToWire(rounded));
    }

    /** {@code float_to_int_for_hashing}: {@code round(x · 10^8)}, refused when that rounds by 1e-3 or more. */
    public static WireResult<BigInteger> floatToIntForHashing(BigDecimal x) {
        return scaledInt(x, 8);
    }

    /** {@code float_to_usd_int}: {@code round(x · 10^6)}, refused when that rounds by 1e-3 or more. */
    public static WireResult<BigInteger> floatToUsdInt(BigDecimal x) {
        return scaledInt(x, 6);
    }

    private static WireResult<BigInteger> scaledInt(BigDecimal x, int power) {
        BigDecimal scaled = x.movePointRight(power);
        BigDecimal rounded = scaled.setScale(0, RoundingMode.HALF_EVEN);
        if (rounded.subtract(scaled).abs().compareTo(HASH_INT_TOLERANCE) >= 0) {
            return WireResult.refused(WireResult.Reason.NEEDS_ROUNDING,
                    "float_to_int causes rounding: " + x.toPlainString());
        }
        return WireResult.ok(rounded.toBigIntegerExact());
    }

    /** A limit or trigger price as a wire string; refused when it breaks the significant-figure or decimal rule. */
    public static WireResult<String> priceToWire(BigDecimal px, HlAsset asset) {
        if (px.signum() <= 0) {
            return WireResult.refused(WireResult.Reason.NOT_POSITIVE, "price must be positive: " + px.toPlainString());
        }
        BigDecimal p = px.stripTrailingZeros();
        if (p.scale() > 0) {
            if (p.precision() > MAX_SIGNIFICANT_FIGURES) {
                return WireResult.refused(WireResult.Reason.TOO_MANY_SIGNIFICANT_FIGURES,
                        asset.name() + " price " + p.toPlainString() + " has more than 5 significant figures");
            }
            if (p.scale() > asset.maxPriceDecimals()) {
                return WireResult.refused(WireResult.Reason.TOO_MANY_DECIMALS, asset.name() + " price "
                        + p.toPlainString() + " has more than " + asset.maxPriceDecimals() + " decimals");
            }
        }
        return floatToWire(p);
    }

    /** A size as a wire string; refused when not positive or with more than {@code szDecimals} decimals. */
    public static WireResult<String> sizeToWire(BigDecimal sz, HlAsset asset) {
        if (sz.signum() <= 0) {
            return WireResult.refused(WireResult.Reason.NOT_POSITIVE, "size must be positive: " + sz.toPlainString());
        }
        BigDecimal s = sz.stripTrailingZeros();
        if (s.scale() > asset.szDecimals()) {
            return WireResult.refused(WireResult.Reason.TOO_MANY_DECIMALS, asset.name() + " size "
                    + s.toPlainString() + " has more than " + asset.szDecimals() + " decimals");
        }
        return floatToWire(s);
    }

    /** The price of {@code ticks} (scaled by {@code spec}) as a wire string. */
    public static WireResult<String> priceToWire(long ticks, InstrumentSpec spec, HlAsset asset) {
        return priceToWire(spec.priceDecimal(ticks), asset);
    }

    /** The quantity of {@code lots} (scaled by {@code spec}) as a wire string. */
    public static WireResult<String> sizeToWire(long lots, InstrumentSpec spec, HlAsset asset) {
        return sizeToWire(spec.qtyDecimal(lots), asset);
    }

    /**
     * Rounds a price to a valid one: to an integer at or above 100000 (like the SDK), otherwise to 5
     * significant figures and then to the asset's maximum decimals, both with {@code mode}.
     */
    public static BigDecimal roundPrice(BigDecimal px, HlAsset asset, RoundingMode mode) {
        if (px.abs().compareTo(INTEGER_PRICE_THRESHOLD) >= 0) {
            return px.setScale(0, mode);
        }
        BigDecimal sig = px.round(new MathContext(MAX_SIGNIFICANT_FIGURES, mode));
        return sig.scale() > asset.maxPriceDecimals() ? sig.setScale(asset.maxPriceDecimals(), mode) : sig;
    }

    /** Rounds a size to {@code szDecimals} with {@code mode}. */
    public static BigDecimal roundSize(BigDecimal sz, HlAsset asset, RoundingMode mode) {
        return sz.setScale(asset.szDecimals(), mode);
    }

    /** Ticks of a wire price (a decimal string from the venue), rounded onto the instrument grid with {@code mode}. */
    public static long ticksOf(String wirePrice, InstrumentSpec spec, RoundingMode mode) {
        return new BigDecimal(wirePrice).setScale(spec.priceScale(), mode).unscaledValue().longValueExact();
    }

    /** Lots of a wire size (a decimal string from the venue), rounded onto the instrument grid with {@code mode}. */
    public static long lotsOf(String wireSize, InstrumentSpec spec, RoundingMode mode) {
        return new BigDecimal(wireSize).setScale(spec.qtyScale(), mode).unscaledValue().longValueExact();
    }
}
