package io.trader.layer1.core.sweep;

import io.trader.core.testing.SharedData;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * BTC 1m from the shared data, read the way ta4j-peer reads it (bar i = i-th data row), prices in cents.
 * Test scope only: layer 1 does not depend on layer 0's reader.
 */
final class RealBars {

    static final int N = 130_708;
    private static long[] open;
    private static long[] close;

    private RealBars() {
    }

    static synchronized long[][] btc1m() {
        if (close == null) {
            Path file = SharedData.file(SharedData.BTC_1M);
            long[] o = new long[N];
            long[] c = new long[N];
            int n = 0;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.US_ASCII))) {
                r.readLine();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String[] f = line.split(",");
                    o[n] = cents(f[1]);
                    c[n] = cents(f[4]);
                    n++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (n != N) {
                throw new AssertionError("expected " + N + " rows, read " + n);
            }
            open = o;
            close = c;
        }
        return new long[][] {open, close};
    }

    static SweepBars sweepBars() {
        long[][] oc = btc1m();
        return new SweepBars(oc[0], oc[1], 60_000);
    }

    private static long cents(String s) {
        return new BigDecimal(s).movePointRight(2).longValueExact();
    }
}
