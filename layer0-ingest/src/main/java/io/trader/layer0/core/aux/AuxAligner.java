package io.trader.layer0.core.aux;

import io.trader.core.market.DailySeries;
import io.trader.core.market.MarketContext;

import java.util.EnumMap;
import java.util.Map;

/**
 * Fills a {@link MarketContext} for each bar close time {@code t} from loaded series, using only values whose
 * availability time is {@code <= t}:
 * <ul>
 *   <li>funding: an event is available at its funding time; the context gets the latest event and the one
 *   before it (unknown once the latest is older than {@link AuxConfig#fundingMaxAgeMs()});</li>
 *   <li>mark and index price, open interest: series built with the time each value was known (a 1 h mark-price
 *   candle at its close, open + 1 h: see {@link AuxLayouts#closes}); unknown beyond
 *   {@link AuxConfig#priceMaxAgeMs()};</li>
 *   <li>daily series: day D at D + 24 h + {@link AuxConfig#dailyLagMs()}, unknown beyond
 *   {@link AuxConfig#dailyMaxAgeMs()};</li>
 *   <li>book: the last snapshot known at {@code t} no older than {@link AuxConfig#bookMaxAgeMs()}; trades: the
 *   sums over the bar {@code (open, t]} when the capture covers all of it.</li>
 * </ul>
 * Missing inputs stay {@code NaN}. Query times should not decrease (O(1) amortised); they may (binary search).
 * Not thread-safe (cursors): one aligner per instrument and pipeline.
 */
public final class AuxAligner {

    private static final DailySeries[] DAILY = DailySeries.values();

    private final AuxConfig config;
    private final AsOfSeries funding;
    private final AsOfSeries mark;
    private final AsOfSeries index;
    private final AsOfSeries openInterest;
    private final AsOfSeries[] daily = new AsOfSeries[DailySeries.count()];
    private final BookSeries book;
    private final TradeSeries trades;
    private final double[] tradeSums = new double[3];

    private AuxAligner(Builder b) {
        this.config = b.config;
        this.funding = b.funding;
        this.mark = b.mark;
        this.index = b.index;
        this.openInterest = b.openInterest;
        for (Map.Entry<DailySeries, TimeValues> e : b.daily.entrySet()) {
            daily[e.getKey().ordinal()] = AuxLayouts.dailyAvailability(e.getValue(), config.dailyLagMs());
        }
        this.book = b.book;
        this.trades = b.trades;
    }

    private AuxAligner(AuxAligner of) {
        this.config = of.config;
        this.funding = of.funding == null ? null : of.funding.reader();
        this.mark = of.mark == null ? null : of.mark.reader();
        this.index = of.index == null ? null : of.index.reader();
        this.openInterest = of.openInterest == null ? null : of.openInterest.reader();
        for (int i = 0; i < daily.length; i++) {
            daily[i] = of.daily[i] == null ? null : of.daily[i].reader();
        }
        this.book = null;
        this.trades = null;
    }

    /**
     * Another aligner over the same loaded series, with its own cursors: one loading serves several
     * passes or threads. Book and trade series keep shared state, so an aligner holding them is refused.
     */
    public AuxAligner reader() {
        if (book != null || trades != null) {
            throw new IllegalStateException("an aligner with book or trade series has no second reader");
        }
        return new AuxAligner(this);
    }

    public static Builder builder(AuxConfig config) {
        return new Builder(config);
    }

    public AuxConfig config() {
        return config;
    }

    /** Clears {@code ctx} and fills it as of {@code barClose} (the bar is {@code (barOpen, barClose]}). */
    public void fill(long barOpen, long barClose, MarketContext ctx) {
        ctx.clear();
        ctx.asOf(barClose);
        long t = barClose;
        if (funding != null) {
            int i = funding.indexAsOf(t);
            if (i >= 0 && t - funding.timeAt(i) <= config.fundingMaxAgeMs()) {
                if (i >= 1) {
                    ctx.funding(funding.timeAt(i - 1), funding.valueAt(i - 1));
                }
                ctx.funding(funding.timeAt(i), funding.valueAt(i));
            }
        }
        double m = mark == null ? Double.NaN : mark.valueAsOf(t, config.priceMaxAgeMs());
        double x = index == null ? Double.NaN : index.valueAsOf(t, config.priceMaxAgeMs());
        ctx.markIndex(m, x);
        if (openInterest != null) {
            ctx.openInterest(openInterest.valueAsOf(t, config.priceMaxAgeMs()));
        }
        fillDaily(t, ctx);
        if (book != null) {
            int i = book.indexAsOf(t);
            if (i >= 0 && t - book.time(i) <= config.bookMaxAgeMs()) {
                book.writeTo(i, ctx);
            }
        }
        if (trades != null && trades.window(barOpen, barClose, tradeSums)) {
            ctx.trades(tradeSums[0], tradeSums[1], (long) tradeSums[2], barClose - barOpen);
        }
    }

    /** Writes only the daily series as of {@code t} (e.g. next to a live feed that has no daily source). */
    public void fillDaily(long t, MarketContext ctx) {
        for (DailySeries s : DAILY) {
            AsOfSeries d = daily[s.ordinal()];
            ctx.daily(s, d == null ? Double.NaN : d.valueAsOf(t, config.dailyMaxAgeMs()));
        }
    }

    /** What the aligner reads; every part is optional. */
    public static final class Builder {
        private final AuxConfig config;
        private AsOfSeries funding;
        private AsOfSeries mark;
        private AsOfSeries index;
        private AsOfSeries openInterest;
        private final Map<DailySeries, TimeValues> daily = new EnumMap<>(DailySeries.class);
        private BookSeries book;
        private TradeSeries trades;

        private Builder(AuxConfig config) {
            this.config = config;
        }

        /** Funding rates by funding time. */
        public Builder funding(AsOfSeries s) {
            this.funding = s;
            return this;
        }

        /** Mark price by the time it was known. */
        public Builder mark(AsOfSeries s) {
            this.mark = s;
            return this;
        }

        /** Index price by the time it was known. */
        public Builder index(AsOfSeries s) {
            this.index = s;
            return this;
        }

        public Builder openInterest(AsOfSeries s) {
            this.openInterest = s;
            return this;
        }

        /** A daily series by day (midnight UTC); its availability comes from the config's lag. */
        public Builder daily(DailySeries series, TimeValues days) {
            daily.put(series, days);
            return this;
        }

        public Builder book(BookSeries s) {
            this.book = s;
            return this;
        }

        public Builder trades(TradeSeries s) {
            this.trades = s;
            return this;
        }

        public AuxAligner build() {
            return new AuxAligner(this);
        }
    }
}
