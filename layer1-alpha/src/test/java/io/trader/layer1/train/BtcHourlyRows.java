package io.trader.layer1.train;

import io.trader.core.testing.SharedData;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Training rows from real BTC 1h candles (Binance spot 2020-09..2025-09): six features known at the
 * close of bar t (three lagged log returns, 24-bar realised volatility, log volume ratio to the
 * 24-bar mean, log high/low range) and the next bar's log return (x100) as target.
 */
public final class BtcHourlyRows {

    public static final String FILE = "ohlcv_1h/btcusdt-1h-binance-spot-20200920-20250919.csv.gz";
    public static final int FEATURES = 6;

    public final double[][] x;
    public final double[] nextReturn;

    private BtcHourlyRows(double[][] x, double[] nextReturn) {
        this.x = x;
        this.nextReturn = nextReturn;
    }

    /** Up to {@code limit} rows from the start of the file. */
    public static BtcHourlyRows load(int limit) {
        List<double[]> bars = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(SharedData.file(FILE))), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null && bars.size() < limit + 30) {
                String[] f = line.split(",");
                bars.add(new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = bars.size();
        double[] ret = new double[n];
        for (int t = 1; t < n; t++) {
            ret[t] = Math.log(bars.get(t)[2] / bars.get(t - 1)[2]);
        }
        List<double[]> rows = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        for (int t = 25; t < n - 1 && rows.size() < limit; t++) {
            double m = 0;
            double vm = 0;
            for (int k = t - 23; k <= t; k++) {
                m += ret[k];
                vm += bars.get(k)[3];
            }
            m /= 24;
            vm /= 24;
            double v = 0;
            for (int k = t - 23; k <= t; k++) {
                v += (ret[k] - m) * (ret[k] - m);
            }
            double[] bar = bars.get(t);
            rows.add(new double[] {100 * ret[t], 100 * ret[t - 1], 100 * ret[t - 2], 100 * Math.sqrt(v / 23),
                    Math.log((bar[3] + 1e-9) / (vm + 1e-9)), 100 * Math.log(bar[0] / bar[1])});
            targets.add(100 * ret[t + 1]);
        }
        double[] y = new double[targets.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = targets.get(i);
        }
        return new BtcHourlyRows(rows.toArray(new double[0][]), y);
    }

    /** 1 when the next bar closed up, else 0. */
    public double[] upLabels() {
        double[] y = new double[nextReturn.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = nextReturn[i] > 0 ? 1 : 0;
        }
        return y;
    }
}
