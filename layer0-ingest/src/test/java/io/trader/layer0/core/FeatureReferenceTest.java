package io.trader.layer0.core;

import io.trader.core.market.Bar;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;
import io.trader.core.testing.SharedData;
import io.trader.layer0.service.CandleFileReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Features against numbers computed outside this code base. */
class FeatureReferenceTest {

    /**
     * StockCharts ChartSchool "Relative Strength Index (RSI)" worked example (spreadsheet cs-rsi.xls):
     * 33 closes, RSI(14) published to two decimals from the 15th close on.
     */
    @Test
    void rsiMatchesTheStockChartsWorkedExample() {
        double[] closes = {44.3389, 44.0902, 44.1497, 43.6124, 44.3278, 44.8264, 45.0955, 45.4245, 45.8433,
            46.0826, 45.8931, 46.0328, 45.6140, 46.2820, 46.2820, 46.0028, 46.0328, 46.4116, 46.2222, 45.6439,
            46.2122, 46.2521, 45.7137, 46.4515, 45.7835, 45.3548, 44.0288, 44.1783, 44.2181, 44.5672, 43.4205,
            42.6628, 43.1314};
        double[] published = {70.53, 66.32, 66.55, 69.41, 66.36, 57.97, 62.93, 63.26, 56.06, 62.38, 54.71,
            50.42, 39.99, 41.46, 41.87, 45.46, 37.30, 33.08, 37.77};
        double[][] s = TestBars.stream(TestBars.closes(closes), FeatureConfig.DEFAULT);
        for (int k = 0; k < published.length; k++) {
            assertEquals(published[k], s[14 + k][Feature.RSI.ordinal()], 0.005, "RSI at close " + (15 + k));
        }
    }

    /**
     * Values on the real BTC/USDT 1m file (default periods) from an independent plain-python3 script,
     * {@code src/test/resources/reference/btc1m_features.py} (stdlib only; written separately, not
     * derived from this code; rerun it to reproduce the table): SMA and z-score with exact
     * {@code fractions.Fraction} arithmetic, volatility with {@code statistics.stdev}, EMA/RSI/ATR by
     * exact-fraction recursion for bar index 30 and 1000 and python-float recursion for 65432 and 130707.
     * Bar index is 0-based (index 30 is the 31st bar, 2025-05-20T00:30Z).
     */
    @Test
    void btc1mMatchesIndependentPythonValues() throws Exception {
        List<Bar> bars = new CandleFileReader().read(SharedData.file(SharedData.BTC_1M)).bars();
        double[][] ref = {
            // index, SMA10, SMA30, EMA12, EMA26, VOL30, RSI14, ATR14, Z20
            {30, 105888.631, 105961.60333333333, 105882.93583318118, 105905.03912731589, 0.0009796721335982629,
                41.58661897345327, 130.6507247214675, -1.4772076388606508},
            {1000, 105371.389, 105312.66733333333, 105369.56788700125, 105335.84365249716,
                0.0005796069621061927, 56.07157494534414, 53.99344298590027, 0.5439677377337085},
            {65432, 108941.469, 108980.54233333333, 108943.79355282725, 108959.56654245556,
                0.00015141263156491456, 41.1553083613547, 13.615285897688613, -0.7190116554069724},
            {130707, 116345.805, 116367.38533333334, 116365.4143395838, 116376.93174959417,
                0.0003708642188921318, 52.26838188894262, 44.14521334198766, 0.8638803769222104},
        };
        Feature[] cols = {Feature.SMA_FAST, Feature.SMA_SLOW, Feature.EMA_FAST, Feature.EMA_SLOW,
            Feature.VOLATILITY, Feature.RSI, Feature.ATR, Feature.ZSCORE};
        IncrementalFeatureEngine engine = new IncrementalFeatureEngine(FeatureConfig.DEFAULT);
        FeatureVector v = new FeatureVector(bars.get(0).instrument());
        int next = 0;
        for (int i = 0; i < bars.size() && next < ref.length; i++) {
            engine.onBar(bars.get(i), v);
            if (i != (int) ref[next][0]) {
                continue;
            }
            for (int c = 0; c < cols.length; c++) {
                double want = ref[next][c + 1];
                double tol = 1e-9 * Math.max(1, Math.abs(want));
                assertEquals(want, v.get(cols[c]), tol, cols[c] + " at index " + i);
            }
            next++;
        }
        assertEquals(ref.length, next);
    }
}
