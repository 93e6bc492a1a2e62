package io.trader.smartmoney.analysis;

import java.util.Arrays;

/**
 * One trader at one time: what was known of it then ({@code features}, named by {@link TraderFeatures#NAMES}) and
 * how it did over the next period ({@code nextReturn}, known only at {@code labelTime}).
 *
 * @param address    the wallet
 * @param time       when the features were known (epoch ms)
 * @param labelTime  when the next period ended and its return was known (after {@code time})
 * @param features   the feature row (NaN for unknown)
 * @param nextReturn the next period's P&amp;L over the account value at {@code time}
 */
public record TraderObservation(String address, long time, long labelTime, double[] features, double nextReturn) {

    public TraderObservation {
        if (address == null || labelTime <= time || !Double.isFinite(nextReturn)) {
            throw new IllegalArgumentException("an observation needs an address, a label after its time and a finite"
                    + " return: " + address + " " + time + " -> " + labelTime + " " + nextReturn);
        }
        features = features.clone();
    }

    /** True when the trader made money over the next period. */
    public boolean profitable() {
        return nextReturn > 0;
    }

    @Override
    public double[] features() {
        return features.clone();
    }

    /** The feature {@code i} without a copy of the row. */
    public double feature(int i) {
        return features[i];
    }

    @Override
    public String toString() {
        return address + "@" + time + Arrays.toString(features) + "->" + nextReturn;
    }
}
