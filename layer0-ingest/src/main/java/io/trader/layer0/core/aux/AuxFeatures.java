package io.trader.layer0.core.aux;

import io.trader.core.market.Bar;
import io.trader.core.market.DailySeries;
import io.trader.core.market.MarketContext;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

/**
 * The auxiliary features of {@link Feature} ({@link Feature#FUNDING_RATE} .. {@link Feature#LAST_AUX}) of one
 * instrument, from the {@link MarketContext} as of each bar's close. One instance per instrument, bars in time
 * order; O(1) and allocation-free per bar. A value is {@code NaN} whenever its input is unknown:
 * <ul>
 *   <li>{@code FUNDING_RATE}: the latest funding event's rate; {@code FUNDING_CHANGE}: it minus the previous
 *   event's rate; {@code FUNDING_ZSCORE}: (rate - mean) / sample stdev over the last {@value #FUNDING_WINDOW}
 *   funding events seen (NaN until {@value #FUNDING_WINDOW} events; 0 when they are all equal). An event is
 *   "seen" when a bar's context carries a new funding time: with bars longer than the funding interval, the
 *   events in between are not in the window.</li>
 *   <li>{@code MARK_INDEX_BASIS}: (mark - index) / index.</li>
 *   <li>{@code OI_CHANGE}: OI / previous bar's OI - 1 (NaN when either is unknown or the previous is 0).</li>
 *   <li>book: imbalance over the top 1/5/10 levels (the levels the book has, up to that many), spread in bps of
 *   the mid, micro-price {@code (bid*askSize + ask*bidSize)/(bidSize+askSize)} of the best level, depth = bid
 *   plus ask size over the top 10. All NaN without a two-sided book, and when the book is crossed or locked
 *   (best bid >= best ask: a broken book is unknown, never a plausible number).</li>
 *   <li>trades: taker buy / (buy + sell) volume (NaN without trades), trades per second over the window
 *   ({@link MarketContext#tradeWindowMs()}, else the bar's length; 0 when the feed is there but quiet).</li>
 *   <li>daily series: the context's value.</li>
 *   <li>smart money: the context's bias, elite-minus-crowd divergence and confidence of the coin (NaN while the
 *   context has no smart-money state as of the bar).</li>
 * </ul>
 */
public final class AuxFeatures {

    /** Funding events in the z-score window. */
    public static final int FUNDING_WINDOW = 30;

    private static final Feature[] BOOK = {Feature.BOOK_IMBALANCE_1, Feature.BOOK_IMBALANCE_5,
            Feature.BOOK_IMBALANCE_10, Feature.SPREAD_BPS, Feature.WEIGHTED_MID, Feature.DEPTH_10};

    private final double[] funding = new double[FUNDING_WINDOW];
    private int fundingCount;
    private int fundingNext;
    private long lastFundingTime;
    private double previousOi = Double.NaN;

    /** Forgets the funding window and the previous open interest. */
    public void reset() {
        fundingCount = 0;
        fundingNext = 0;
        lastFundingTime = 0;
        previousOi = Double.NaN;
    }

    /**
     * Writes the auxiliary features of {@code bar} into {@code out}.
     *
     * @param context the auxiliary data as of the bar close, or {@code null} when there is none (all NaN)
     * @throws IllegalArgumentException when the context is as of a time after the bar's close (it would leak)
     */
    public void onBar(Bar bar, MarketContext context, FeatureVector out) {
        if (context == null) {
            writeUnknown(out);
            previousOi = Double.NaN;
            return;
        }
        if (context.asOf() > bar.closeTime()) {
            throw new IllegalArgumentException("market context as of " + context.asOf() + " is after the close "
                    + bar.closeTime() + " of the bar it is used for: that would use data not known at the decision");
        }
        derivatives(context, out);
        book(context, out);
        trades(bar, context, out);
        for (DailySeries s : DAILY) {
            out.set(DAILY_FEATURES[s.ordinal()], context.daily(s));
        }
        out.set(Feature.SMART_MONEY_BIAS, context.smartMoneyBias());
        out.set(Feature.SMART_MONEY_DIVERGENCE, context.smartMoneyDivergence());
        out.set(Feature.SMART_MONEY_CONFIDENCE, context.smartMoneyConfidence());
    }

    private static final DailySeries[] DAILY = DailySeries.values();
    private static final Feature[] DAILY_FEATURES = {Feature.FEAR_GREED, Feature.MVRV, Feature.NUPL, Feature.SOPR};

    /** Sets every auxiliary feature to NaN. */
    public static void writeUnknown(FeatureVector out) {
        for (int i = Feature.FUNDING_RATE.ordinal(); i <= Feature.LAST_AUX.ordinal(); i++) {
            out.set(Feature.all()[i], Double.NaN);
        }
    }

    private void derivatives(MarketContext c, FeatureVector out) {
        double rate = c.fundingRate();
        if (!Double.isNaN(rate) && c.fundingTime() != lastFundingTime) {
            lastFundingTime = c.fundingTime();
            funding[fundingNext] = rate;
            fundingNext = (fundingNext + 1) % FUNDING_WINDOW;
            fundingCount = Math.min(fundingCount + 1, FUNDING_WINDOW);
        }
        out.set(Feature.FUNDING_RATE, rate);
        out.set(Feature.FUNDING_CHANGE, rate - c.previousFundingRate());
        out.set(Feature.FUNDING_ZSCORE, Double.isNaN(rate) ? Double.NaN : fundingZ(rate));
        double index = c.indexPrice();
        out.set(Feature.MARK_INDEX_BASIS, index > 0 ? (c.markPrice() - index) / index : Double.NaN);
        double oi = c.openInterest();
        out.set(Feature.OI_CHANGE, previousOi > 0 ? oi / previousOi - 1 : Double.NaN);
        previousOi = oi;
    }

    private double fundingZ(double rate) {
        if (fundingCount < FUNDING_WINDOW) {
            return Double.NaN;
        }
        double mean = 0;
        double min = funding[0];
        double max = funding[0];
        for (double f : funding) {
            mean += f;
            min = Math.min(min, f);
            max = Math.max(max, f);
        }
        if (min == max) {
            return 0; // all equal: the rate is at its mean (a rounding-noise sd would give any number)
        }
        mean /= FUNDING_WINDOW;
        double ss = 0;
        for (double f : funding) {
            ss += (f - mean) * (f - mean);
        }
        double sd = Math.sqrt(ss / (FUNDING_WINDOW - 1));
        return (rate - mean) / sd;
    }

    private static void book(MarketContext c, FeatureVector out) {
        if (!c.hasBook() || c.bidPrice(0) >= c.askPrice(0)) {
            for (Feature f : BOOK) {
                out.set(f, Double.NaN);
            }
            return;
        }
        out.set(Feature.BOOK_IMBALANCE_1, imbalance(c, 1));
        out.set(Feature.BOOK_IMBALANCE_5, imbalance(c, 5));
        out.set(Feature.BOOK_IMBALANCE_10, imbalance(c, 10));
        double bid = c.bidPrice(0);
        double ask = c.askPrice(0);
        out.set(Feature.SPREAD_BPS, (ask - bid) / ((ask + bid) / 2) * 1e4);
        double bs = c.bidSize(0);
        double as = c.askSize(0);
        out.set(Feature.WEIGHTED_MID, bs + as > 0 ? (bid * as + ask * bs) / (bs + as) : Double.NaN);
        out.set(Feature.DEPTH_10, sum(c, true, 10) + sum(c, false, 10));
    }

    private static double imbalance(MarketContext c, int levels) {
        double b = sum(c, true, levels);
        double a = sum(c, false, levels);
        return a + b > 0 ? (b - a) / (b + a) : Double.NaN;
    }

    private static double sum(MarketContext c, boolean bids, int levels) {
        int n = Math.min(levels, bids ? c.bidLevels() : c.askLevels());
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += bids ? c.bidSize(i) : c.askSize(i);
        }
        return s;
    }

    private static void trades(Bar bar, MarketContext c, FeatureVector out) {
        double buy = c.takerBuyVolume();
        double sell = c.takerSellVolume();
        double total = buy + sell;
        out.set(Feature.TAKER_BUY_RATIO, total > 0 ? buy / total : Double.NaN);
        long window = c.tradeWindowMs() > 0 ? c.tradeWindowMs() : bar.closeTime() - bar.openTime();
        out.set(Feature.TRADE_INTENSITY, Double.isNaN(total) ? Double.NaN : c.tradeCount() * 1000.0 / window);
    }
}
