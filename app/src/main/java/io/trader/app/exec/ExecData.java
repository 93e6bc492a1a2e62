package io.trader.app.exec;

import io.trader.core.market.Bar;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer4.core.exec.BarEpisodes;
import io.trader.layer4.core.exec.BarImpactModel;
import io.trader.layer4.core.exec.BarTape;

import java.util.List;
import java.util.Locale;

/**
 * A candle file as the bars of execution episodes. Episodes assume a regular grid: a file with gaps (or
 * duplicated times) is refused rather than letting an episode run silently across a hole.
 */
public final class ExecData {

    private ExecData() {
    }

    public static BarTape tape(CandleSeries s) {
        List<Bar> bars = s.bars();
        int n = bars.size();
        long step = s.intervalMillis();
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        int gaps = 0;
        long firstGap = -1;
        for (int i = 0; i < n; i++) {
            Bar b = bars.get(i);
            if (i > 0 && b.openTime() - bars.get(i - 1).openTime() != step) {
                if (gaps++ == 0) {
                    firstGap = bars.get(i - 1).openTime();
                }
            }
            t[i] = b.openTime();
            o[i] = b.openPrice();
            h[i] = b.highPrice();
            l[i] = b.lowPrice();
            c[i] = b.closePrice();
            v[i] = b.volume();
        }
        if (gaps > 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s has %d gap(s) in its %d ms grid (first "
                    + "after %s): execution episodes need contiguous bars; cut the file at the gaps",
                    s.source(), gaps, step, java.time.Instant.ofEpochMilli(firstGap)));
        }
        return new BarTape(step, t, o, h, l, c, v);
    }

    /** "15m" / "1h" / "90s" as milliseconds. */
    public static long duration(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        long unit;
        if (s.endsWith("ms")) {
            unit = 1;
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s")) {
            unit = 1_000;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("m")) {
            unit = 60_000;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("h")) {
            unit = 3_600_000;
            s = s.substring(0, s.length() - 1);
        } else {
            throw new IllegalArgumentException("a duration looks like 15m, 30m, 1h; got '" + text + "'");
        }
        try {
            long v = Long.parseLong(s);
            if (v <= 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(v, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("a duration looks like 15m, 30m, 1h; got '" + text + "'");
        }
    }

    /**
     * Episodes of {@code horizonMillis} in about {@code decisions} decisions: each decision spans a whole number of
     * bars (at least one), so 15m with 10 decisions becomes 15 decisions of 1 bar, 30m 10 of 3 bars.
     */
    public static BarEpisodes episodes(BarTape tape, BarImpactModel model, long horizonMillis, int decisions,
                                       double participation, double unitsPerLot) {
        if (horizonMillis % tape.barMillis() != 0) {
            throw new IllegalArgumentException("horizon " + horizonMillis / 60_000.0 + " min is not a whole number "
                    + "of " + tape.barMillis() / 60_000.0 + "-min bars");
        }
        int horizonBars = (int) (horizonMillis / tape.barMillis());
        int per = Math.max(1, horizonBars / decisions);
        if (horizonBars % per != 0) {
            per = 1;
        }
        return new BarEpisodes(tape, model, horizonBars / per, per, participation, unitsPerLot, 1);
    }

    /** "30m" for 1,800,000 ms. */
    public static String label(long horizonMillis) {
        return horizonMillis % 3_600_000 == 0 ? horizonMillis / 3_600_000 + "h" : horizonMillis / 60_000 + "m";
    }
}
