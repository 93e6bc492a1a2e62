package io.trader.app.monitoring;

import io.trader.layer0.core.RejectReason;
import io.trader.layer5.core.BreakerState;
import io.trader.layer5.core.KillSwitch;
import io.trader.layer5.core.RiskEngine;
import io.trader.layer5.core.RiskLimits;
import io.trader.monitoring.TradingMetrics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The label values the metrics declare up front (so dashboards and alerts see them at 0) are the ones
 * the layers use: layer 0's reject reasons and layer 5's breaker names.
 */
class MetricLabelsTest {

    @Test
    void everyLayer0RejectReasonIsAFeedRejectReason() { // files and venue messages
        for (RejectReason reason : RejectReason.values()) {
            String label = reason.name().toLowerCase(Locale.ROOT);
            assertTrue(TradingMetrics.FEED_REJECT_REASONS.contains(label), label);
        }
        java.util.Set<String> all = new java.util.TreeSet<>();
        for (RejectReason reason : RejectReason.values()) {
            all.add(reason.name().toLowerCase(Locale.ROOT));
        }
        for (io.trader.venue.hyperliquid.data.HlMalformed reason : io.trader.venue.hyperliquid.data.HlMalformed
                .values()) {
            assertTrue(TradingMetrics.FEED_REJECT_REASONS.contains(reason.label()), reason.label());
            all.add(reason.label());
        }
        all.add("other");
        assertEquals(all, new java.util.TreeSet<>(TradingMetrics.FEED_REJECT_REASONS),
                "the reasons of layer 0's files and venue messages plus 'other'");
        assertTrue(TradingMetrics.FEED_REJECT_REASONS.contains("other"));
    }

    @Test
    void theBreakersAreLayer5s() {
        RiskEngine risk = new RiskEngine(RiskLimits.DEFAULT, new KillSwitch(e -> { }), e -> { });
        List<String> names = risk.breakerStates().stream().map(BreakerState::name).toList();
        assertEquals(names, TradingMetrics.BREAKERS);
    }
}
