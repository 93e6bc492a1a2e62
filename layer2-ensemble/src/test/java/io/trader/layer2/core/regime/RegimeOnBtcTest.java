package io.trader.layer2.core.regime;

import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real data, out of sample: BTC/USDT 1h, Sep 2020 - Sep 2025. The regime of bar t comes from a model fitted
 * on bars before t (walk-forward); the realised volatility of the next 24 bars, which no model had seen
 * when bar t was assigned, must be higher in the highest-numbered regime than in regime 0.
 */
class RegimeOnBtcTest {

    private static final String BTC_1H_2020 = "ohlcv_1h/btcusdt-1h-binance-spot-20200920-20250919.csv.gz";

    /** Closes of a candle CSV (date,open,high,low,close,volume); a tiny reader, layer 2 has no layer-0 loaders. */
    static double[] closes(Path file) throws IOException {
        double[] out = new double[1 << 16];
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.US_ASCII))) {
            String line = r.readLine();
            assertTrue(line.startsWith("date,open,high,low,close"), "unexpected header: " + line);
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = Double.parseDouble(f[4]);
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    @Test
    void highestRegimeIsFollowedByHigherVolatilityThanRegimeZero() throws IOException {
        double[] close = closes(SharedData.file(BTC_1H_2020));
        assertTrue(close.length > 40_000, "bars: " + close.length);
        int n = close.length;
        double[] lr = new double[n];
        for (int t = 1; t < n; t++) {
            lr[t] = Math.log(close[t] / close[t - 1]);
        }
        for (String model : new String[] {"kmeans", "gmm"}) {
            RegimeConfig cfg = new RegimeConfig(3, model, 4320, 720, 720, 42);
            RegimeDetector d = new RegimeDetector(cfg);
            FeatureVector fv = new FeatureVector(null);
            double sma = 0;
            double sq = 0;
            double[] sum = new double[cfg.k()];
            long[] count = new long[cfg.k()];
            for (int t = 0; t < n; t++) {
                sma += close[t] - (t >= 200 ? close[t - 200] : 0);
                sq += lr[t] * lr[t] - (t >= 24 ? lr[t - 24] * lr[t - 24] : 0);
                fv.stamp(t * 3_600_000L, t + 1);
                fv.set(Feature.CLOSE, close[t]);
                fv.set(Feature.SMA_200, t >= 199 ? sma / 200 : Double.NaN);
                fv.set(Feature.REALIZED_VOL_24, t >= 24 ? Math.sqrt(Math.max(sq, 0)) : Double.NaN);
                int r = d.regime(fv);
                if (r >= 0 && t + 24 < n) {
                    double fwd = 0;
                    for (int i = t + 1; i <= t + 24; i++) {
                        fwd += lr[i] * lr[i];
                    }
                    sum[r] += Math.sqrt(fwd);
                    count[r]++;
                }
            }
            StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                    "BTC 1h 2020-2025, %s k=3, window 4320, refit every 720 (%d fits): next-24h realised vol by regime:",
                    model, d.fits()));
            for (int j = 0; j < cfg.k(); j++) {
                table.append(String.format(Locale.ROOT, " regime %d: %.4f over %d bars;", j, sum[j] / count[j], count[j]));
            }
            System.out.println(table);
            double calm = sum[0] / count[0];
            double wild = sum[cfg.k() - 1] / count[cfg.k() - 1];
            assertTrue(count[0] > 1000 && count[cfg.k() - 1] > 1000, table.toString());
            assertTrue(wild > 1.3 * calm, table.toString());
        }
    }
}
