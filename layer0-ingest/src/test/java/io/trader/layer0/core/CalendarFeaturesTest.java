package io.trader.layer0.core;

import io.trader.core.market.Bar;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.trader.core.signal.Feature.HOUR_COS;
import static io.trader.core.signal.Feature.HOUR_SIN;
import static io.trader.core.signal.Feature.SESSION_ASIA;
import static io.trader.core.signal.Feature.SESSION_EUROPE;
import static io.trader.core.signal.Feature.SESSION_US;
import static io.trader.core.signal.Feature.WEEKDAY_COS;
import static io.trader.core.signal.Feature.WEEKDAY_SIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Calendar features of the bar CLOSE time, UTC, worked out by hand. */
class CalendarFeaturesTest {

    private static final double EPS = 1e-12;

    private static long utc(String iso) {
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Streams one-minute bars closing at the given times; returns the vector after each. */
    private static double[][] at(long... closeTimes) {
        List<Bar> bars = new ArrayList<>();
        for (long t : closeTimes) {
            bars.add(new Bar(TestBars.SPEC, t - 60_000, t, 10_000, 10_000, 10_000, 10_000, 1));
        }
        double[][] streamed = TestBars.stream(bars, FeatureConfig.DEFAULT);
        double[][] batch = BatchFeatures.compute(bars, FeatureConfig.DEFAULT);
        for (int i = 0; i < bars.size(); i++) {
            for (Feature f : new Feature[] {HOUR_SIN, HOUR_COS, WEEKDAY_SIN, WEEKDAY_COS, SESSION_ASIA,
                SESSION_EUROPE, SESSION_US}) {
                assertEquals(batch[f.ordinal()][i], streamed[i][f.ordinal()], EPS, f + " batch vs stream, bar " + i);
            }
        }
        return streamed;
    }

    private static void assertCalendar(double[] v, double hourSin, double hourCos, int weekday, int asia, int europe, int us) {
        assertEquals(hourSin, v[HOUR_SIN.ordinal()], EPS, "hour sin");
        assertEquals(hourCos, v[HOUR_COS.ordinal()], EPS, "hour cos");
        assertEquals(Math.sin(2 * Math.PI * weekday / 7), v[WEEKDAY_SIN.ordinal()], EPS, "weekday sin");
        assertEquals(Math.cos(2 * Math.PI * weekday / 7), v[WEEKDAY_COS.ordinal()], EPS, "weekday cos");
        assertEquals(asia, v[SESSION_ASIA.ordinal()], "Asia");
        assertEquals(europe, v[SESSION_EUROPE.ordinal()], "Europe");
        assertEquals(us, v[SESSION_US.ordinal()], "US");
    }

    @Test
    void hoursWeekdaysAndSessions() {
        double[][] v = at(
                utc("2024-01-01T00:00"),    // Monday (weekday 0) midnight: angle 0; Asia
                utc("2024-01-03T06:00"),    // Wednesday (2), a quarter day: sin 1, cos 0; Asia
                utc("2024-01-03T07:30"),    // 7.5 h: angle 2pi*7.5/24 = 5pi/8; Asia and Europe
                utc("2024-01-05T08:00"),    // Friday (4), 08:00: Asia is [0, 8): Europe only
                utc("2024-01-06T13:00"),    // Saturday (5), 13:00: Europe and US
                utc("2024-01-07T16:00"),    // Sunday (6), 16:00: Europe is [7, 16): US only
                utc("2024-01-07T21:00"),    // 21:00: no session; angle 7pi/4
                utc("2024-01-08T12:00"));   // Monday noon: sin 0, cos -1; Europe
        assertCalendar(v[0], 0, 1, 0, 1, 0, 0);
        assertCalendar(v[1], 1, 0, 2, 1, 0, 0);
        assertCalendar(v[2], Math.sin(5 * Math.PI / 8), Math.cos(5 * Math.PI / 8), 2, 1, 1, 0);
        assertCalendar(v[3], Math.sin(2 * Math.PI / 3), Math.cos(2 * Math.PI / 3), 4, 0, 1, 0);
        assertCalendar(v[4], Math.sin(13 * Math.PI / 12), Math.cos(13 * Math.PI / 12), 5, 0, 1, 1);
        assertCalendar(v[5], Math.sin(4 * Math.PI / 3), Math.cos(4 * Math.PI / 3), 6, 0, 0, 1);
        assertCalendar(v[6], -Math.sqrt(0.5), Math.sqrt(0.5), 6, 0, 0, 0);
        assertCalendar(v[7], 0, -1, 0, 0, 1, 0);
    }

    @Test
    void closeTimeNotOpenTimeAndOddMillisecondsAndBeforeTheEpoch() {
        // a 1h bar opening 07:00 closes 08:00: it is an 08:00 decision (Europe only, not Asia)
        Bar bar = new Bar(TestBars.SPEC, utc("2024-01-05T07:00"), utc("2024-01-05T08:00"), 1, 1, 1, 1, 1);
        FeatureVector fv = new FeatureVector(TestBars.SPEC);
        new IncrementalFeatureEngine().onBar(bar, fv);
        assertCalendar(fv.snapshot(), Math.sin(2 * Math.PI / 3), Math.cos(2 * Math.PI / 3), 4, 0, 1, 0);
        // 12:00:30.500 is 43,230,500 ms into the day (not a whole minute: computed, not from the table);
        // 1969-12-31T23:00 (a Wednesday) is before the epoch: floor, not truncation
        double[][] v = at(utc("1969-12-31T23:00"), utc("2024-01-09T12:00:30.500"));
        assertCalendar(v[0], Math.sin(2 * Math.PI * 23 / 24), Math.cos(2 * Math.PI * 23 / 24), 2, 0, 0, 0);
        double a = 2 * Math.PI * 43_230_500 / 86_400_000.0;
        assertCalendar(v[1], Math.sin(a), Math.cos(a), 1, 0, 1, 0);
    }
}
