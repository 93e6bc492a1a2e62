package io.trader.layer0.core.aux;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.BookLevels;
import io.trader.core.domain.Side;
import io.trader.core.market.Bar;
import io.trader.core.market.MarketContext;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hyperliquid messages to a MarketContext: only what arrived with a time at or before the bar close is used. */
class LiveAuxFeedTest {

    static final InstrumentSpec BTC = new InstrumentSpec("BTC", 1, 5);
    static final InstrumentSpec ETH = new InstrumentSpec("ETH", 2, 4);
    static final long MIN = 60_000;
    static final long T0 = 1_700_000_000_000L - 1_700_000_000_000L % MIN;

    /** Twelve levels a side: bids {@code bid - i} x {@code 1000 + i}, asks {@code ask + i} x {@code 2000 + i}. */
    record Book(InstrumentSpec instrument, long time, long bid, long ask) implements BookLevels {
        public int bidCount() {
            return 12;
        }

        public int askCount() {
            return 12;
        }

        public long bidPrice(int i) {
            return bid - i;
        }

        public long bidSize(int i) {
            return 1000 + i;
        }

        public long askPrice(int i) {
            return ask + i;
        }

        public long askSize(int i) {
            return 2000 + i;
        }
    }

    static Book book(InstrumentSpec spec, long time, long bid, long ask) {
        return new Book(spec, time, bid, ask);
    }

    static void ctx(LiveAuxFeed feed, String coin, String mark, String oracle, String oi, long receivedAt) {
        feed.onAssetCtx(coin, new BigDecimal(mark), new BigDecimal(oracle), new BigDecimal(oi), receivedAt);
    }

    @Test
    void messagesAfterTheCloseWaitForTheirBar() {
        LiveAuxFeed feed = new LiveAuxFeed(BTC, AuxConfig.DEFAULT, null);
        long close = T0 + MIN;
        feed.onTrade(BTC, Side.BUY, 5, T0 - 10); // first trade seen before the bar
        feed.onTrade(BTC, Side.BUY, 20, T0 + 10);
        feed.onTrade(BTC, Side.SELL, 10, close);
        feed.onTrade(BTC, Side.SELL, 99_999, close + 1); // next bar
        feed.onTrade(ETH, Side.SELL, 99_999, T0 + 5); // another coin
        feed.onBook(book(BTC, close - 500, 3_000_000, 3_000_010));
        feed.onBook(book(BTC, close + 1, 1, 2)); // too late for this bar
        ctx(feed, "BTC", "30000.5", "30000", "1000", close - 100);
        ctx(feed, "BTC", "99999", "99999", "99999", close + 1);
        feed.onFunding("BTC", T0 - 3_600_000, new BigDecimal("0.0000125"));
        feed.onFunding("BTC", T0, new BigDecimal("0.00002"));
        feed.onFunding("BTC", close + 3_600_000, new BigDecimal("0.9"));
        MarketContext c = new MarketContext();
        feed.fill(T0, close, c);
        assertEquals(close, c.asOf());
        assertEquals(0.0002, c.takerBuyVolume(), 1e-15);
        assertEquals(0.0001, c.takerSellVolume(), 1e-15);
        assertEquals(2, c.tradeCount());
        assertEquals(300000.0, c.bidPrice(0), "BTC perp prices have 1 decimal: 3,000,000 ticks");
        assertEquals(300001.0, c.askPrice(0));
        assertEquals(10, c.bidLevels(), "top 10 of 12");
        assertEquals(0.02001, c.askSize(1), 1e-15);
        assertEquals(30000.5, c.markPrice());
        assertEquals(30000.0, c.indexPrice());
        assertEquals(1000.0, c.openInterest());
        assertEquals(0.00002, c.fundingRate());
        assertEquals(0.0000125, c.previousFundingRate());

        // the next bar gets what waited
        feed.fill(close, close + 1000, c);
        assertEquals(0.1, c.bidPrice(0));
        assertEquals(99999.0, c.markPrice());
        assertEquals(0.99999, c.takerSellVolume(), 1e-12);
        assertEquals(0.00002, c.fundingRate(), "the next funding is an hour later");
    }

    @Test
    void aBarThatBeganBeforeTheFirstTradeHasUnknownFlow() {
        LiveAuxFeed feed = new LiveAuxFeed(BTC, AuxConfig.DEFAULT, null);
        feed.onTrade(BTC, Side.BUY, 20, T0 + 10);
        MarketContext c = new MarketContext();
        feed.fill(T0, T0 + MIN, c);
        assertTrue(Double.isNaN(c.takerBuyVolume()));
        feed.fill(T0 + MIN, T0 + 2 * MIN, c);
        assertEquals(0.0, c.takerBuyVolume(), "a quiet bar after the feed started");
        assertFalse(c.hasBook());
    }

    /** The live feed and the file aligner give the same context, so the same features, for the same data. */
    @Test
    void liveAndFileContextsGiveTheSameFeatures() {
        LiveAuxFeed feed = new LiveAuxFeed(BTC, AuxConfig.DEFAULT, null);
        BookSeries books = new BookSeries("b");
        TradeSeries trades = new TradeSeries("t", T0);
        long[] fundTimes = new long[5];
        double[] fundRates = new double[5];
        long[] ctxTimes = new long[5];
        double[] marks = new double[5];
        double[] oracles = new double[5];
        double[] ois = new double[5];
        double[] bp = new double[10];
        double[] bs = new double[10];
        double[] ap = new double[10];
        double[] as = new double[10];
        feed.onTrade(BTC, Side.BUY, 1, T0);
        for (int i = 0; i < 5; i++) {
            long close = T0 + (i + 1) * MIN;
            Book s = book(BTC, close - 1000, 3_000_000 + i * 7, 3_000_010 + i * 9);
            feed.onBook(s);
            for (int k = 0; k < 10; k++) {
                bp[k] = BTC.price(s.bidPrice(k));
                bs[k] = BTC.qty(s.bidSize(k));
                ap[k] = BTC.price(s.askPrice(k));
                as[k] = BTC.qty(s.askSize(k));
            }
            books.add(close - 1000, bp, bs, 10, ap, as, 10);
            feed.onTrade(BTC, Side.BUY, 10 + i, close - 2000);
            feed.onTrade(BTC, Side.SELL, 3 * i + 1, close - 1000);
            trades.add(close, BTC.qty(10 + i), BTC.qty(3 * i + 1), 2);
            String mark = (30000 + i) + ".5";
            ctx(feed, "BTC", mark, "30000", Integer.toString(1000 + 10 * i), close - 300);
            ctxTimes[i] = close - 300;
            marks[i] = Double.parseDouble(mark);
            oracles[i] = 30000;
            ois[i] = 1000 + 10 * i;
            String rate = "0.0000" + (i + 1);
            feed.onFunding("BTC", close - 5000, new BigDecimal(rate));
            fundTimes[i] = close - 5000;
            fundRates[i] = Double.parseDouble(rate);
        }
        AuxAligner files = AuxAligner.builder(AuxConfig.DEFAULT).book(books).trades(trades)
                .funding(new AsOfSeries("f", fundTimes, fundRates)).mark(new AsOfSeries("m", ctxTimes, marks))
                .index(new AsOfSeries("i", ctxTimes, oracles)).openInterest(new AsOfSeries("oi", ctxTimes, ois)).build();
        AuxFeatures fl = new AuxFeatures();
        AuxFeatures ff = new AuxFeatures();
        FeatureVector vl = new FeatureVector(BTC);
        FeatureVector vf = new FeatureVector(BTC);
        MarketContext cl = new MarketContext();
        MarketContext cf = new MarketContext();
        for (int i = 0; i < 5; i++) {
            long open = T0 + i * MIN;
            Bar bar = new Bar(BTC, open, open + MIN, 1, 1, 1, 1, 1);
            feed.fill(open, open + MIN, cl);
            files.fill(open, open + MIN, cf);
            fl.onBar(bar, cl, vl);
            ff.onBar(bar, cf, vf);
            double[] a = vf.snapshot();
            double[] b = vl.snapshot();
            for (int k = 0; k < a.length; k++) {
                // trade sums come from running sums on the file side: equal up to rounding
                assertEquals(a[k], b[k], Double.isNaN(a[k]) ? 0 : Math.abs(a[k]) * 1e-12,
                        "bar " + i + " " + Feature.all()[k]);
            }
            assertTrue(Double.isFinite(vl.get(Feature.BOOK_IMBALANCE_10)) && Double.isFinite(vl.get(Feature.TAKER_BUY_RATIO)));
        }
        assertTrue(Double.isFinite(vl.get(Feature.OI_CHANGE)) && Double.isFinite(vl.get(Feature.FUNDING_CHANGE)));
    }
}
