package io.trader.layer0.core.aux;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;
import io.trader.core.market.Bar;
import io.trader.core.market.MarketContext;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.layer0.core.hyperliquid.HlAssetCtx;
import io.trader.layer0.core.hyperliquid.HlFunding;
import io.trader.layer0.core.hyperliquid.HlInstruments;
import io.trader.layer0.core.hyperliquid.HlTrade;
import io.trader.layer0.core.hyperliquid.L2Book;
import io.trader.layer0.core.hyperliquid.L2Snapshot;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hyperliquid messages to a MarketContext: only what arrived with a time at or before the bar close is used. */
class LiveAuxFeedTest {

    static final InstrumentSpec BTC = HlInstruments.perp("BTC", 5);
    static final InstrumentSpec ETH = HlInstruments.perp("ETH", 4);
    static final long MIN = 60_000;
    static final long T0 = 1_700_000_000_000L - 1_700_000_000_000L % MIN;

    static HlAssetCtx ctx(String coin, String mark, String oracle, String oi) {
        return new HlAssetCtx(coin, 0, new BigDecimal("0.00001"), new BigDecimal(oi), new BigDecimal(mark),
                new BigDecimal(oracle), null, null, new BigDecimal("1"), new BigDecimal("1"));
    }

    static L2Snapshot book(InstrumentSpec spec, long time, long bid, long ask) {
        L2Snapshot s = new L2Snapshot().reset(spec, time);
        for (int i = 0; i < 12; i++) {
            s.addBid(bid - i, 1000 + i, 1);
            s.addAsk(ask + i, 2000 + i, 1);
        }
        return s;
    }

    @Test
    void messagesAfterTheCloseWaitForTheirBar() {
        LiveAuxFeed feed = new LiveAuxFeed(BTC, AuxConfig.DEFAULT, null);
        long close = T0 + MIN;
        feed.onTrade(new HlTrade(BTC, Side.BUY, 3_000_000, 5, T0 - 10, 1)); // first trade seen before the bar
        feed.onTrade(new HlTrade(BTC, Side.BUY, 3_000_000, 20, T0 + 10, 2));
        feed.onTrade(new HlTrade(BTC, Side.SELL, 3_000_000, 10, close, 3));
        feed.onTrade(new HlTrade(BTC, Side.SELL, 3_000_000, 99_999, close + 1, 4)); // next bar
        feed.onTrade(new HlTrade(ETH, Side.SELL, 3_000_000, 99_999, T0 + 5, 5)); // another coin
        feed.onBook(book(BTC, close - 500, 3_000_000, 3_000_010));
        feed.onBook(book(BTC, close + 1, 1, 2)); // too late for this bar
        feed.onAssetCtx(ctx("BTC", "30000.5", "30000", "1000"), close - 100);
        feed.onAssetCtx(ctx("BTC", "99999", "99999", "99999"), close + 1);
        feed.onFunding(List.of(new HlFunding("BTC", new BigDecimal("0.0000125"), BigDecimal.ZERO, T0 - 3_600_000),
                new HlFunding("BTC", new BigDecimal("0.00002"), BigDecimal.ZERO, T0),
                new HlFunding("BTC", new BigDecimal("0.9"), BigDecimal.ZERO, close + 3_600_000)));
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
        feed.onTrade(new HlTrade(BTC, Side.BUY, 3_000_000, 20, T0 + 10, 2));
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
        L2Book live = new L2Book(BTC);
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
        feed.onTrade(new HlTrade(BTC, Side.BUY, 3_000_000, 1, T0, 0));
        for (int i = 0; i < 5; i++) {
            long close = T0 + (i + 1) * MIN;
            L2Snapshot s = book(BTC, close - 1000, 3_000_000 + i * 7, 3_000_010 + i * 9);
            live.apply(s);
            feed.onBook(live);
            for (int k = 0; k < 10; k++) {
                bp[k] = BTC.price(s.bidPrice(k));
                bs[k] = BTC.qty(s.bidSize(k));
                ap[k] = BTC.price(s.askPrice(k));
                as[k] = BTC.qty(s.askSize(k));
            }
            books.add(close - 1000, bp, bs, 10, ap, as, 10);
            feed.onTrade(new HlTrade(BTC, Side.BUY, 3_000_000, 10 + i, close - 2000, 10 + i));
            feed.onTrade(new HlTrade(BTC, Side.SELL, 3_000_000, 3 * i + 1, close - 1000, 20 + i));
            trades.add(close, BTC.qty(10 + i), BTC.qty(3 * i + 1), 2);
            String mark = (30000 + i) + ".5";
            feed.onAssetCtx(ctx("BTC", mark, "30000", Integer.toString(1000 + 10 * i)), close - 300);
            ctxTimes[i] = close - 300;
            marks[i] = Double.parseDouble(mark);
            oracles[i] = 30000;
            ois[i] = 1000 + 10 * i;
            String rate = "0.0000" + (i + 1);
            feed.onFunding(List.of(new HlFunding("BTC", new BigDecimal(rate), BigDecimal.ZERO, close - 5000)));
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
