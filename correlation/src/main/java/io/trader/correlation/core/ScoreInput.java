package io.trader.correlation.core;

import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

/**
 * What the scores of one asset's bar are computed from: the bar's prices and volume (any consistent unit: only
 * ratios and logs of them are used) and the platform's layer-0 features at its close; {@code NaN} = unknown.
 *
 * @param time           the bar's close time, epoch ms
 * @param roc10          {@link Feature#ROC_10}, percent
 * @param volatility     {@link Feature#VOLATILITY}, stdev of per-bar log returns
 * @param rsi14          {@link Feature#RSI_14}, 0..100
 * @param macdHist       {@link Feature#MACD_HIST}, price units
 * @param atr14          {@link Feature#ATR_14}, price units (same unit as {@code macdHist})
 * @param bbPercentB     {@link Feature#BB_PERCENT_B}
 * @param takerBuyRatio  {@link Feature#TAKER_BUY_RATIO}, 0..1
 * @param bookImbalance5 {@link Feature#BOOK_IMBALANCE_5}, -1..1
 * @param fearGreed      {@link Feature#FEAR_GREED}, 0..100
 * @param fundingZscore  {@link Feature#FUNDING_ZSCORE}
 * @param smartMoneyBias {@link Feature#SMART_MONEY_BIAS}, -1..1
 */
public record ScoreInput(long time, double open, double high, double low, double close, double volume,
                         double roc10, double volatility, double rsi14, double macdHist, double atr14,
                         double bbPercentB, double takerBuyRatio, double bookImbalance5, double fearGreed,
                         double fundingZscore, double smartMoneyBias) {

    /** The input of a bar with prices {@code o, h, l, c} and the features {@code f} computed at its close. */
    public static ScoreInput of(long time, double o, double h, double l, double c, double volume, FeatureVector f) {
        return new ScoreInput(time, o, h, l, c, volume, f.get(Feature.ROC_10), f.get(Feature.VOLATILITY),
                f.get(Feature.RSI_14), f.get(Feature.MACD_HIST), f.get(Feature.ATR_14), f.get(Feature.BB_PERCENT_B),
                f.get(Feature.TAKER_BUY_RATIO), f.get(Feature.BOOK_IMBALANCE_5), f.get(Feature.FEAR_GREED),
                f.get(Feature.FUNDING_ZSCORE), f.get(Feature.SMART_MONEY_BIAS));
    }

    /** A bar with prices and volume only (every feature unknown), e.g. for tests. */
    public static ScoreInput bar(long time, double o, double h, double l, double c, double volume) {
        double n = Double.NaN;
        return new ScoreInput(time, o, h, l, c, volume, n, n, n, n, n, n, n, n, n, n, n);
    }
}
