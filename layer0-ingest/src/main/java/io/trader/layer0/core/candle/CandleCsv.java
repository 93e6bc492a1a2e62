package io.trader.layer0.core.candle;

import io.trader.core.market.Candle;

import io.trader.layer0.core.DateText;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The candle CSV layout of {@code shared/data} ({@code date,open,high,low,close,volume}; date = open time, ISO-8601
 * UTC with milliseconds and {@code Z}; numbers in plain notation without trailing zeros), so downloaded venue
 * candles read back through layer 0's {@code CandleFileReader}. Pure.
 */
public final class CandleCsv {

    public static final String HEADER = "date,open,high,low,close,volume";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private CandleCsv() {
    }

    /** One row, without the line break, e.g. {@code 2023-05-21T20:00:00.000Z,0.001601,0.001616,0.001601,0.001604,520665683}. */
    public static String row(Candle c) {
        return date(c.openTime()) + ',' + num(c.open()) + ',' + num(c.high()) + ',' + num(c.low()) + ','
                + num(c.close()) + ',' + num(c.volume());
    }

    /** {@code 2023-05-21T20:00:00.000Z}. */
    public static String date(long epochMillis) {
        return DATE.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Open time of a data row, or {@link DateText#INVALID} for the header or anything that is not a row. */
    public static long openTimeOf(String line) {
        int comma = line.indexOf(',');
        if (comma <= 0) {
            return DateText.INVALID;
        }
        byte[] b = line.substring(0, comma).getBytes(StandardCharsets.US_ASCII);
        return DateText.epochMillis(b, 0, b.length);
    }

    private static String num(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
