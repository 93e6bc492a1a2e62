package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.OrderEvent;
import io.trader.core.domain.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static io.trader.monitoring.Fixtures.BTC;
import static io.trader.monitoring.Fixtures.ETH;
import static io.trader.monitoring.Fixtures.bar;
import static io.trader.monitoring.Fixtures.fill;
import static io.trader.monitoring.Fixtures.market;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The metrics added per layer: feeds, live alpha accuracy, leverage, execution quality, daily P&L, VaR. */
class LayerMetricsTest {

    private static final double EPS = 1e-9;
    private static final long DAY = 86_400_000L;

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private CollectorRegistry registry;
    private TradingMetrics metrics;

    @BeforeEach
    void setUp() {
        registry = new CollectorRegistry();
        metrics = new TradingMetrics(registry, "paper", nanos::get);
    }

    private Double value(String name, String... labelsAndValues) {
        String[] names = new String[labelsAndValues.length / 2];
        String[] values = new String[labelsAndValues.length / 2];
        for (int i = 0; i < names.length; i++) {
            names[i] = labelsAndValues[2 * i];
            values[i] = labelsAndValues[2 * i + 1];
        }
        return registry.getSampleValue(name, names, values);
    }

    private void advanceSeconds(double s) {
        nanos.addAndGet((long) (s * 1e9));
    }

    // ---- L0 ----

    @Test
    void feedCountsMessagesRejectionsByBoundedReasonAndReconnects() {
        FeedMetrics feed = metrics.feed("binance:btcusdt@kline_1m");
        assertSame(feed, metrics.feed("binance:btcusdt@kline_1m"));
        for (String reason : TradingMetrics.FEED_REJECT_REASONS) {
            assertEquals(0.0, value("trader_feed_rejected_total", "stream", feed.stream(), "reason", reason), reason);
        }
        assertEquals(0.0, value("trader_feed_reconnects_total", "stream", feed.stream()));

        feed.message();
        feed.messages(4);
        metrics.feedMessage("binance:btcusdt@kline_1m");
        feed.rejected("malformed");
        metrics.feedRejected(feed.stream(), "NAN_OR_INFINITE", 3);
        metrics.feedRejected(feed.stream(), "checksum mismatch in frame 17");
        feed.rejected(null);
        metrics.feedReconnect(feed.stream());

        assertEquals(6.0, value("trader_feed_messages_total", "stream", feed.stream()));
        assertEquals(1.0, value("trader_feed_rejected_total", "stream", feed.stream(), "reason", "malformed"));
        assertEquals(3.0, value("trader_feed_rejected_total", "stream", feed.stream(), "reason", "nan_or_infinite"));
        assertEquals(2.0, value("trader_feed_rejected_total", "stream", feed.stream(), "reason", "other"));
        assertNull(value("trader_feed_rejected_total", "stream", feed.stream(), "reason",
                "checksum mismatch in frame 17"));
        assertEquals(1.0, value("trader_feed_reconnects_total", "stream", feed.stream()));
        assertThrows(IllegalArgumentException.class, () -> metrics.feed(" "));
    }

    @Test
    void stalenessIsTheAgeOfTheNewestMessageAtScrapeTime() {
        FeedMetrics feed = metrics.feed("s1");
        advanceSeconds(3);
        assertEquals(3.0, value("trader_feed_staleness_seconds", "stream", "s1"), EPS, "ages from creation");
        feed.message();
        assertEquals(0.0, value("trader_feed_staleness_seconds", "stream", "s1"), EPS);
        advanceSeconds(1.5);
        assertEquals(1.5, value("trader_feed_staleness_seconds", "stream", "s1"), EPS);
        metrics.feedStaleness("s1", 10);
        assertEquals(10.0, value("trader_feed_staleness_seconds", "stream", "s1"), EPS);
        advanceSeconds(2);
        assertEquals(12.0, value("trader_feed_staleness_seconds", "stream", "s1"), EPS);
    }

    @Test
    void streamsAreBounded() {
        for (int i = 0; i < TradingMetrics.MAX_STREAMS + 5; i++) {
            metrics.feedMessage("stream-" + i);
        }
        assertEquals(5.0, value("trader_feed_messages_total", "stream", "other"));
        assertNull(value("trader_feed_messages_total", "stream", "stream-" + (TradingMetrics.MAX_STREAMS + 1)));
    }

    @Test
    void barsCountAsReplayMessagesUntilTurnedOff() {
        metrics.onBar(bar(BTC, 0, 60_000));
        metrics.onBar(bar(BTC, 1, 60_000));
        assertEquals(2.0, value("trader_feed_messages_total", "stream", "replay:BTCUSDT"));

        metrics.countBarsAsFeedMessages(null);
        metrics.onBar(bar(BTC, 2, 60_000));
        metrics.onBar(bar(ETH, 2, 3_000));
        assertEquals(2.0, value("trader_feed_messages_total", "stream", "replay:BTCUSDT"));
        assertNull(value("trader_feed_messages_total", "stream", "replay:ETHUSDT"));

        metrics.countBarsAsFeedMessages("binance-bars:");
        metrics.onBar(bar(ETH, 3, 3_000));
        assertEquals(1.0, value("trader_feed_messages_total", "stream", "binance-bars:ETHUSDT"));
    }

    // ---- L1 ----

    @Test
    void alphaHitRateAndInformationCoefficientScoreEachBarAgainstTheNextReturn() {
        Fixtures.Signals signals = new Fixtures.Signals();
        double price = 60_000;
        metrics.onBar(bar(BTC, 0, price));
        for (int i = 1; i <= 60; i++) {
            boolean up = i % 3 != 0;
            // momentum calls the next move right; mean-reversion calls it wrong
            signals.alphas[0].set(up ? 0.5 : -0.5, 1);
            signals.alphas[1].set(up ? -0.2 : 0.2, 1);
            signals.sendTo(metrics);
            price *= up ? 1.001 : 0.998;
            metrics.onBar(bar(BTC, i, Math.round(price * 100) / 100.0));
        }
        assertEquals(1.0, value("trader_alpha_hit_ratio", "instrument", "BTCUSDT", "alpha", "momentum"), EPS);
        assertEquals(0.0, value("trader_alpha_hit_ratio", "instrument", "BTCUSDT", "alpha", "mean-reversion"), EPS);
        assertEquals(1.0, value("trader_alpha_information_coefficient", "instrument", "BTCUSDT", "alpha",
                "momentum"), 1e-3);
        assertEquals(-1.0, value("trader_alpha_information_coefficient", "instrument", "BTCUSDT", "alpha",
                "mean-reversion"), 1e-3);
    }

    @Test
    void alphaAccuracyIsNaNUntilEnoughBars() {
        Fixtures.Signals signals = new Fixtures.Signals();
        metrics.onBar(bar(BTC, 0, 60_000));
        signals.sendTo(metrics);
        metrics.onBar(bar(BTC, 1, 60_100));
        assertTrue(value("trader_alpha_hit_ratio", "instrument", "BTCUSDT", "alpha", "momentum").isNaN());
        assertTrue(value("trader_alpha_information_coefficient", "instrument", "BTCUSDT", "alpha", "momentum")
                .isNaN());
    }

    @Test
    void signalQualityWeighsRecentBarsMore() {
        SignalQuality q = new SignalQuality(10, 5);
        for (int i = 0; i < 50; i++) {
            q.observe(1, 0.01); // right
        }
        for (int i = 0; i < 10; i++) {
            q.observe(1, -0.01); // wrong for one half-life
        }
        assertEquals(0.5, q.hitRate(), 0.02);
        q.observe(0, 0.05); // no bet: hit rate unchanged
        assertEquals(0.5, q.hitRate(), 0.02);
    }

    // ---- L3 ----

    @Test
    void netLeverageIsSignedExposureOverEquity() {
        metrics.setPosition(BTC, 50_000); // 0.5 BTC
        metrics.setPosition(ETH, -100_000); // -10 ETH
        metrics.onBar(bar(BTC, 0, 60_000));
        metrics.onBar(bar(ETH, 0, 3_000));
        metrics.onEquity(Fixtures.equity(100_000, 100_000, 0, 0, 0, 60_000, 100_000, 0));

        assertEquals(0.0, value("trader_net_exposure"), EPS);
        assertEquals(0.0, value("trader_net_leverage_ratio"), EPS);
        metrics.onBar(bar(BTC, 1, 80_000));
        metrics.onEquity(Fixtures.equity(110_000, 100_000, 0, 0, 0, 70_000, 110_000, 0));
        assertEquals(10_000.0, value("trader_net_exposure"), EPS);
        assertEquals(10_000.0 / 110_000.0, value("trader_net_leverage_ratio"), EPS);
    }

    // ---- L4 ----

    @Test
    void roundTripSlippageAndFillRatioPerOrder() {
        metrics.onBar(bar(BTC, 0, 60_000)); // arrival price for the orders below
        OrderRequest buy = market("c1", BTC, Side.BUY, 0.5);
        metrics.onOrderSubmitted(buy);
        advanceSeconds(0.003);
        OrderEvent.Accepted accepted = Fixtures.accepted(buy);
        metrics.onOrderEvent(accepted);
        advanceSeconds(1);
        OrderEvent.Filled first = fill(accepted.state(), "f1", 0.25, 60_060, 0); // 10 bps worse
        metrics.onOrderEvent(first);
        metrics.onOrderEvent(fill(first.state(), "f2", 0.25, 60_000, 0)); // at arrival

        OrderRequest sell = market("c2", BTC, Side.SELL, 1.0);
        metrics.onOrderSubmitted(sell);
        OrderEvent.Accepted sellAccepted = Fixtures.accepted(sell);
        metrics.onOrderEvent(sellAccepted);
        OrderEvent.Filled part = fill(sellAccepted.state(), "f3", 0.25, 60_120, 0); // sold 20 bps higher
        metrics.onOrderEvent(part);
        metrics.onOrderEvent(new OrderEvent.Cancelled(part.state().withStatus(OrderStatus.CANCELLED, 9),
                "timeout", 9));

        assertEquals(2.0, value("trader_order_round_trip_seconds_count", "venue", "paper"));
        assertEquals(0.003, value("trader_order_round_trip_seconds_sum", "venue", "paper"), 1e-9);
        assertEquals(3.0, value("trader_fill_slippage_ratio_count", "instrument", "BTCUSDT"));
        assertEquals(0.001 - 0.002, value("trader_fill_slippage_ratio_sum", "instrument", "BTCUSDT"), 1e-12);
        assertEquals(1.0, value("trader_fill_slippage_ratio_bucket", "instrument", "BTCUSDT", "le", "-0.001"));
        assertEquals(2.0, value("trader_fill_slippage_ratio_bucket", "instrument", "BTCUSDT", "le", "0.0"));
        // cost: +0.001 * 15,015 on the buy, -0.002 * 15,030 on the sell
        assertEquals(0.001 * 15_015 - 0.002 * 15_030, value("trader_slippage_cost", "instrument", "BTCUSDT"), 1e-6);
        assertEquals(0.75 / 1.5, value("trader_fill_ratio", "instrument", "BTCUSDT"), EPS);
        assertEquals(1.5, value("trader_submitted_quantity_total", "instrument", "BTCUSDT"), EPS);
        assertEquals(0.75, value("trader_filled_quantity_total", "instrument", "BTCUSDT"), EPS);
    }

    @Test
    void fillRatioIsNaNBeforeAnyOrderFinishesAndAVenueRejectCountsAsUnfilled() {
        metrics.onBar(bar(ETH, 0, 3_000));
        assertTrue(value("trader_fill_ratio", "instrument", "ETHUSDT").isNaN());
        OrderRequest buy = market("c1", ETH, Side.BUY, 1);
        metrics.onOrderSubmitted(buy);
        metrics.onOrderEvent(new OrderEvent.Rejected(OrderState.created(buy).withStatus(OrderStatus.REJECTED, 1),
                "no margin", 1));
        assertEquals(0.0, value("trader_fill_ratio", "instrument", "ETHUSDT"));
        assertEquals(1.0, value("trader_order_round_trip_seconds_count", "venue", "paper"));
    }

    // ---- L5 ----

    @Test
    void dailyPnlIsAgainstTheLastEquityBeforeTheUtcDayStarted() {
        long day3 = 3 * DAY;
        metrics.onEquity(point(day3 - 7_200_000, 100_000));
        assertEquals(0.0, value("trader_pnl_daily"));
        metrics.onEquity(point(day3 - 3_600_000, 101_000));
        assertEquals(1_000.0, value("trader_pnl_daily"));
        metrics.onEquity(point(day3, 100_500)); // 00:00 is the new day's first point
        assertEquals(101_000.0, value("trader_day_start_equity"));
        assertEquals(-500.0, value("trader_pnl_daily"));
        metrics.onEquity(point(day3 + 3_600_000, 103_000));
        assertEquals(2_000.0, value("trader_pnl_daily"));
    }

    @Test
    void valueAtRiskIsTheFifthWorstOf500StepReturns() {
        assertTrue(value("trader_value_at_risk").isNaN());
        double equity = 100_000;
        metrics.onEquity(point(0, equity));
        for (int i = 1; i <= 600; i++) {
            // returns cycle through -1.0% .. +0.99% in steps of 0.01%
            double r = ((i * 37) % 200 - 100) / 10_000.0;
            equity *= 1 + r;
            metrics.onEquity(point(i * 60_000L, equity));
        }
        // the last 500 returns hold each value of the 200-cycle 2 or 3 times: 5th worst = -0.99%
        double ratio = value("trader_value_at_risk_ratio");
        assertEquals(0.0099, ratio, 1e-9);
        assertEquals(ratio * equity, value("trader_value_at_risk"), 1e-6);
    }

    @Test
    void historicalVarNeedsEnoughReturnsReplacesARepeatedStepAndIsNeverNegative() {
        HistoricalVar v = new HistoricalVar(0.99, 500, 100);
        for (int i = 0; i < 99; i++) {
            v.add(0.001);
        }
        assertTrue(Double.isNaN(v.ratio()));
        v.add(-0.05);
        assertEquals(0.05, v.ratio(), EPS);
        v.replaceLast(0.002);
        assertEquals(0.0, v.ratio(), EPS, "only gains: no loss at risk");
        assertEquals(100, v.size());
    }

    @Test
    void breakersAreExposedAtZeroFromTheStart() {
        for (String breaker : TradingMetrics.BREAKERS) {
            assertEquals(0.0, value("trader_breaker_tripped", "breaker", breaker), breaker);
        }
    }

    private static EquityPoint point(long time, double equity) {
        return new EquityPoint(time, Money.fromDouble(equity), Money.fromDouble(equity), 0, 0, 0, 0,
                Money.fromDouble(equity), 0);
    }
}
