package io.trader.layer0.core;

import io.trader.core.market.Bar;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureConfig;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.trader.core.signal.Feature.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fixed-period indicators on tiny series worked out by hand (fractions in the comments), streaming
 * and batch alike. Bar numbers count from 1; NaN entries are "not warm yet".
 */
class HandComputedIndicatorsTest {

    private static final double EPS = 1e-9;
    private static final double N = Double.NaN;

    /** Asserts {@code expected} at the LAST {@code expected.length} bars, streamed and batch. */
    private static void assertTail(List<Bar> bars, Feature f, double... expected) {
        double[][] s = TestBars.stream(bars, FeatureConfig.DEFAULT);
        double[] batch = BatchFeatures.compute(bars, FeatureConfig.DEFAULT)[f.ordinal()];
        int off = bars.size() - expected.length;
        for (int k = 0; k < expected.length; k++) {
            int bar = off + k + 1;
            assertEquals(expected[k], s[off + k][f.ordinal()], EPS, f + " streamed at bar " + bar);
            assertEquals(expected[k], batch[off + k], EPS, f + " batch at bar " + bar);
        }
    }

    private static double[] repeat(double value, int n, double... then) {
        double[] out = Arrays.copyOf(new double[0], n + then.length);
        Arrays.fill(out, 0, n, value);
        System.arraycopy(then, 0, out, n, then.length);
        return out;
    }

    @Test
    void smaAndWmaOfFive() {
        // bar 5: SMA (1+2+3+4+5)/5 = 3; WMA (1*1+2*2+3*3+4*4+5*5)/15 = 55/15
        // bar 6 (window 2,3,4,5,1): SMA 15/5 = 3; WMA (1*2+2*3+3*4+4*5+5*1)/15 = 45/15 = 3
        // bar 7 (window 3,4,5,1,7): SMA 20/5 = 4; WMA (3+8+15+4+35)/15 = 65/15
        List<Bar> bars = TestBars.closes(1, 2, 3, 4, 5, 1, 7);
        assertTail(bars, SMA_5, N, N, N, N, 3, 3, 4);
        assertTail(bars, WMA_5, N, N, N, N, 55.0 / 15, 3, 65.0 / 15);
    }

    @Test
    void emaOfFiveIsSeededWithTheSma() {
        // alpha 2/6 = 1/3: bar 5 = SMA(1..5) = 3; bar 6 = 3 + (9-3)/3 = 5; bar 7 = 5 + (2-5)/3 = 4
        assertTail(TestBars.closes(1, 2, 3, 4, 5, 9, 2), EMA_5, N, N, N, N, 3, 5, 4);
    }

    @Test
    void macdOfAStepAfterAFlatStretch() {
        // 34 closes of 100: line 0 from bar 26, signal and histogram 0 from bar 34.
        // bar 35 close 126: EMA12 = 100 + 26*2/13 = 104, EMA26 = 100 + 26*2/27, line 4 - 52/27 = 56/27;
        // signal = 0 + (56/27)*2/10 = 56/135; histogram 56/27 - 56/135 = 224/135
        List<Bar> bars = TestBars.closes(repeat(100, 34, 126));
        assertTail(bars, MACD, 0, 0, 0, 56.0 / 27);
        assertTail(bars, MACD_SIGNAL, N, N, 0, 56.0 / 135);
        assertTail(bars, MACD_HIST, N, N, 0, 224.0 / 135);
    }

    @Test
    void rsi14AllGainsThenADrop() {
        // closes 1..15: 14 gains of 1, no loss -> RSI 100 at bar 15.
        // bar 16 close 13 (change -2): gain (1*13 + 0)/14 = 13/14, loss (0*13 + 2)/14 = 2/14,
        // RS 13/2, RSI 100 - 100/7.5 = 260/3
        double[] closes = new double[16];
        for (int i = 0; i < 15; i++) {
            closes[i] = i + 1;
        }
        closes[15] = 13;
        assertTail(TestBars.closes(closes), RSI_14, N, 100, 260.0 / 3);
    }

    @Test
    void stochasticWilliamsAndTheWindowLettingExtremesGo() {
        // highs 12 except bar 4 (20); lows 10 except bar 6 (8); closes 11 except where noted.
        double[][] rows = new double[20][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i == 3 ? 20 : 12, i == 5 ? 8 : 10, 11};
        }
        rows[14][2] = 12;
        rows[15][2] = 9.5;
        List<Bar> bars = TestBars.hlc(rows);
        // bar 14 (bars 1-14): HH 20, LL 8 -> %K 100*(11-8)/12 = 25, %R -100*(20-11)/12 = -75
        // bar 15: close 12 -> %K 100*4/12; bar 16: close 9.5 -> %K 100*1.5/12 = 12.5
        // bar 17: %K 25 again; bar 18 (bars 5-18): the 20 high has left, HH 12 -> %K 100*3/4 = 75
        // bar 19: same window extremes -> 75; bar 20 (bars 7-20): the 8 low has left, LL 10 -> 50
        assertTail(bars, STOCH_K, N, 25, 100.0 / 3, 12.5, 25, 75, 75, 50);
        assertTail(bars, WILLIAMS_R, N, -75, -100.0 * 8 / 12, -100 * 10.5 / 12, -75, -25, -25, -50);
        // %D = mean of the last three %K, from bar 16
        assertTail(bars, STOCH_D, N, N, (25 + 100.0 / 3 + 12.5) / 3, (100.0 / 3 + 12.5 + 25) / 3, (12.5 + 25 + 75) / 3,
                (25 + 75 + 75) / 3.0, (75 + 75 + 50) / 3.0);
    }

    @Test
    void flatRangeGivesTheMiddle() {
        List<Bar> bars = TestBars.closes(repeat(10, 14));
        assertTail(bars, STOCH_K, 50);
        assertTail(bars, WILLIAMS_R, -50);
    }

    @Test
    void rateOfChangeOverTenBars() {
        // bar 11: 100*(110/100 - 1) = 10; bar 12: 100*(99/100 - 1) = -1
        assertTail(TestBars.closes(repeat(100, 10, 110, 99)), ROC_10, N, 10, -1);
    }

    @Test
    void atr14FromAConstantRangeThenAWideBar() {
        // bars high 11 low 9 close 10: TR 2 from bar 2 -> ATR_14 = 2 at bar 15;
        // bar 16 high 18 low 9 close 17: TR max(9, 8, 1) = 9 -> (2*13 + 9)/14 = 2.5
        double[][] rows = new double[16][];
        for (int i = 0; i < 15; i++) {
            rows[i] = new double[] {11, 9, 10};
        }
        rows[15] = new double[] {18, 9, 17};
        assertTail(TestBars.hlc(rows), ATR_14, N, 2, 2.5);
    }

    @Test
    void bollingerOfTwoLevels() {
        // ten closes of 1 then ten of 3: mean 2, population sigma 1 -> upper 4, lower 0,
        // width (4-0)/2 = 2, %B of the last close (3 - 0)/4 = 0.75
        List<Bar> bars = TestBars.closes(repeat(1, 10, repeat(3, 10)));
        assertTail(bars, BB_MIDDLE, N, 2);
        assertTail(bars, BB_UPPER, N, 4);
        assertTail(bars, BB_LOWER, N, 0);
        assertTail(bars, BB_WIDTH, N, 2);
        assertTail(bars, BB_PERCENT_B, N, 0.75);
        // twenty equal closes: the bands collapse onto the close, width 0 and %B 0.5
        List<Bar> flat = TestBars.closes(repeat(5, 20));
        assertTail(flat, BB_WIDTH, 0);
        assertTail(flat, BB_PERCENT_B, 0.5);
        assertTail(flat, BB_UPPER, 5);
    }

    @Test
    void realisedVolatilityOfAlternatingDoublings() {
        // closes 1,2,1,2,...: 24 log returns of +-ln 2 -> sqrt(24 ln^2 2) = ln 2 * sqrt 24 at bar 25
        double[] closes = new double[25];
        for (int i = 0; i < closes.length; i++) {
            closes[i] = i % 2 == 0 ? 1 : 2;
        }
        assertTail(TestBars.closes(closes), REALIZED_VOL_24, N, Math.log(2) * Math.sqrt(24));
    }

    @Test
    void obvTypicalAndWeightedPrice() {
        // closes 10, 11, 11, 10, 12 with volumes 1..5: OBV 0, +2, 2, 2-4 = -2, -2+5 = 3
        List<Bar> bars = TestBars.hlcv(new double[] {10, 10, 10, 1}, new double[] {11, 11, 11, 2},
                new double[] {11, 11, 11, 3}, new double[] {10, 10, 10, 4}, new double[] {12, 9, 11, 5});
        assertTail(bars, OBV, 0, 2, 2, -2, 3);
        // last bar high 12 low 9 close 11: typical 32/3, weighted (12+9+22)/4 = 43/4
        assertTail(bars, TYPICAL_PRICE, 32.0 / 3);
        assertTail(bars, WEIGHTED_PRICE, 43.0 / 4);
    }

    @Test
    void volumeRateOfChange() {
        // volume 2 at bar 1, 3 at bar 11: 100*(3/2 - 1) = 50; a zero volume 10 bars back gives NaN
        double[][] rows = new double[12][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {10, 10, 10, i == 0 ? 2 : i == 1 ? 0 : 1};
        }
        rows[10][3] = 3;
        assertTail(TestBars.hlcv(rows), VOLUME_ROC_10, N, 50, N);
    }

    @Test
    void moneyFlowIndexWithATie() {
        // typical = close (high = low = close), volume 1: closes 10, 11,12,11,12,13,12,13,14,13,14,15,14,15,16
        // up flows 11+12+12+13+13+14+14+15+15+16 = 135, down 11+12+13+14 = 50 -> MFI 100*135/185 at bar 15.
        // bar 16 repeats 16 (a tie, no flow) and the flow of bar 2 (up, 11) leaves: 100*124/174
        double[] c = {10, 11, 12, 11, 12, 13, 12, 13, 14, 13, 14, 15, 14, 15, 16, 16};
        assertTail(TestBars.closes(c), MFI_14, N, 100.0 * 135 / 185, 100.0 * 124 / 174);
    }

    @Test
    void vwapOfTwentyBarsAndNoVolume() {
        // ten bars at 10 with volume 1, ten at 20 with volume 3: (10*10 + 20*30) / 40 = 17.5
        double[][] rows = new double[20][];
        for (int i = 0; i < 20; i++) {
            rows[i] = i < 10 ? new double[] {10, 10, 10, 1} : new double[] {20, 20, 20, 3};
        }
        assertTail(TestBars.hlcv(rows), VWAP_20, N, 17.5);
        for (double[] r : rows) {
            r[3] = 0;
        }
        assertTail(TestBars.hlcv(rows), VWAP_20, N);
    }
}
