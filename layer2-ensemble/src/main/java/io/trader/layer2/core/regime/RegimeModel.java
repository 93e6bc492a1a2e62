package io.trader.layer2.core.regime;

/**
 * A fitted regime model: assigns a row of regime features (e.g. realised volatility, trend, Fear &amp; Greed,
 * MVRV) to one of {@link #regimes()} regimes. Regimes are numbered by ascending mean of the first feature
 * (volatility), so regime 0 is the calmest. Pure and allocation-free in {@link #assign}.
 */
public interface RegimeModel {

    /** {@code kmeans}, {@code gmm}. */
    String kind();

    int regimes();

    /** The regime of {@code row}; rows with NaN inputs are assigned on their finite inputs only. */
    int assign(double[] row);
}
