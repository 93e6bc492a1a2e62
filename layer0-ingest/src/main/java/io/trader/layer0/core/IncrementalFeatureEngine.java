package io.trader.layer0.core;

import io.trader.core.market.Bar;
import io.trader.core.market.MarketContext;
import io.trader.layer0.core.aux.AuxFeatures;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureEngine;
import io.trader.core.signal.FeatureVector;
import io.trader.layer0.core.indicators.CalendarFeatures;
import io.trader.layer0.core.indicators.ExponentialAverage;
import io.trader.layer0.core.indicators.MovingAverages;
import io.trader.layer0.core.indicators.Oscillators;
import io.trader.layer0.core.indicators.RollingWindow;
import io.trader.layer0.core.indicators.TickWindow;
import io.trader.layer0.core.indicators.VolatilityBands;
import io.trader.layer0.core.indicators.VolumeFlow;
import io.trader.layer0.core.indicators.WilderAverage;

import java.util.Collection;

/**
 * Streaming layer-0 features of one instrument: O(1) (amortised) and no allocation per bar. Every
 * {@link Feature} is written on every bar, {@code NaN} until warm. With bar number {@code k} counted
 * from 1 (the first bar is bar 1), a feature is first available at:
 * <ul>
 *   <li>{@code CLOSE}, {@code VOLUME}: bar 1</li>
 *   <li>{@code RETURN} ({@code close/prev - 1}), {@code LOG_RETURN} ({@code ln(close/prev)}): bar 2</li>
 *   <li>{@code SMA_FAST}/{@code SMA_SLOW}: bar {@code n} (mean of the last n closes)</li>
 *   <li>{@code EMA_FAST}/{@code EMA_SLOW}: bar {@code n}, where it equals the SMA of the first n closes;
 *       afterwards {@code ema += 2/(n+1) * (close - ema)}</li>
 *   <li>{@code VOLATILITY}: bar {@code volWindow + 1} (sample stdev, divisor w-1, of the last w log
 *       returns)</li>
 *   <li>{@code RSI}: bar {@code rsiPeriod + 1}. Changes start at bar 2; the first average gain/loss is
 *       the simple mean of the first n changes, then Wilder {@code (prev*(n-1)+x)/n};
 *       {@code RSI = 100 - 100/(1 + avgGain/avgLoss)}, and 100 when the average loss is 0</li>
 *   <li>{@code ATR}: bar {@code atrPeriod + 1}. True range from bar 2,
 *       {@code max(high-low, |high-prevClose|, |low-prevClose|)}; first ATR is the mean of the first n
 *       true ranges, then Wilder</li>
 *   <li>{@code ZSCORE}: bar {@code zWindow}: {@code (close - mean)/stdev} over the last z closes (sample
 *       stdev); 0 when all z closes are equal</li>
 * </ul>
 * The fixed-period technical features ({@code SMA_5} .. {@code WEIGHTED_PRICE}) and the calendar ones
 * ({@code HOUR_SIN} .. {@code SESSION_US}) are computed by one small class per family in
 * {@link io.trader.layer0.core.indicators}, whose javadoc states each definition and first bar
 * ({@link #firstBar}). The auxiliary features (derivatives, book, trades, daily series) depend on a
 * {@link io.trader.core.market.MarketContext}, not on the bar count, and stay {@code NaN} here.
 *
 * <p>Warm-up: {@link #warmupBars()} is {@link FeatureConfig#warmupBars()}, the bars until every
 * CONFIGURED feature (the first twelve) is warm; it is what the trading engine waits for, and it does not
 * grow because {@code SMA_200} exists. A model that reads fixed-period features asks
 * {@link #warmupBars(Collection, FeatureConfig)} for its own inputs ({@link #FIXED_WARMUP_BARS} = 200 for
 * all of them).
 *
 * <p>SMA and z-score windows work on close ticks with exact integer sums ({@link TickWindow}); volatility
 * uses a sliding Welford window re-summed every window length ({@link RollingWindow}); the rest reads
 * prices as doubles ({@link Bar#closePrice()}). One instance per instrument; bars must come in strictly
 * increasing open time. Not thread-safe.
 */
public final class IncrementalFeatureEngine implements FeatureEngine {

    private final AuxFeatures aux = new AuxFeatures();

    private final FeatureConfig config;
    private final TickWindow smaFast;
    private final TickWindow smaSlow;
    private final TickWindow zWindow;
    private final RollingWindow logReturns;
    private final ExponentialAverage emaFast;
    private final ExponentialAverage emaSlow;
    private final WilderAverage avgGain;
    private final WilderAverage avgLoss;
    private final WilderAverage atr;
    private final MovingAverages averages = new MovingAverages();
    private final Oscillators oscillators = new Oscillators();
    private final VolatilityBands volatility = new VolatilityBands();
    private final VolumeFlow volumeFlow = new VolumeFlow();
    private long count;
    private long lastOpenTime;
    private double prevClose;
    private long prevCloseTicks;

    public IncrementalFeatureEngine(FeatureConfig config) {
        this.config = config;
        this.smaFast = new TickWindow(config.smaFast());
        this.smaSlow = new TickWindow(config.smaSlow());
        this.zWindow = new TickWindow(config.zWindow());
        this.logReturns = new RollingWindow(config.volWindow());
        this.emaFast = new ExponentialAverage(config.emaFast());
        this.emaSlow = new ExponentialAverage(config.emaSlow());
        this.avgGain = new WilderAverage(config.rsiPeriod());
        this.avgLoss = new WilderAverage(config.rsiPeriod());
        this.atr = new WilderAverage(config.atrPeriod());
    }

    public IncrementalFeatureEngine() {
        this(FeatureConfig.DEFAULT);
    }

    /** Bar number (from 1) at which {@code feature} first has a value under {@code config}. */
    public static int firstBar(Feature feature, FeatureConfig config) {
        return switch (feature) {
            case CLOSE, VOLUME -> 1;
            case RETURN, LOG_RETURN -> 2;
            case SMA_FAST -> config.smaFast();
            case SMA_SLOW -> config.smaSlow();
            case EMA_FAST -> config.emaFast();
            case EMA_SLOW -> config.emaSlow();
            case VOLATILITY -> config.volWindow() + 1;
            case RSI -> config.rsiPeriod() + 1;
            case ATR -> config.atrPeriod() + 1;
            case ZSCORE -> config.zWindow();
            case SMA_5, SMA_10, SMA_20, SMA_50, SMA_100, SMA_200, EMA_5, EMA_10, EMA_20, EMA_50, EMA_100,
                    EMA_200, WMA_5, WMA_10, WMA_20, WMA_50, WMA_100, WMA_200, MACD, MACD_SIGNAL, MACD_HIST ->
                    MovingAverages.firstBar(feature);
            case RSI_14, RSI_21, RSI_34, STOCH_K, STOCH_D, WILLIAMS_R, ROC_10 -> Oscillators.firstBar(feature);
            case ATR_14, ATR_21, BB_MIDDLE, BB_UPPER, BB_LOWER, BB_WIDTH, BB_PERCENT_B, REALIZED_VOL_24 ->
                    VolatilityBands.firstBar(feature);
            case OBV, VOLUME_ROC_10, MFI_14, VWAP_20, TYPICAL_PRICE, WEIGHTED_PRICE -> VolumeFlow.firstBar(feature);
            case HOUR_SIN, HOUR_COS, WEEKDAY_SIN, WEEKDAY_COS, SESSION_ASIA, SESSION_EUROPE, SESSION_US -> 1;
            // auxiliary: available when the MarketContext has the series, whatever the bar count
            case FUNDING_RATE, FUNDING_CHANGE, FUNDING_ZSCORE, MARK_INDEX_BASIS, OI_CHANGE, BOOK_IMBALANCE_1,
                    BOOK_IMBALANCE_5, BOOK_IMBALANCE_10, SPREAD_BPS, WEIGHTED_MID, DEPTH_10, TAKER_BUY_RATIO,
                    TRADE_INTENSITY, FEAR_GREED, MVRV, NUPL, SOPR, SMART_MONEY_BIAS, SMART_MONEY_DIVERGENCE,
                    SMART_MONEY_CONFIDENCE -> Integer.MAX_VALUE;
        };
    }

    /** First bar at which every fixed-period OHLCV and calendar feature has a value (SMA/EMA/WMA 200). */
    public static final int FIXED_WARMUP_BARS = 200;

    /**
     * Bars until every feature of {@code features} computed from bars has a value under {@code config}
     * (e.g. a model's inputs); auxiliary features are ignored (their availability is not a bar count).
     */
    public static int warmupBars(Collection<Feature> features, FeatureConfig config) {
        int m = 1;
        for (Feature f : features) {
            int first = firstBar(f, config);
            if (first != Integer.MAX_VALUE) {
                m = Math.max(m, first);
            }
        }
        return m;
    }

    /**
     * The technical features and the auxiliary ones ({@link AuxFeatures}) from the data known at the bar's
     * close; a null context leaves the auxiliary features unknown.
     */
    @Override
    public void onBar(Bar bar, MarketContext context, FeatureVector out) {
        onBar(bar, out);
        aux.onBar(bar, context, out);
    }

    /** @throws IllegalArgumentException when the bar is not after the previous one */
    @Override
    public void onBar(Bar bar, FeatureVector out) {
        if (count > 0 && bar.openTime() <= lastOpenTime) {
            throw new IllegalArgumentException("bars must come in increasing open time: " + bar.openTime()
                    + " after " + lastOpenTime);
        }
        count++;
        lastOpenTime = bar.openTime();
        double c = bar.closePrice();
        double ret = Double.NaN;
        double logRet = Double.NaN;
        double change = Double.NaN;
        double tr = Double.NaN;
        if (count > 1) {
            double p = prevClose;
            ret = c / p - 1;
            logRet = Math.log(c / p);
            change = c - p;
            avgGain.add(change > 0 ? change : 0);
            avgLoss.add(change < 0 ? -change : 0);
            double h = bar.highPrice();
            double l = bar.lowPrice();
            tr = Math.max(h - l, Math.max(Math.abs(h - p), Math.abs(l - p)));
            atr.add(tr);
            logReturns.add(logRet);
        }
        prevClose = c;
        long ticks = bar.close();
        smaFast.add(ticks);
        smaSlow.add(ticks);
        zWindow.add(ticks);
        double unit = bar.instrument().ticksPerUnit();
        emaFast.add(c);
        emaSlow.add(c);

        out.set(Feature.CLOSE, c);
        out.set(Feature.RETURN, ret);
        out.set(Feature.LOG_RETURN, logRet);
        out.set(Feature.SMA_FAST, smaFast.full() ? smaFast.mean() / unit : Double.NaN);
        out.set(Feature.SMA_SLOW, smaSlow.full() ? smaSlow.mean() / unit : Double.NaN);
        out.set(Feature.EMA_FAST, emaFast.value());
        out.set(Feature.EMA_SLOW, emaSlow.value());
        out.set(Feature.VOLATILITY, logReturns.full() ? Math.sqrt(logReturns.sampleVariance()) : Double.NaN);
        out.set(Feature.RSI, Oscillators.rsi(avgGain.value(), avgLoss.value()));
        out.set(Feature.ATR, atr.value());
        out.set(Feature.ZSCORE, zWindow.full() ? zScore(ticks) : Double.NaN);
        out.set(Feature.VOLUME, bar.volume());
        double perTick = 1 / unit;
        averages.onBar(ticks, c, perTick, out);
        oscillators.onBar(bar.high(), bar.low(), ticks, c, change, out);
        volatility.onBar(ticks, perTick, tr, logRet, out);
        volumeFlow.onBar(bar.high(), bar.low(), ticks, prevCloseTicks, bar.volume(), perTick, out);
        CalendarFeatures.write(bar.closeTime(), out);
        prevCloseTicks = ticks;
        out.stamp(bar.closeTime(), count);
    }

    private double zScore(long closeTicks) {
        double var = zWindow.sampleVariance();
        return var == 0 ? 0 : zWindow.deviation(closeTicks) / Math.sqrt(var);
    }

    @Override
    public int warmupBars() {
        return config.warmupBars();
    }

    public FeatureConfig config() {
        return config;
    }

    /** Bars folded in so far. */
    public long barCount() {
        return count;
    }

    /** Forgets all bars, as if new. */
    public void reset() {
        count = 0;
        lastOpenTime = 0;
        prevClose = 0;
        smaFast.reset();
        smaSlow.reset();
        zWindow.reset();
        logReturns.reset();
        emaFast.reset();
        emaSlow.reset();
        avgGain.reset();
        avgLoss.reset();
        atr.reset();
        prevCloseTicks = 0;
        averages.reset();
        oscillators.reset();
        volatility.reset();
        volumeFlow.reset();
    }
}
