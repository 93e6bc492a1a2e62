package io.trader.layer1.core.label;

import io.trader.core.testing.SharedData;
import io.trader.layer1.core.validation.WalkForward;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The design's default labels on 5 years of BTC 1h bars: sane, all classes present, resolution within the horizon. */
public class RealDataLabelsTest {

    static final long H = 3_600_000L;

    public static PriceSeries load(Path file) throws IOException {
        List<long[]> t = new ArrayList<>();
        List<double[]> v = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            String header = r.readLine();
            assertTrue(header.startsWith("date,open,high,low,close"), header);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                // a bar is known at its close: open time + 1h
                t.add(new long[] {Instant.parse(f[0]).toEpochMilli() + H});
                v.add(new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])});
            }
        }
        int n = t.size();
        long[] times = new long[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = t.get(i)[0];
            h[i] = v.get(i)[0];
            l[i] = v.get(i)[1];
            c[i] = v.get(i)[2];
        }
        return new PriceSeries(times, h, l, c);
    }

    @Test
    void defaultLabelsOnFiveYearsOfBtcHourly() throws IOException {
        PriceSeries p = load(SharedData.file("ohlcv_1h/btcusdt-1h-binance-spot-20200920-20250919.csv.gz"));
        assertTrue(p.size() > 40_000);
        for (LabelSpec spec : new LabelSpec[] {LabelSpec.DEFAULT, LabelSpec.ATR_DEFAULT}) {
            List<Label> labels = TripleBarrierLabeller.label(p, spec);
            assertTrue(labels.size() > p.size() - 100, spec + ": " + labels.size());
            Map<Double, Integer> classes = new TreeMap<>();
            Map<Barrier, Integer> barriers = new EnumMap<>(Barrier.class);
            for (Label l : labels) {
                classes.merge(l.value(), 1, Integer::sum);
                barriers.merge(l.barrier(), 1, Integer::sum);
                assertTrue(l.resolvedTime() > l.startTime() || l.barrier() != Barrier.VERTICAL);
                if (l.barrier() == Barrier.VERTICAL) {
                    assertTrue(l.resolvedTime() >= l.startTime() + spec.horizonMs());
                } else {
                    assertTrue(l.resolvedTime() <= l.startTime() + spec.horizonMs() + 24 * H, "gap-sized at most");
                }
            }
            assertEquals(3, classes.size(), spec + " " + classes);
            System.out.printf("BTC 1h 2020-2025, %s: %d labels, classes %s, barriers %s%n", spec.toText(),
                    labels.size(), classes, barriers);
            List<WalkForward.Segment> plan = WalkForward.plan(p.times(), labels, new WalkForward.Spec(24 * 365, 24 * 30,
                    0, 4));
            for (WalkForward.Segment s : plan) {
                for (int i : s.train()) {
                    assertTrue(labels.get(i).resolvedTime() < s.fitTime());
                }
            }
        }
    }
}
