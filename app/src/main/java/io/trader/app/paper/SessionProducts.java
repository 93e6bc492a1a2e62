package io.trader.app.paper;

import io.prometheus.client.CollectorRegistry;
import io.trader.app.config.TraderSettings;
import io.trader.app.correlation.CorrelationService;
import io.trader.app.correlation.LiveScores;
import io.trader.app.notify.NotificationService;
import io.trader.app.notify.SignalAlerts;
import io.trader.app.signals.SessionSignals;
import io.trader.core.port.TradingListener;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * What a session offers beyond trading, built once per session: the control panel's feed (alpha state, equity
 * curve), the signal correlation matrix's live window, the notifications and, when {@code trader.signals.enabled},
 * the signed signals, whose emissions and performance alerts go to the notifications. Each part listens to the
 * engine as one more {@link TradingListener}; the HTTP server serves them as beans.
 */
final class SessionProducts implements AutoCloseable {

    final PanelFeed panel = new PanelFeed();
    final LiveScores scores;
    final CorrelationService correlation;
    final NotificationService notifications;
    /** Null unless {@code trader.signals.enabled}. */
    final SessionSignals signals;

    SessionProducts(TraderSettings settings, String strategy, String session, DataSource dataSource,
                    CollectorRegistry registry, Clock wallClock, Supplier<Set<String>> staleFeeds) {
        this.scores = CorrelationService.liveScores(settings);
        this.correlation = new CorrelationService(settings, scores);
        this.notifications = NotificationService.open(settings, session, dataSource, registry, wallClock, staleFeeds);
        this.signals = SessionSignals.create(settings, strategy, session, dataSource, registry);
        if (signals != null) {
            signals.addListener(new SignalAlerts(notifications, wallClock));
        }
    }

    /** The engine's listeners of these parts, in the order they are told. */
    List<TradingListener> listeners() {
        List<TradingListener> out = new ArrayList<>(List.of(scores, panel, notifications));
        if (signals != null) {
            out.add(signals);
        }
        return out;
    }

    /** The beans the HTTP API serves these parts from. */
    List<Object> beans() {
        List<Object> out = new ArrayList<>(List.of(correlation));
        if (signals != null) {
            out.add(signals);
        }
        return out;
    }

    @Override
    public void close() {
        notifications.close();
        if (signals != null) {
            signals.close();
        }
    }
}
