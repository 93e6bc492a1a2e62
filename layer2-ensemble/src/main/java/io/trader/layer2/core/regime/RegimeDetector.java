package io.trader.layer2.core.regime;

import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

/**
 * Walk-forward regime of each bar of one instrument. Per bar it reads a row of regime features:
 * <ol>
 *   <li>{@code ln(REALIZED_VOL_24)}: log realised volatility (the log evens out its long right tail; it
 *       is the first column, so regime 0 is the calmest);</li>
 *   <li>{@code ln(CLOSE / SMA_200)}: trend, the close against its long moving average;</li>
 *   <li>{@code FEAR_GREED}, {@code MVRV}: daily sentiment and on-chain level, when finite.</li>
 * </ol>
 * The last {@code window} rows are kept in a ring. Every {@code refitEvery} bars (and at the first bar
 * with {@code minRows} rows) a model ({@link RegimeConfig#model()}) is refitted on the stored rows, all
 * strictly before the current bar; the current bar is then assigned by that model and only afterwards
 * stored. So the regime of bar t never depends on bar t's own row in the fit, nor on any later bar.
 * -1 before the first fit, and for a bar without any finite regime feature (not stored).
 *
 * <p>{@link #regime} is allocation-free except on refit bars.
 */
public final class RegimeDetector implements RegimeSource {

    /** Number of columns of a regime row. */
    public static final int COLUMNS = 4;

    /**
     * Most rows a refit uses: a fuller window is fitted on every s-th stored row (s = ceil(rows / FIT_ROWS)),
     * which keeps a refit near a millisecond (the clustering of a few volatility/trend/sentiment columns
     * needs no more) instead of tens of them, i.e. well under a microsecond per bar.
     */
    public static final int FIT_ROWS = 1024;

    private final RegimeConfig config;
    private final double[][] history;
    private final double[] row = new double[COLUMNS];
    private int count;
    private int pos;
    private long bars;
    private long sinceFit;
    private long fits;
    private RegimeModel model;

    public RegimeDetector(RegimeConfig config) {
        this.config = config;
        this.history = new double[config.window()][COLUMNS];
    }

    @Override
    public int regimes() {
        return config.k();
    }

    @Override
    public int regime(FeatureVector features) {
        bars++;
        sinceFit++;
        if (!fillRow(features, row)) {
            return -1;
        }
        if ((model == null || sinceFit >= config.refitEvery()) && count >= config.minRows()) {
            try {
                model = fitOnSample();
                fits++;
                sinceFit = 0;
            } catch (IllegalArgumentException e) {
                // not enough usable rows (e.g. every column constant): keep the previous model, try next bar
            }
        }
        int r = model == null ? -1 : model.assign(row);
        System.arraycopy(row, 0, history[pos], 0, COLUMNS);
        pos = (pos + 1) % history.length;
        count = Math.min(count + 1, history.length);
        return r;
    }

    private RegimeModel fitOnSample() {
        if (count <= FIT_ROWS) {
            return config.fit(history, count);
        }
        int stride = (count + FIT_ROWS - 1) / FIT_ROWS;
        int n = (count + stride - 1) / stride;
        double[][] sample = new double[n][];
        for (int i = 0; i < n; i++) {
            sample[i] = history[i * stride]; // rows 0..count-1 are all stored (strictly earlier) rows
        }
        return config.fit(sample, n);
    }

    /** Fills {@code out} with the regime row of {@code fv}; false when no column is finite. */
    public static boolean fillRow(FeatureVector fv, double[] out) {
        double vol = fv.get(Feature.REALIZED_VOL_24);
        out[0] = vol > 0 ? Math.log(vol) : Double.NaN;
        double close = fv.get(Feature.CLOSE);
        double sma = fv.get(Feature.SMA_200);
        out[1] = close > 0 && sma > 0 ? Math.log(close / sma) : Double.NaN;
        double fg = fv.get(Feature.FEAR_GREED);
        out[2] = Double.isFinite(fg) ? fg : Double.NaN;
        double mvrv = fv.get(Feature.MVRV);
        out[3] = Double.isFinite(mvrv) ? mvrv : Double.NaN;
        for (double x : out) {
            if (!Double.isNaN(x)) {
                return true;
            }
        }
        return false;
    }

    /** The model in use (null before the first fit). */
    public RegimeModel model() {
        return model;
    }

    /** Refits so far. */
    public long fits() {
        return fits;
    }

    public RegimeConfig config() {
        return config;
    }
}
