package io.trader.layer4.capture;

import io.trader.layer4.core.book.SequenceCheck;

import java.nio.file.Path;

/**
 * How a capture's decimal strings map to ticks and lots, and which id rule its depth stream follows.
 * A price or size with non-zero digits beyond these decimals is off the grid: the line is counted malformed.
 */
public record CaptureFormat(SequenceCheck.Rule rule, int priceDecimals, int qtyDecimals) {

    /** Binance spot BTCUSDT: tick 0.01; sizes in 1e-8 (the order lot is 0.00001 but deep levels carry 8 decimals). */
    public static final CaptureFormat BINANCE_SPOT_BTCUSDT = new CaptureFormat(SequenceCheck.Rule.SPOT, 2, 8);
    /** Binance USD-M BTCUSDT: tick 0.1, lot 0.001. */
    public static final CaptureFormat BINANCE_USDM_BTCUSDT = new CaptureFormat(SequenceCheck.Rule.USDM, 1, 3);

    public CaptureFormat {
        if (priceDecimals < 0 || priceDecimals > 12 || qtyDecimals < 0 || qtyDecimals > 12) {
            throw new IllegalArgumentException("decimals must be in [0, 12], got price=" + priceDecimals
                    + " qty=" + qtyDecimals);
        }
    }

    /** One tick in price units, 10^-priceDecimals. */
    public double tickSize() {
        return Math.pow(10, -priceDecimals);
    }

    /** One lot in base units, 10^-qtyDecimals. */
    public double unitsPerLot() {
        return Math.pow(10, -qtyDecimals);
    }

    /** The format of a {@code hftbacktest-binance-(spot|usdm)-btcusdt_*.gz} capture; refuses other names. */
    public static CaptureFormat forFile(Path file) {
        String name = file.getFileName().toString();
        if (name.contains("binance-spot-btcusdt")) {
            return BINANCE_SPOT_BTCUSDT;
        }
        if (name.contains("binance-usdm-btcusdt")) {
            return BINANCE_USDM_BTCUSDT;
        }
        throw new IllegalArgumentException("unknown capture " + name
                + ": expected hftbacktest-binance-spot-btcusdt_* or hftbacktest-binance-usdm-btcusdt_*");
    }
}
