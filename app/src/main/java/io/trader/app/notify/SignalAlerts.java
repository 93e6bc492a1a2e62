package io.trader.app.notify;

import io.trader.app.signals.SignalListener;
import io.trader.app.signals.SignedSignal;
import io.trader.notify.core.Severity;
import io.trader.signals.core.PerformanceView;
import io.trader.signals.core.Signal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tells the notifications what the signals product does: each emitted signal (INFO, one alert per signal id), and
 * live performance falling the configured share below the backtest (WARNING) or recovering (INFO). Runs on the
 * signals' delivery thread; the numbers in the fields are the signal's own exact decimals.
 */
public final class SignalAlerts implements SignalListener {

    private final NotificationService notifications;
    private final Clock clock;

    /** @param clock the wall clock: when a performance alert is raised (a signal's alert carries its bar's time) */
    public SignalAlerts(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void onSignal(SignedSignal signed) {
        Signal s = signed.signal();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("side", s.side().wire());
        fields.put("entry", s.entry().toPlainString());
        fields.put("stop_loss", s.stopLoss().toPlainString());
        fields.put("take_profits", s.takeProfits().stream().map(BigDecimal::toPlainString)
                .collect(Collectors.joining(",")));
        fields.put("confidence", String.format(Locale.ROOT, "%.4f", s.confidence()));
        fields.put("size_pct_equity", String.format(Locale.ROOT, "%.2f", s.sizePctEquity()));
        fields.put("leverage", String.format(Locale.ROOT, "%.2f", s.leverage()));
        fields.put("key_id", signed.keyId());
        String title = "Signal " + s.pair() + " " + s.side().wire().toUpperCase(Locale.ROOT) + " at " + s.entry()
                .toPlainString();
        String text = String.format(Locale.ROOT, "confidence %.3f, stop %s, take-profits %s, size %.2f%% of equity,"
                        + " leverage %.2f (signal %s)", s.confidence(), s.stopLoss().toPlainString(),
                fields.get("take_profits"), s.sizePctEquity(), s.leverage(), s.signalId());
        notifications.signal(s.signalId(), s.pair(), Severity.INFO, title, text, fields, s.timeMs());
    }

    @Override
    public void onPerformanceAlert(PerformanceView view) {
        notifications.signalPerformance("live-below-backtest", Severity.WARNING,
                "Signals: live performance below the backtest", view.alertReason(), fields(view),
                clock.millis());
    }

    @Override
    public void onPerformanceRecovered(PerformanceView view) {
        notifications.signalPerformance("live-recovered", Severity.INFO,
                "Signals: live performance back within the backtest's range", "recovered", fields(view),
                clock.millis());
    }

    private static Map<String, String> fields(PerformanceView v) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("resolved", Long.toString(v.resolved()));
        f.put("window", Integer.toString(v.window()));
        f.put("hit_rate", String.format(Locale.ROOT, "%.4f", v.hitRate()));
        f.put("sharpe", String.format(Locale.ROOT, "%.4f", v.sharpe()));
        f.put("mean_r", String.format(Locale.ROOT, "%.4f", v.meanR()));
        return f;
    }
}
