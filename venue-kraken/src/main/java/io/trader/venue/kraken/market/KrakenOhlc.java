package io.trader.venue.kraken.market;

import com.fasterxml.jackson.databind.JsonNode;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Kraken's {@code GET /0/public/OHLC} answer as bars: each row is {@code [time, open, high, low, close, vwap, volume,
 * count]} with the open time in seconds and decimal strings; the last row is the current candle, not committed yet,
 * and {@code last} is the time to pass as {@code since} for the next poll. Prices become exact ticks at the
 * instrument's scale; a row off that grid, with an inconsistent range or unreadable, is skipped and counted. Pure.
 */
public final class KrakenOhlc {

    private KrakenOhlc() {
    }

    /**
     * @param committed the committed candles as bars, oldest first
     * @param last      Kraken's {@code last} (seconds), for the next poll's {@code since}
     * @param rejected  rows skipped as malformed
     */
    public record Rows(List<Bar> committed, long last, int rejected) {
        public Rows {
            committed = List.copyOf(committed);
        }
    }

    /** Kraken's interval in minutes of a platform interval ({@code 1m}, {@code 5m}, {@code 1h}, {@code 1d} ...). */
    public static int minutes(String interval) {
        return switch (interval) {
            case "1m" -> 1;
            case "5m" -> 5;
            case "15m" -> 15;
            case "30m" -> 30;
            case "1h" -> 60;
            case "4h" -> 240;
            case "1d" -> 1440;
            default -> throw new IllegalArgumentException("Kraken has no " + interval
                    + " candles (1m, 5m, 15m, 30m, 1h, 4h, 1d)");
        };
    }

    /**
     * @param result the answer's {@code result} object
     * @param pair   the pair's key in it (Kraken's pair name)
     */
    public static Rows parse(JsonNode result, String pair, InstrumentSpec spec, int minutes) {
        JsonNode rows = result.path(pair);
        long last = result.path("last").asLong(0);
        List<Bar> out = new ArrayList<>();
        int rejected = 0;
        if (!rows.isArray()) {
            return new Rows(out, last, rows.isMissingNode() ? 0 : 1);
        }
        long length = minutes * 60_000L;
        for (int i = 0; i < rows.size() - 1; i++) { // the last row is the current, uncommitted candle
            Bar bar = bar(rows.get(i), spec, length);
            if (bar == null) {
                rejected++;
            } else {
                out.add(bar);
            }
        }
        return new Rows(out, last, rejected);
    }

    private static Bar bar(JsonNode row, InstrumentSpec spec, long length) {
        try {
            if (!row.isArray() || row.size() < 7) {
                return null;
            }
            long open = row.get(0).asLong() * 1000;
            long o = ticks(row.get(1), spec);
            long h = ticks(row.get(2), spec);
            long l = ticks(row.get(3), spec);
            long c = ticks(row.get(4), spec);
            double volume = new BigDecimal(row.get(6).asText()).doubleValue();
            if (open <= 0 || l <= 0 || h < Math.max(o, c) || l > Math.min(o, c) || volume < 0) {
                return null;
            }
            return new Bar(spec, open, open + length, o, h, l, c, volume);
        } catch (ArithmeticException | IllegalArgumentException e) {
            return null;
        }
    }

    private static long ticks(JsonNode price, InstrumentSpec spec) {
        return new BigDecimal(price.asText()).setScale(spec.priceScale()).unscaledValue().longValueExact();
    }
}
