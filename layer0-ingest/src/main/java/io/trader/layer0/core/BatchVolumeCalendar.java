package io.trader.layer0.core;

import io.trader.core.market.Bar;
import io.trader.core.signal.Feature;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Volume features, bar prices and the calendar over a whole bar list, the obvious way: windows summed
 * from scratch, the calendar through {@code java.time} (an independent check of the engine's epoch
 * arithmetic). The reference for {@link IncrementalFeatureEngine}.
 */
final class BatchVolumeCalendar {

    private BatchVolumeCalendar() {
    }

    static void volume(List<Bar> bars, double[][] out) {
        int n = bars.size();
        double[] typical = new double[n];
        double[] vol = new double[n];
        for (int i = 0; i < n; i++) {
            Bar b = bars.get(i);
            typical[i] = (b.highPrice() + b.lowPrice() + b.closePrice()) / 3;
            vol[i] = b.volume();
            out[Feature.TYPICAL_PRICE.ordinal()][i] = typical[i];
            out[Feature.WEIGHTED_PRICE.ordinal()][i] = (b.highPrice() + b.lowPrice() + 2 * b.closePrice()) / 4;
        }
        double obv = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                int dir = Long.compare(bars.get(i).close(), bars.get(i - 1).close());
                obv += dir * vol[i];
            }
            out[Feature.OBV.ordinal()][i] = obv;
        }
        for (int i = 10; i < n; i++) {
            out[Feature.VOLUME_ROC_10.ordinal()][i] = vol[i - 10] == 0 ? Double.NaN : 100 * (vol[i] / vol[i - 10] - 1);
        }
        for (int i = 14; i < n; i++) {
            double pos = 0;
            double neg = 0;
            for (int j = i - 13; j <= i; j++) {
                int dir = Long.compare(hlc(bars.get(j)), hlc(bars.get(j - 1)));
                pos += dir > 0 ? typical[j] * vol[j] : 0;
                neg += dir < 0 ? typical[j] * vol[j] : 0;
            }
            out[Feature.MFI_14.ordinal()][i] = neg == 0 ? 100 : 100 * pos / (pos + neg);
        }
        for (int i = 19; i < n; i++) {
            double pv = 0;
            double v = 0;
            for (int j = i - 19; j <= i; j++) {
                pv += typical[j] * vol[j];
                v += vol[j];
            }
            out[Feature.VWAP_20.ordinal()][i] = v > 0 ? pv / v : Double.NaN;
        }
    }

    /** Typical-price direction is compared on exact tick sums: doubles could call two equal sums different. */
    private static long hlc(Bar b) {
        return b.high() + b.low() + b.close();
    }

    static void calendar(List<Bar> bars, double[][] out) {
        for (int i = 0; i < bars.size(); i++) {
            ZonedDateTime t = Instant.ofEpochMilli(bars.get(i).closeTime()).atZone(ZoneOffset.UTC);
            long msOfDay = t.getHour() * 3_600_000L + t.getMinute() * 60_000L + t.getSecond() * 1000L
                    + t.getNano() / 1_000_000;
            double day = 2 * Math.PI * (msOfDay / 86_400_000.0);
            double week = 2 * Math.PI * ((t.getDayOfWeek().getValue() - 1) / 7.0);
            out[Feature.HOUR_SIN.ordinal()][i] = Math.sin(day);
            out[Feature.HOUR_COS.ordinal()][i] = Math.cos(day);
            out[Feature.WEEKDAY_SIN.ordinal()][i] = Math.sin(week);
            out[Feature.WEEKDAY_COS.ordinal()][i] = Math.cos(week);
            int h = t.getHour();
            out[Feature.SESSION_ASIA.ordinal()][i] = h < 8 ? 1 : 0;
            out[Feature.SESSION_EUROPE.ordinal()][i] = h >= 7 && h < 16 ? 1 : 0;
            out[Feature.SESSION_US.ordinal()][i] = h >= 13 && h < 21 ? 1 : 0;
        }
    }
}
