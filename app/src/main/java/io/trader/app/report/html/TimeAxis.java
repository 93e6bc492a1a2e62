package io.trader.app.report.html;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Tick positions and labels for a UTC time axis: whole years, quarters, months, weeks, days or hours. */
final class TimeAxis {

    record Tick(long time, String label) {
    }

    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;

    private TimeAxis() {
    }

    static List<Tick> ticks(long t0, long t1, int max) {
        long span = Math.max(1, t1 - t0);
        int[] months = {60, 24, 12, 6, 3, 1};
        long[] fixed = {7 * DAY, DAY, 6 * HOUR, HOUR};
        int pick = -1;
        for (int i = months.length - 1; i >= 0; i--) {
            if (span / (months[i] * 30.44 * DAY) <= max) {
                pick = months[i];
                break;
            }
        }
        List<Tick> out = new ArrayList<>();
        if (pick > 0 && span >= 2 * 30.44 * DAY) {
            ZonedDateTime z = Instant.ofEpochMilli(t0).atZone(ZoneOffset.UTC).withDayOfMonth(1)
                    .truncatedTo(ChronoUnit.DAYS);
            int step = pick;
            while (z.toInstant().toEpochMilli() < t0 || (z.getMonthValue() - 1) % Math.min(step, 12) != 0
                    || step > 12 && z.getYear() % (step / 12) != 0) {
                z = z.plusMonths(1);
            }
            for (; z.toInstant().toEpochMilli() <= t1; z = z.plusMonths(step)) {
                String label = step >= 12 || z.getMonthValue() == 1 ? Integer.toString(z.getYear())
                        : z.toString().substring(0, 7);
                out.add(new Tick(z.toInstant().toEpochMilli(), label));
            }
            return out;
        }
        long step = fixed[fixed.length - 1];
        for (long f : fixed) {
            if (span / f <= max) {
                step = f;
            }
        }
        long first = Math.floorDiv(t0 + step - 1, step) * step;
        for (long t = first; t <= t1; t += step) {
            String iso = Instant.ofEpochMilli(t).toString();
            out.add(new Tick(t, step >= DAY ? iso.substring(0, 10) : iso.substring(5, 16).replace('T', ' ')));
        }
        return out;
    }
}
