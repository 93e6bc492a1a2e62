package io.trader.layer0.core.aux;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;
import io.trader.core.market.BookLevels;
import io.trader.core.market.MarketContext;

import java.math.BigDecimal;


/**
 * The live counterpart of {@link AuxAligner} for one instrument: takes a venue's streamed book snapshots, trades,
 * asset contexts (mark, index, open interest) and settled funding events as they arrive (the venue adapter
 * translates its messages, e.g. Hyperliquid's {@code l2Book}, {@code trades}, {@code metaAndAssetCtxs},
 * {@code fundingHistory}) and, at each
 * bar close, fills a {@link MarketContext} with what was known at that close, so the same {@link AuxFeatures} run
 * live. Every input is queued with its time and used only at a close at or after it (a replay that delivers
 * messages early leaks nothing):
 * <ul>
 *   <li>book: the latest {@code l2Book} snapshot (venue time) at or before the close, top 10 levels, unknown when
 *   older than {@link AuxConfig#bookMaxAgeMs()};</li>
 *   <li>trades: taker buy/sell size and count of trades with time in {@code (open, close]} (aggressor {@code B} =
 *   taker buy); unknown for a bar that began before the first trade seen, or when the queue overflowed;</li>
 *   <li>asset context: mark = {@code markPx}, index = {@code oraclePx}, open interest = {@code openInterest}, at
 *   the time the caller received it; the context's {@code funding} (the running, not yet settled rate) is not
 *   used, so funding means settled events as in the Binance files;</li>
 *   <li>funding: {@code fundingHistory} rows by funding time (repeats of known events ignored);</li>
 *   <li>daily series: from an optional {@link AuxAligner} (files), else unknown.</li>
 * </ul>
 * Single-threaded: the app hands the messages to the engine thread. No allocation per message or bar after
 * construction (the decoder's records aside).
 */
public final class LiveAuxFeed {

    private static final int BOOKS = 16;
    private static final int TRADES = 1 << 16;
    private static final int CTXS = 64;
    private static final int L = MarketContext.BOOK_LEVELS;

    private final InstrumentSpec instrument;
    private final AuxConfig config;
    private final AuxAligner daily;
    // book queue (ring) and the applied book
    private final long[] bookTime = new long[BOOKS];
    private final double[] bookPx = new double[BOOKS * 2 * L];
    private final double[] bookSz = new double[BOOKS * 2 * L];
    private final int[] bookN = new int[BOOKS * 2];
    private int bookHead;
    private int bookSize;
    private int bookCurrent = -1;
    private final double[] curPx = new double[2 * L];
    private final double[] curSz = new double[2 * L];
    private final int[] curN = new int[2];
    private long curBookTime = Long.MIN_VALUE;
    // trades ring
    private final long[] tradeTime = new long[TRADES];
    private final double[] tradeQty = new double[TRADES];
    private final boolean[] tradeBuy = new boolean[TRADES];
    private int tradeHead;
    private int tradeSize;
    private long firstTrade = Long.MAX_VALUE;
    private boolean tradeOverflow;
    private long overflows;
    // asset contexts ring and the applied one
    private final long[] ctxTime = new long[CTXS];
    private final double[] ctxVals = new double[CTXS * 3];
    private int ctxHead;
    private int ctxSize;
    private long curCtxTime = Long.MIN_VALUE;
    private double mark = Double.NaN;
    private double oracle = Double.NaN;
    private double oi = Double.NaN;
    // funding ring and the applied events
    private final long[] fundTime = new long[CTXS];
    private final double[] fundRate = new double[CTXS];
    private int fundHead;
    private int fundSize;
    private long lastQueuedFunding = Long.MIN_VALUE;
    private long fTime = Long.MIN_VALUE;
    private double fRate = Double.NaN;
    private long fPrevTime = Long.MIN_VALUE;
    private double fPrevRate = Double.NaN;

    /**
     * @param instrument the coin (symbol = coin name) and scales
     * @param config     max ages
     * @param daily      source of the daily series, or {@code null}
     */
    public LiveAuxFeed(InstrumentSpec instrument, AuxConfig config, AuxAligner daily) {
        this.instrument = instrument;
        this.config = config;
        this.daily = daily;
    }

    /** A book snapshot (another instrument's is ignored). */
    public void onBook(BookLevels s) {
        if (!instrument.equals(s.instrument())) {
            return;
        }
        if (bookSize == BOOKS) {
            bookHead = (bookHead + 1) % BOOKS;
            bookSize--;
        }
        int slot = (bookHead + bookSize) % BOOKS;
        bookTime[slot] = s.time();
        int nb = Math.min(L, s.bidCount());
        int na = Math.min(L, s.askCount());
        for (int i = 0; i < nb; i++) {
            bookPx[slot * 2 * L + i] = instrument.price(s.bidPrice(i));
            bookSz[slot * 2 * L + i] = instrument.qty(s.bidSize(i));
        }
        for (int i = 0; i < na; i++) {
            bookPx[slot * 2 * L + L + i] = instrument.price(s.askPrice(i));
            bookSz[slot * 2 * L + L + i] = instrument.qty(s.askSize(i));
        }
        bookN[slot * 2] = nb;
        bookN[slot * 2 + 1] = na;
        bookSize++;
    }

    /** One trade: {@code takerSide} is the aggressor's side, {@code time} the venue's (another instrument's is ignored). */
    public void onTrade(InstrumentSpec tradeInstrument, Side takerSide, long sizeLots, long time) {
        if (!instrument.equals(tradeInstrument)) {
            return;
        }
        if (tradeSize == TRADES) {
            tradeHead = (tradeHead + 1) % TRADES;
            tradeSize--;
            tradeOverflow = true;
            overflows++;
        }
        int slot = (tradeHead + tradeSize) % TRADES;
        tradeTime[slot] = time;
        tradeQty[slot] = instrument.qty(sizeLots);
        tradeBuy[slot] = takerSide == Side.BUY;
        tradeSize++;
        firstTrade = Math.min(firstTrade, time);
    }

    /**
     * The instrument's context received at {@code receivedAt} (epoch ms): mark price, index (oracle) price and open
     * interest (another symbol's is ignored).
     */
    public void onAssetCtx(String symbol, BigDecimal mark, BigDecimal index, BigDecimal openInterest, long receivedAt) {
        if (!instrument.symbol().equals(symbol)) {
            return;
        }
        if (ctxSize == CTXS) {
            ctxHead = (ctxHead + 1) % CTXS;
            ctxSize--;
        }
        int slot = (ctxHead + ctxSize) % CTXS;
        ctxTime[slot] = receivedAt;
        ctxVals[slot * 3] = mark.doubleValue();
        ctxVals[slot * 3 + 1] = index.doubleValue();
        ctxVals[slot * 3 + 2] = openInterest.doubleValue();
        ctxSize++;
    }

    /**
     * One settled funding event at {@code time} (epoch ms); call oldest first. Events already queued or applied
     * (time not after the last one) and another symbol's are ignored.
     */
    public void onFunding(String symbol, long time, BigDecimal rate) {
        if (!instrument.symbol().equals(symbol) || time <= lastQueuedFunding) {
            return;
        }
        if (fundSize == CTXS) {
            popFunding();
        }
        int slot = (fundHead + fundSize) % CTXS;
        fundTime[slot] = time;
        fundRate[slot] = rate.doubleValue();
        fundSize++;
        lastQueuedFunding = time;
    }

    private void popFunding() {
        fPrevTime = fTime;
        fPrevRate = fRate;
        fTime = fundTime[fundHead];
        fRate = fundRate[fundHead];
        fundHead = (fundHead + 1) % CTXS;
        fundSize--;
    }

    /** Clears {@code ctx} and fills it as of {@code barClose} for the bar {@code (barOpen, barClose]}. */
    public void fill(long barOpen, long barClose, MarketContext ctx) {
        ctx.clear();
        ctx.asOf(barClose);
        long t = barClose;
        while (fundSize > 0 && fundTime[fundHead] <= t) {
            popFunding();
        }
        if (fTime != Long.MIN_VALUE && t - fTime <= config.fundingMaxAgeMs()) {
            if (fPrevTime != Long.MIN_VALUE) {
                ctx.funding(fPrevTime, fPrevRate);
            }
            ctx.funding(fTime, fRate);
        }
        while (ctxSize > 0 && ctxTime[ctxHead] <= t) {
            curCtxTime = ctxTime[ctxHead];
            mark = ctxVals[ctxHead * 3];
            oracle = ctxVals[ctxHead * 3 + 1];
            oi = ctxVals[ctxHead * 3 + 2];
            ctxHead = (ctxHead + 1) % CTXS;
            ctxSize--;
        }
        if (curCtxTime != Long.MIN_VALUE && t - curCtxTime <= config.priceMaxAgeMs()) {
            ctx.markIndex(mark, oracle);
            ctx.openInterest(oi);
        }
        fillBook(t, ctx);
        fillTrades(barOpen, t, ctx);
        if (daily != null) {
            daily.fillDaily(t, ctx);
        }
    }

    private void fillBook(long t, MarketContext ctx) {
        while (bookSize > 0 && bookTime[bookHead] <= t) {
            int s = bookHead;
            System.arraycopy(bookPx, s * 2 * L, curPx, 0, 2 * L);
            System.arraycopy(bookSz, s * 2 * L, curSz, 0, 2 * L);
            curN[0] = bookN[s * 2];
            curN[1] = bookN[s * 2 + 1];
            curBookTime = bookTime[s];
            bookHead = (bookHead + 1) % BOOKS;
            bookSize--;
        }
        if (curBookTime == Long.MIN_VALUE || t - curBookTime > config.bookMaxAgeMs()) {
            return;
        }
        for (int i = 0; i < curN[0]; i++) {
            ctx.bid(i, curPx[i], curSz[i]);
        }
        for (int i = 0; i < curN[1]; i++) {
            ctx.ask(i, curPx[L + i], curSz[L + i]);
        }
        ctx.bookTime(curBookTime);
    }

    private void fillTrades(long open, long close, MarketContext ctx) {
        double buy = 0;
        double sell = 0;
        long n = 0;
        while (tradeSize > 0 && tradeTime[tradeHead] <= close) {
            if (tradeTime[tradeHead] > open) {
                if (tradeBuy[tradeHead]) {
                    buy += tradeQty[tradeHead];
                } else {
                    sell += tradeQty[tradeHead];
                }
                n++;
            }
            tradeHead = (tradeHead + 1) % TRADES;
            tradeSize--;
        }
        boolean covered = firstTrade != Long.MAX_VALUE && open >= firstTrade && !tradeOverflow;
        tradeOverflow = false;
        if (covered) {
            ctx.trades(buy, sell, n, close - open);
        }
    }

    /** Trades dropped because the queue was full (their bars' trade features are unknown). */
    public long tradeOverflows() {
        return overflows;
    }
}
