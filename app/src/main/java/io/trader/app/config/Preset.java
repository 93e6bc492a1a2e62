package io.trader.app.config;

import java.util.Map;

/**
 * A named trading configuration ({@code --preset}): the strategy, the live feed's candle interval and a set of
 * {@code trader.*} settings (sizing, risk limits, engine), already checked against {@link TraderSettings}.
 *
 * @param name        e.g. {@code crypto-swing}
 * @param description one line for people
 * @param strategy    ensemble, zoo or sma-cross; null when the preset leaves it to the command
 * @param interval    the live feed's candle interval; null when the preset leaves it to the command
 * @param settings    {@code trader.*} keys and values, sorted by key
 * @param source      where it was read, for errors ({@code preset crypto-swing} or the file's path)
 */
public record Preset(String name, String description, String strategy, String interval, Map<String, String> settings,
                     String source) {
}
