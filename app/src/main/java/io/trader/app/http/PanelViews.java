package io.trader.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * JSON shapes of the control panel's endpoints (trading pause, alpha and ensemble state, equity history,
 * presets, how the session was started). Money is a decimal string; scores and weights are numbers (null when
 * not finite or not provided).
 */
public final class PanelViews {

    private PanelViews() {
    }

    /**
     * New entries on or paused (exits and other reducing orders go through either way; not the kill switch).
     *
     * @param state {@code trading} or {@code paused}
     */
    @Serdeable
    public record Trading(String state, @Nullable String reason, @Nullable String since) {
    }

    /** One alpha in the latest forecast of an instrument: its signal, the ensemble's weight, its contribution. */
    @Serdeable
    public record Alpha(String id, @Nullable Double score, @Nullable Double confidence, @Nullable Double weight,
                        @Nullable Double contribution) {
    }

    /**
     * The ensemble's latest forecast of one instrument.
     *
     * @param probability calibrated probability that the horizon return is positive (null when not calibrated)
     * @param regime      the regime the ensemble saw, -1 when none
     * @param targetLots  the sizer's target position in lots for that bar
     */
    @Serdeable
    public record Forecast(String instrument, String time, @Nullable Double score, @Nullable Double expectedReturn,
                           @Nullable Double confidence, @Nullable Double probability, int regime, long targetLots,
                           List<Alpha> alphas) {
    }

    @Serdeable
    public record Alphas(List<Forecast> instruments) {
    }

    /** One point of the equity curve; {@code pnl} = realised (after fees) + unrealised. */
    @Serdeable
    public record EquityPoint(String time, String equity, String pnl, String realizedPnl, String unrealizedPnl,
                              double drawdown) {
    }

    @Serdeable
    public record Preset(String name, String description, @Nullable String strategy, @Nullable String interval,
                         Map<String, String> settings) {
    }

    /**
     * How the running session was started, for the panel: what the status does not say.
     *
     * @param command the command that starts this configuration again (secrets never appear in it)
     */
    @Serdeable
    public record SessionInfo(String command, String strategy, @Nullable String preset, @Nullable String interval) {
    }
}
