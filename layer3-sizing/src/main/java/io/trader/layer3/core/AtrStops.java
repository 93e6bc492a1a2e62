package io.trader.layer3.core;

import java.util.List;

/**
 * The exits of one ATR-sized entry: a value other products (e.g. published signals) can reuse.
 *
 * @param side        +1 long, -1 short
 * @param entry       entry price (the close the entry was sized at)
 * @param stop        stop price: {@code entry - side x riskPerUnit}
 * @param riskPerUnit stop distance in price units, {@code stopAtr x ATR} (never below one tick)
 * @param takeProfits take-profit prices {@code entry + side x k x riskPerUnit} for each multiple k (1R, 2R, ...),
 *                    nearest first
 */
public record AtrStops(int side, double entry, double stop, double riskPerUnit, List<Double> takeProfits) {

    public AtrStops {
        if (side != 1 && side != -1) {
            throw new IllegalArgumentException("side must be +1 or -1, was " + side);
        }
        if (!(entry > 0) || !(riskPerUnit > 0) || !Double.isFinite(entry) || !Double.isFinite(riskPerUnit)) {
            throw new IllegalArgumentException("entry and riskPerUnit must be positive, were " + entry + ", "
                    + riskPerUnit);
        }
        takeProfits = List.copyOf(takeProfits);
    }

    /** The stops of an entry at {@code entry} with stop distance {@code riskPerUnit} and the R multiples. */
    public static AtrStops of(int side, double entry, double riskPerUnit, List<Double> rMultiples) {
        Double[] tps = new Double[rMultiples.size()];
        for (int i = 0; i < tps.length; i++) {
            tps[i] = entry + side * rMultiples.get(i) * riskPerUnit;
        }
        return new AtrStops(side, entry, entry - side * riskPerUnit, riskPerUnit, List.of(tps));
    }
}
