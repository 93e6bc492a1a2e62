package io.trader.layer3.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-instrument sizers on 17 months of real BTC/USDT hourly bars. Layer 3 may not depend on layer 0, so the
 * test computes the two features itself, as layer 0 defines them: Wilder ATR(14) and the sample stdev of log
 * returns over 24 bars.
 */
class SizersOnRealBarsTest {

    private static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 5);

    private record Bars(double[] high, double[] low, double[] close) {
    }

    private static Bars load() throws IOException {
        Path file = SharedData.file(SharedData.BTC_1H);
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                rows.add(new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])});
            }
        }
        int n = rows.size();
        Bars b = new Bars(new double[n], new double[n], new double[n]);
        for (int i = 0; i < n; i++) {
            b.high[i] = rows.get(i)[0];
            b.low[i] = rows.get(i)[1];
            b.close[i] = rows.get(i)[2];
        }
        return b;
    }

    /** Wilder ATR(14): seeded with the mean of the first 14 true ranges; NaN before. */
    private static double[] atr(Bars b, int n) {
        double[] out = new double[b.close.length];
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            double tr = i == 0 ? b.high[i] - b.low[i] : Math.max(b.high[i] - b.low[i],
                    Math.max(Math.abs(b.high[i] - b.close[i - 1]), Math.abs(b.low[i] - b.close[i - 1])));
            if (i < n) {
                sum += tr;
                out[i] = i == n - 1 ? sum / n : Double.NaN;
            } else {
                out[i] = (out[i - 1] * (n - 1) + tr) / n;
            }
        }
        return out;
    }

    /** Sample stdev of the last {@code n} log returns; NaN before. */
    private static double[] vol(Bars b, int n) {
        double[] out = new double[b.close.length];
        for (int i = 0; i < out.length; i++) {
            if (i < n) {
                out[i] = Double.NaN;
                continue;
            }
            double s = 0;
            double s2 = 0;
            for (int k = i - n + 1; k <= i; k++) {
                double r = Math.log(b.close[k] / b.close[k - 1]);
                s += r;
                s2 += r * r;
            }
            out[i] = Math.sqrt((s2 - s * s / n) / (n - 1));
        }
        return out;
    }

    @Test
    void atrEntriesLoseAtMostTheRiskBudgetAtTheStopOnEveryRealBar() throws IOException {
        Bars b = load();
        double[] atr = atr(b, 14);
        AtrRiskSizer sizer = new AtrRiskSizer(new AtrRiskConfig(0.005, 1.5, 5, 10, 0.01, List.of(1.0, 2.0, 3.0),
                1_000_000 * Money.ONE, 1_000_000 * Money.ONE, 0, false));
        long equity = 10_000 * Money.ONE;
        FeatureVector fv = new FeatureVector(BTC);
        Forecast f = new Forecast(1);
        SizingDecision out = new SizingDecision();
        int sized = 0;
        int stopFirst = 0;
        int targetFirst = 0;
        for (int i = 14; i < b.close.length - 1; i++) {
            fv.set(Feature.CLOSE, b.close[i]);
            fv.set(Feature.ATR, atr[i]);
            double momentum = b.close[i] / b.close[i - 1] - 1;
            f.set(Math.signum(momentum), momentum, 1);
            sizer.size(f, fv, 0, equity, out);
            if (momentum == 0) {
                assertEquals(0, out.targetLots());
                continue;
            }
            double units = Math.abs(out.targetLots()) / (double) BTC.lotsPerUnit();
            double stop = sizer.stopDistance(BTC, atr[i]);
            double lossAtStop = units * stop;
            assertTrue(lossAtStop <= 50.0 + 1e-9, "bar " + i + ": " + lossAtStop);
            assertTrue(units * b.close[i] <= sizer.leverage(atr[i], b.close[i]) * 10_000 + 1e-6, "bar " + i);
            if (out.limitedBy().isEmpty()) {
                // rounding toward zero costs less than one lot's loss at the stop
                assertTrue(lossAtStop > 50.0 - stop / BTC.lotsPerUnit() - 1e-9, "bar " + i + ": " + lossAtStop);
                sized++;
            }
            // walk forward: does the stop or the 1R target come first?
            AtrStops s = sizer.stops(f, fv).orElseThrow();
            for (int k = i + 1; k < b.close.length; k++) {
                boolean stopHit = s.side() > 0 ? b.low[k] <= s.stop() : b.high[k] >= s.stop();
                boolean tpHit = s.side() > 0 ? b.high[k] >= s.takeProfits().get(0)
                        : b.low[k] <= s.takeProfits().get(0);
                if (stopHit) {
                    stopFirst++;
                    break;
                }
                if (tpHit) {
                    targetFirst++;
                    break;
                }
            }
        }
        assertTrue(sized > 10_000, "the risk budget, not a cap, sized most bars: " + sized);
        // a 1.5-ATR stop against a 1R (= 1.5 ATR) target on a random-walk-like market: about half each
        double share = stopFirst / (double) (stopFirst + targetFirst);
        assertTrue(share > 0.4 && share < 0.6, "stop first in " + share);
    }

    @Test
    void volTargetedPositionsCarryAboutTheTargetVolatilityOnRealBars() {
        Bars b;
        try {
            b = load();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        double[] vol = vol(b, 24);
        VolTargetSizer sizer = new VolTargetSizer(new VolTargetConfig(0.20, VolTargetConfig.HOURLY_24_7, 1e-4, 5.0,
                1_000_000_000 * Money.ONE, 1_000_000_000 * Money.ONE, 0, false, false));
        long equity = 1_000_000 * Money.ONE;
        FeatureVector fv = new FeatureVector(BTC);
        Forecast f = new Forecast(1);
        SizingDecision out = new SizingDecision();
        double s = 0;
        double s2 = 0;
        double h = 0;
        double h2 = 0;
        int n = 0;
        for (int i = 24; i < b.close.length - 1; i++) {
            fv.set(Feature.CLOSE, b.close[i]);
            fv.set(Feature.VOLATILITY, vol[i]);
            f.set(1, 0.0001, 1); // always long: the position's volatility is the market's, rescaled
            sizer.size(f, fv, 0, equity, out);
            double next = b.close[i + 1] / b.close[i] - 1;
            double pnl = out.appliedFraction() * next;
            s += pnl;
            s2 += pnl * pnl;
            h += next;
            h2 += next * next;
            n++;
        }
        double annual = Math.sqrt((s2 - s * s / n) / (n - 1) * 8760);
        double buyAndHold = Math.sqrt((h2 - h * h / n) / (n - 1) * 8760);
        assertTrue(buyAndHold > 0.35, "BTC itself is far from the target: " + buyAndHold);
        // measured 0.238: a 24-bar estimate is noisy and 1 / sigma-hat is convex (Jensen), and hourly crypto
        // returns have fat tails, so the position overshoots a little; unscaled it would be the market's ~0.5
        assertTrue(Math.abs(annual - 0.20) < 0.05, "vol-targeted " + annual + " vs target 0.20");
    }
}
