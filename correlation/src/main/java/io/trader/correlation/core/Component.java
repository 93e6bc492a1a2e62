package io.trader.correlation.core;

import java.util.Locale;

/**
 * The eleven signal components scored per asset and bar, each in [-1, 1] (positive = bullish), or missing
 * ({@code NaN}) when its source is unavailable. {@link Scoring} defines each score exactly; {@link #missingReason()}
 * says what source is absent when a component has no value at all, so a missing component is reported, never
 * invented.
 */
public enum Component {
    /** tanh of the mean of the 10- and 50-bar log returns, each divided by the per-bar volatility times sqrt(bars). */
    MOMENTUM("momentum", "fewer than 51 bars with a volatility (still warming up)"),
    /** Mean of (RSI14 - 50)/50, tanh(MACD histogram / ATR14) and clamp(2 %B - 1) of the Bollinger bands (20, 2). */
    TECHNICAL("technical", "RSI14, MACD histogram, ATR14 or Bollinger %B not warm yet"),
    /** sign(close - open) times (1 + tanh z)/2, z = z-score of ln(1 + volume) against the previous 48 bars. */
    VOLUME("volume", "fewer than 49 bars (the volume z-score needs 48 earlier bars)"),
    /** 2 x taker buy ratio - 1: the share of the bar's taker volume that bought, centred. */
    ORDERFLOW("orderflow", "no taker buy/sell volume: the candles carry date,open,high,low,close,volume only and no "
            + "trade feed is attached (feature TAKER_BUY_RATIO is NaN)"),
    /** Top-5-levels book imbalance (bid size - ask size)/(bid size + ask size) at the bar close. */
    ORDERBOOK("orderbook", "no order book feed (features BOOK_IMBALANCE_* are NaN): candle files and candle-only "
            + "feeds have no book"),
    /** Mean of the available of (fear and greed - 50)/50 and tanh(funding z-score / 2). */
    SENTIMENT("sentiment", "neither a fear and greed index nor a funding rate is known at these bars (set "
            + "trader.aux.dir to a folder holding them, e.g. shared/data)"),
    /** (close location value + body share)/2: ((C-L)-(H-C))/(H-L) and (C-O)/(H-L); 0 when high = low. */
    PRICE_ACTION("price action", "no bars"),
    /** tanh(beta to BTC over 72 bars of log returns) times the sign of BTC's log return of the same bar. */
    BETA_EXPOSURE("beta exposure", "BTC's bars are not loaded (or fewer than 72 common bars), so there is no beta "
            + "to BTC"),
    /** Mean of the signs of the other available components (at least 3 of them), -1..1. */
    CONFLUENCE("confluence", "fewer than 3 other components available"),
    /** The tracked Hyperliquid traders' weighted long/short bias in the coin (SMART_MONEY_BIAS), -1..1. */
    WHALE_ACTIVITY("whale activity", "no smart-money bias recorded for this coin (smart money is not running and no "
            + "recorded history was replayed; feature SMART_MONEY_BIAS is NaN)"),
    /** Not scored: the platform has no liquidation feed. */
    LIQUIDATION("liquidation", "the platform has no liquidation source: no feed, file or feature carries "
            + "liquidations, so this component is never scored");

    private final String label;
    private final String missingReason;

    Component(String label, String missingReason) {
        this.label = label;
        this.missingReason = missingReason;
    }

    /** Human label, e.g. "price action". */
    public String label() {
        return label;
    }

    /** Why the component has no value when its source is absent. */
    public String missingReason() {
        return missingReason;
    }

    /** The component named {@code text} (enum name or label, any case; '-' or ' ' for '_'), or null. */
    public static Component parse(String text) {
        if (text == null) {
            return null;
        }
        String n = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Component c : values()) {
            if (c.name().equals(n)) {
                return c;
            }
        }
        return null;
    }
}
