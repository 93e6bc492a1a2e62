package io.trader.app.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongUnaryOperator;

/**
 * Calendar returns of an equity curve (UTC). A point stamped at a bar's close time belongs to the period in
 * which that bar ran, so the period of a point is that of {@code time - 1 ms}: the equity at the close of
 * the last hour of January (stamped 1 February 00:00) is January's final equity. A period's return is its
 * last equity over the previous period's last equity (the initial equity for the first period) minus one.
 *
 * @param monthly  per year, 12 monthly returns (NaN for a month without data)
 * @param yearly   per year, the year's return
 * @param dayTimes start of each UTC day with data (epoch ms)
 * @param daily    that day's return
 */
public record PeriodReturns(SortedMap<Integer, double[]> monthly, SortedMap<Integer, Double> yearly,
                            long[] dayTimes, double[] daily) {

    private static final long DAY = 86_400_000L;

    public static PeriodReturns of(double initial, EquityCurve curve) {
        SortedMap<Integer, double[]> monthly = new TreeMap<>();
        for (Period p : periods(initial, curve, PeriodReturns::monthKey)) {
            int year = (int) (p.key / 100);
            monthly.computeIfAbsent(year, y -> {
                double[] a = new double[12];
                Arrays.fill(a, Double.NaN);
                return a;
            })[(int) (p.key % 100) - 1] = p.ret;
        }
        SortedMap<Integer, Double> yearly = new TreeMap<>();
        for (Period p : periods(initial, curve, t -> utc(t).getYear())) {
            yearly.put((int) p.key, p.ret);
        }
        List<Period> days = periods(initial, curve, t -> Math.floorDiv(t, DAY));
        long[] dayTimes = new long[days.size()];
        double[] daily = new double[days.size()];
        for (int i = 0; i < days.size(); i++) {
            dayTimes[i] = days.get(i).key * DAY;
            daily[i] = days.get(i).ret;
        }
        return new PeriodReturns(monthly, yearly, dayTimes, daily);
    }

    private record Period(long key, double ret) {
    }

    private static List<Period> periods(double initial, EquityCurve c, LongUnaryOperator keyOfTime) {
        List<Period> out = new ArrayList<>();
        double prevEnd = initial;
        int n = c.size();
        for (int i = 0; i < n; i++) {
            long key = keyOfTime.applyAsLong(c.times()[i] - 1);
            boolean lastOfPeriod = i == n - 1 || keyOfTime.applyAsLong(c.times()[i + 1] - 1) != key;
            if (lastOfPeriod) {
                double e = c.equity()[i];
                out.add(new Period(key, prevEnd > 0 ? e / prevEnd - 1 : 0));
                prevEnd = e;
            }
        }
        return out;
    }

    private static long monthKey(long t) {
        ZonedDateTime z = utc(t);
        return z.getYear() * 100L + z.getMonthValue();
    }

    private static ZonedDateTime utc(long t) {
        return Instant.ofEpochMilli(t).atZone(ZoneOffset.UTC);
    }
}
