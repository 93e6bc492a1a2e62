package io.trader.app.engine;

import io.trader.app.config.TraderSettings;
import io.trader.app.report.BacktestRecorder;
import io.trader.app.run.Assembly;
import io.trader.app.run.SessionParts;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskDecision;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.testing.SharedData;
import io.trader.layer0.service.CandleFileReader;
import io.prometheus.client.CollectorRegistry;
import io.trader.monitoring.MetricLabels;
import io.trader.monitoring.TradingMetrics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same asset on two venues (real BTC 1h bars as Binance's BTCUSDT and Hyperliquid's BTC) in one session: while
 * the venues' prices agree nothing halts; when Hyperliquid's price moves 2% away for three hours, new risk on BTC halts
 * with a risk event after the hold, orders that add risk on either instrument are refused with FEED_DIVERGENCE while
 * orders that reduce pass, and BTC resumes once the prices agreed for the cool-down; the session's metric of the halt
 * ({@code trader_feed_divergence_halted{asset="BTC"}}) flips with it.
 */
class FeedDivergenceSessionTest {

    @Test
    void aTwoPercentGapBetweenVenuesHaltsNewRiskOnTheAssetAndResumesAfterTheCoolDown() throws Exception {
        List<Bar> real = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H)).bars();
        InstrumentSpec binance = real.get(0).instrument();
        InstrumentSpec hl = new InstrumentSpec("BTC", binance.priceScale(), binance.qtyScale());
        BacktestRecorder rec = new BacktestRecorder();
        Map<String, String> venues = Map.of(binance.symbol(), "binance", "BTC", "hyperliquid");
        CollectorRegistry registry = new CollectorRegistry();
        TradingMetrics metrics = new TradingMetrics(registry, new MetricLabels(List.of("binance", "hyperliquid"),
                venues::get, Assembly.ASSETS::assetOf));
        // hourly bars: a venue's last price stays comparable for two bar lengths
        TraderSettings settings = TraderSettings.defaults().with("trader.risk.divergence.stale-ms", "7200000");
        SessionParts parts = SessionParts.paper(settings, Assembly.SMA_CROSS, 2, "dv",
                new CompositeListener(List.of(rec, metrics)), Runnable::run);
        parts.engine.useVenueLedgers(venues, 100);
        int gapFrom = 300;
        int gapTo = 303; // three hourly bars 2% apart
        long haltSeenAt = -1;
        long gaugeUpAt = -1;
        long gaugeDownAt = -1;
        List<Long> resumedAt = new ArrayList<>();
        for (int i = 0; i < 320; i++) {
            Bar b = real.get(i);
            double k = i >= gapFrom && i < gapTo ? 1.02 : 1.0;
            Bar other = new Bar(hl, b.openTime(), b.closeTime(), scale(b.open(), k), scale(b.high(), k),
                    scale(b.low(), k), scale(b.close(), k), b.volume());
            parts.clock.advanceTo(b.closeTime());
            parts.engine.onBar(b);
            parts.engine.onBar(other);
            parts.engine.completeStep();
            double halted = registry.getSampleValue("trader_feed_divergence_halted", new String[]{"asset"},
                    new String[]{"BTC"});
            if (gaugeUpAt < 0 && halted == 1.0) {
                gaugeUpAt = i;
            } else if (gaugeUpAt >= 0 && gaugeDownAt < 0 && halted == 0.0) {
                gaugeDownAt = i;
            }
            if (haltSeenAt < 0 && parts.risk.divergence().isHalted("BTC")) {
                haltSeenAt = i;
                OrderRequest buy = OrderRequest.market("t-buy", hl, Side.BUY, 10, false, b.closeTime(), "test");
                RiskDecision refused = parts.risk.check(buy, parts.portfolio);
                assertFalse(refused.approved());
                assertEquals(RiskCode.FEED_DIVERGENCE, refused.code());
                assertTrue(refused.detail().contains("binance") && refused.detail().contains("hyperliquid"),
                        refused.detail());
                OrderRequest other2 = OrderRequest.market("t-buy2", binance, Side.BUY, 10, false, b.closeTime(), "t");
                assertEquals(RiskCode.FEED_DIVERGENCE, parts.risk.check(other2, parts.portfolio).code(),
                        "the asset halts on every venue");
            }
        }
        assertEquals(gapFrom + 1, haltSeenAt, "halted at the second look outside the band (hold 10 s)");
        List<RiskEvent> halts = rec.riskEvents().stream().filter(e -> e instanceof RiskEvent.FeedDivergenceHalted)
                .toList();
        List<RiskEvent> resumes = rec.riskEvents().stream()
                .filter(e -> e instanceof RiskEvent.FeedDivergenceResumed).toList();
        assertEquals(1, halts.size(), "one halt: " + halts);
        assertEquals(1, resumes.size(), "one resume: " + resumes);
        assertEquals(real.get(gapTo + 1).closeTime(), resumes.get(0).time(),
                "resumed at the second look inside the band (cool-down 60 s)");
        assertTrue(halts.get(0).detail().contains("BTC"), halts.get(0).detail());
        assertFalse(parts.risk.divergence().isHalted("BTC"));
        assertEquals(haltSeenAt, gaugeUpAt, "the metric flips to 1 at the halt");
        assertEquals(gapTo + 1, gaugeDownAt, "and back to 0 at the resume");
        assertEquals(1.0, registry.getSampleValue("trader_risk_events_total", new String[]{"kind"},
                new String[]{"feed_divergence_halted"}));
    }

    private static long scale(long ticks, double k) {
        return Math.round(ticks * k);
    }
}
