package io.trader.app.paper;

import io.prometheus.client.CollectorRegistry;
import io.trader.app.engine.AppliedFills;
import io.trader.app.run.Assembly;
import io.trader.app.run.SessionParts;
import io.trader.core.venue.ReconciliationResult;
import io.trader.layer5.core.Position;
import io.trader.monitoring.MetricLabels;
import io.trader.monitoring.TradingMetrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What a session feeds its metrics besides the engine's events: the {@code venue} of each instrument (the paper
 * exchange's {@code paper}, the one live venue's name, or in a multi-venue session each instrument's venue) and the
 * asset the feed-divergence breaker compares it as; the portfolio's positions and unrealised P&amp;L per instrument
 * (so a position adopted from the venue shows too); each venue's reconciliations and equity baseline.
 */
final class SessionMetrics {

    static final String PAPER = "paper";

    private SessionMetrics() {
    }

    /** The session's metrics on {@code registry}, labelled by the venue of each of {@code instruments}. */
    static TradingMetrics create(CollectorRegistry registry, VenueBinding venue, List<String> instruments) {
        if (venue == null) {
            return new TradingMetrics(registry, new MetricLabels(List.of(PAPER), s -> PAPER, Assembly.ASSETS::assetOf));
        }
        Set<String> venues = new LinkedHashSet<>();
        List<String> symbols = new ArrayList<>(venue.symbols());
        symbols.addAll(instruments);
        symbols.forEach(s -> venues.add(venue.venueOf(s)));
        if (venues.isEmpty()) {
            venues.add(venue.name());
        }
        return new TradingMetrics(registry, new MetricLabels(List.copyOf(venues), venue::venueOf,
                Assembly.ASSETS::assetOf));
    }

    /** Sets each position and its unrealised P&amp;L as the portfolio books them; engine thread. */
    static void syncPositions(TradingMetrics metrics, SessionParts parts) {
        for (Position p : parts.portfolio.positions()) {
            metrics.syncPosition(p.instrument(), p.lots(), parts.portfolio.unrealizedPnlCash(p.instrument()));
        }
    }

    /** Counts each venue's reconciliation and keeps its equity baseline once the session has met it. */
    static BiConsumer<String, ReconciliationResult> reconciliations(TradingMetrics metrics, SessionParts parts) {
        return (venue, result) -> {
            metrics.onReconciliation(venue, result);
            AppliedFills ledger = parts.engine.appliedFills(venue);
            if (ledger != null && ledger.baselined() && ledger.baselineVenue() != 0) {
                metrics.setEquityBaseline(venue, ledger.baselineVenue());
            }
        };
    }
}
