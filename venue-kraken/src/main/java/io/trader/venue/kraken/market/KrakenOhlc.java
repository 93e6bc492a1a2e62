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
     * One committed candle as Kraken sent it, prices and volume exact (on the instrument's price grid).
     *
     * @param openTime epoch ms
     */
    public record Candle(long openTime, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
                         BigDecimal volume, long trades) {
    }

    /**
     * The committed candles of an answer, exact, oldest first.
     *
     * @param committed the committed candles (the current one left out)
     * @param last      Kraken's {@code last} (seconds)
     * @param rejected  rows skipped as malformed
     */
    public record Candles(List<Candle> committed, long last, int rejected) {
        public Candles {
            committed = List.copyOf(committed);
        }
    }

    /**
     * @param result the answer's {@code result} object
     * @param pair   the pair's key in it (Kraken's pair name)
     */
    public static Rows parse(JsonNode result, String pair, InstrumentSpec spec, int minutes) {
        Candles candles = candles(result, pair, spec);
        long length = minutes * 60_000L;
        List<Bar> out = new ArrayList<>(candles.committed().size());
        for (Candle c : candles.committed()) {
            out.add(new Bar(spec, c.openTime(), c.openTime() + length, ticks(c.open(), spec), ticks(c.high(), spec),
                    ticks(c.low(), spec), ticks(c.close(), spec), c.volume().doubleValue()));
        }
        return new Rows(out, candles.last(), candles.rejected());
    }

    /**
     * The committed candles of an answer with their exact values (what a download writes); the same rows as
     * {@link #parse} keeps, the same ones skipped.
     */
    public static Candles candles(JsonNode result, String pair, InstrumentSpec spec) {
        JsonNode rows = result.path(pair);
        long last = result.path("last").asLong(0);
        List<Candle> out = new ArrayList<>();
        int rejected = 0;
        if (!rows.isArray()) {
            return new Candles(out, last, rows.isMissingNode() ? 0 : 1);
        }
        for (int i = 0; i < rows.size() - 1; i++) { // the last row is the current, uncommitted candle
            Candle c = candle(rows.get(i), spec);
            if (c == null) {
                rejected++;
            } else {
                out.add(c);
            }
        }
        return new Candles(out, last, rejected);
    }

    private static Candle candle(JsonNode row, InstrumentSpec spec) {
        try {
            if (!row.isArray() || row.size() < 7) {
                return null;
            }
            long open = row.get(0).asLong() * 1000;
            BigDecimal o = price(row.get(1), spec);
            BigDecimal h = price(row.get(2), spec);
            BigDecimal l = price(row.get(3), spec);
            BigDecimal c = price(row.get(4), spec);
            BigDecimal volume = new BigDecimal(row.get(6).asText());
            if (open <= 0 || l.signum() <= 0 || h.compareTo(o.max(c)) < 0 || l.compareTo(o.min(c)) > 0
                    || volume.signum() < 0) {
                return null;
            }
            ticks(h, spec); // within a long at the instrument's scale
            return new Candle(open, o, h, l, c, volume, row.size() > 7 ? row.get(7).asLong() : 0);
        } catch (ArithmeticException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The price at the instrument's scale, exactly (ArithmeticException when off its grid). */
    private static BigDecimal price(JsonNode price, InstrumentSpec spec) {
        return new BigDecimal(price.asText()).setScale(spec.priceScale());
    }

    private static long ticks(BigDecimal price, InstrumentSpec spec) {
        return price.setScale(spec.priceScale()).unscaledValue().longValueExact();
    }
}
