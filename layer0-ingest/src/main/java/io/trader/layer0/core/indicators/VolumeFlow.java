package io.trader.layer0.core.indicators;

import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

/**
 * Volume features and bar prices. First bar (counted from 1): {@code OBV}, {@code TYPICAL_PRICE},
 * {@code WEIGHTED_PRICE}: 1; {@code VOLUME_ROC_10}: 11; {@code MFI_14}: 15; {@code VWAP_20}: 20.
 * <ul>
 *   <li>{@code OBV}: 0 on bar 1, then plus the bar volume when the close rose, minus it when it fell.</li>
 *   <li>{@code VOLUME_ROC_10 = 100 (volume / volume[10 bars ago] - 1)}; {@code NaN} when that old volume
 *       is 0 (no rate of change from nothing).</li>
 *   <li>{@code MFI_14}: money flow = typical price x volume from bar 2 on, positive when the typical
 *       price rose, negative when it fell, neither when unchanged (compared exactly on ticks);
 *       {@code MFI = 100 pos / (pos + neg)} over the last 14 flows, and 100 when the negative flow is 0
 *       (as RSI).</li>
 *   <li>{@code VWAP_20 = sum(typical x volume) / sum(volume)} over the last 20 bars; {@code NaN} when
 *       those 20 bars have no volume.</li>
 * </ul>
 */
public final class VolumeFlow {

    public static final int VROC = 10;
    public static final int MFI = 14;
    public static final int VWAP = 20;

    private final double[] volumes = new double[VROC];
    private final RollingSum positiveFlow = new RollingSum(MFI);
    private final RollingSum negativeFlow = new RollingSum(MFI);
    private final RollingSum priceVolume = new RollingSum(VWAP);
    private final RollingSum volume = new RollingSum(VWAP);
    private long count;
    private int volSlot;
    private double obv;
    private long prevHlc;

    /** First bar (from 1) of the features written here. */
    public static int firstBar(Feature f) {
        return switch (f) {
            case OBV, TYPICAL_PRICE, WEIGHTED_PRICE -> 1;
            case VOLUME_ROC_10 -> VROC + 1;
            case MFI_14 -> MFI + 1;
            case VWAP_20 -> VWAP;
            default -> throw new IllegalArgumentException("not a volume feature: " + f);
        };
    }

    /** @param prevClose previous close in ticks, ignored on the first bar */
    /** @param perTick price units per tick (1 / ticks per unit) */
    public void onBar(long high, long low, long close, long prevClose, double vol, double perTick, FeatureVector out) {
        long hlc = high + low + close;
        double typical = hlc * (perTick / 3);
        double volAgo = volumes[volSlot];
        volumes[volSlot] = vol;
        volSlot = volSlot + 1 == VROC ? 0 : volSlot + 1;
        if (count > 0) {
            obv += close > prevClose ? vol : close < prevClose ? -vol : 0;
            double flow = typical * vol;
            positiveFlow.add(hlc > prevHlc ? flow : 0);
            negativeFlow.add(hlc < prevHlc ? flow : 0);
        }
        count++;
        prevHlc = hlc;
        priceVolume.add(typical * vol);
        volume.add(vol);
        out.set(Feature.OBV, obv);
        out.set(Feature.VOLUME_ROC_10, count > VROC && volAgo != 0 ? 100 * (vol / volAgo - 1) : Double.NaN);
        out.set(Feature.MFI_14, positiveFlow.full() ? mfi(positiveFlow.sum(), negativeFlow.sum()) : Double.NaN);
        double v = volume.sum();
        out.set(Feature.VWAP_20, volume.full() && v > 0 ? priceVolume.sum() / v : Double.NaN);
        out.set(Feature.TYPICAL_PRICE, typical);
        out.set(Feature.WEIGHTED_PRICE, (high + low + 2 * close) * (perTick / 4));
    }

    static double mfi(double positive, double negative) {
        return negative == 0 ? 100 : 100 * positive / (positive + negative);
    }

    public void reset() {
        positiveFlow.reset();
        negativeFlow.reset();
        priceVolume.reset();
        volume.reset();
        count = 0;
        volSlot = 0;
        obv = 0;
        prevHlc = 0;
    }
}
