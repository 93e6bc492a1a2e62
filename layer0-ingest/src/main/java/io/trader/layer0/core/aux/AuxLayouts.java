package io.trader.layer0.core.aux;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The auxiliary file layouts of {@code shared/data} (pure: bytes in, series out).
 * <ul>
 *   <li>Binance funding rates in the freqtrade layout ({@code date,open,high,low,close,volume}, the rate in
 *   {@code open}): {@link #funding}.</li>
 *   <li>OHLC files (mark-price klines, perp or spot candles, {@code date} = open time): {@link #closes}, the close
 *   known at the candle's close time.</li>
 *   <li>Daily on-chain and sentiment files, four layouts told apart by the header: {@code Date,Data} (UTF-8 BOM,
 *   dates {@code 2009.10.5}), {@code Datetime,<name>} (ISO, newest-first, empty values),
 *   {@code Date,fng_value,fng_class} (Fear &amp; Greed, CRLF) and {@code t,<name>} (Glassnode): {@link #daily}.</li>
 * </ul>
 */
public final class AuxLayouts {

    static final long DAY_MS = 86_400_000L;

    /** Most funding-time jitter snapped away. */
    public static final long MAX_JITTER_MS = 100;

    private AuxLayouts() {
    }

    /**
     * Funding events. The recorded times carry a few ms of jitter ({@code 2025-05-26T16:00:00.002Z}); each is
     * snapped to the nearest whole second, the settlement time Binance means (jitter is a few ms in these files;
     * a time more than {@value #MAX_JITTER_MS} ms from a whole second is refused as not jitter).
     */
    public static FundingEvents funding(String source, byte[] data) {
        TimeValues tv = AuxCsv.read(source, data, List.of("date"), "open");
        long[] snapped = new long[tv.size()];
        int moved = 0;
        for (int i = 0; i < snapped.length; i++) {
            long t = tv.times()[i];
            long s = Math.floorDiv(t + 500, 1000) * 1000;
            if (Math.abs(s - t) > MAX_JITTER_MS) {
                throw new AuxInputException(source, 0, "funding time " + Instant.ofEpochMilli(t) + " is "
                        + Math.abs(s - t) + " ms from a whole second: more than the " + MAX_JITTER_MS + " ms of jitter"
                        + " accepted");
            }
            if (s != t) {
                moved++;
            }
            if (i > 0 && s <= snapped[i - 1]) {
                throw new AuxInputException(source, 0, "funding times " + Instant.ofEpochMilli(tv.times()[i - 1])
                        + " and " + Instant.ofEpochMilli(t) + " fall on the same second once jitter is removed");
            }
            snapped[i] = s;
        }
        return new FundingEvents(source, new AsOfSeries(source + " funding", snapped, tv.values()), moved,
                tv.skippedEmpty());
    }

    /** The {@code close} of each candle, available at its close time (open time + {@code intervalMs}). */
    public static AsOfSeries closes(String source, byte[] data, long intervalMs) {
        TimeValues tv = AuxCsv.read(source, data, List.of("date", "open_time", "timestamp"), "close");
        for (int i = 1; i < tv.size(); i++) {
            if (tv.times()[i] - tv.times()[i - 1] < intervalMs) {
                throw new AuxInputException(source, 0, "candles " + Instant.ofEpochMilli(tv.times()[i - 1]) + " and "
                        + Instant.ofEpochMilli(tv.times()[i]) + " are closer than the interval " + intervalMs + " ms");
            }
        }
        return tv.availableAfter(intervalMs);
    }

    /** One daily series (one value per UTC day, the time = the day's midnight), layout from the header. */
    public static TimeValues daily(String source, byte[] data) {
        String[] h = Arrays.stream(AuxCsv.header(data)).map(String::trim).toArray(String[]::new);
        TimeValues tv;
        if (h.length == 3 && h[0].equalsIgnoreCase("Date") && h[1].equalsIgnoreCase("fng_value")) {
            tv = AuxCsv.read(source, data, List.of("Date"), "fng_value");
        } else if (h.length == 2 && (h[0].equalsIgnoreCase("Date") || h[0].equalsIgnoreCase("Datetime")
                || h[0].equals("t")) && !h[1].isEmpty()) {
            tv = AuxCsv.read(source, data, List.of(h[0]), h[1]);
        } else {
            throw new AuxInputException(source, 1, "unknown daily layout, header " + Arrays.toString(h)
                    + ": expected Date,Data / Datetime,<name> / Date,fng_value,fng_class / t,<name>");
        }
        for (int i = 0; i < tv.size(); i++) {
            if (tv.times()[i] % DAY_MS != 0) {
                throw new AuxInputException(source, 0, "not a daily series: " + Instant.ofEpochMilli(tv.times()[i])
                        + " is not midnight UTC");
            }
        }
        return tv;
    }

    /**
     * A daily series as known in time: the value of day D (midnight {@code D}) becomes available when the day has
     * closed plus the publication lag, at {@code D + 24 h + lagMs}.
     */
    public static AsOfSeries dailyAvailability(TimeValues daily, long lagMs) {
        if (lagMs < 0) {
            throw new IllegalArgumentException("publication lag must be >= 0 ms: " + lagMs);
        }
        return daily.availableAfter(DAY_MS + lagMs);
    }
}
