package io.trader.layer1.core;

import io.trader.core.signal.Alpha;
import io.trader.core.signal.FeatureConfig;

import java.util.List;

/**
 * The default alpha set and its parameters. Alphas may be stateful, so every call builds fresh
 * instances: call once per instrument. The order of the returned list is stable (it is the order of
 * the ensemble's weights):
 *
 * <ol>
 *   <li>{@link MovingAverageCrossAlpha} (momentum, SMA_FAST/SMA_SLOW periods of the feature config)</li>
 *   <li>{@link ZScoreReversionAlpha} (mean reversion, RSI confirmation on)</li>
 *   <li>{@link RsiReversionAlpha} (oscillator reversion)</li>
 *   <li>{@link KeltnerBreakoutAlpha} (ATR channel breakout)</li>
 * </ol>
 * The benchmark rule {@link SmaCrossRuleAlpha} is not part of the set; build it with {@link #createRule}.
 */
public final class AlphaCatalog {

    private final Params params;

    public AlphaCatalog(Params params) {
        this.params = params;
    }

    /** Fresh instances of the default set with {@link Params#DEFAULT}. */
    public static List<Alpha> createDefault(FeatureConfig features) {
        return new AlphaCatalog(Params.DEFAULT).create(features);
    }

    /** Fresh instances of the default set with this catalog's parameters. */
    public List<Alpha> create(FeatureConfig features) {
        Params p = params;
        return List.of(
                new MovingAverageCrossAlpha(features.smaFast(), features.smaSlow(), p.maGain(), p.maFullConfidenceZ()),
                new ZScoreReversionAlpha(p.zScale(), p.zFullConfidenceZ(), p.zRsiConfirmation(),
                        p.zUnconfirmedFactor()),
                new RsiReversionAlpha(p.rsiLower(), p.rsiUpper(), p.rsiFullConfidencePoints()),
                new KeltnerBreakoutAlpha(p.keltnerMultiplier()));
    }

    /** A fresh benchmark rule on the feature config's SMA periods. */
    public static SmaCrossRuleAlpha createRule(FeatureConfig features) {
        return new SmaCrossRuleAlpha(features.smaFast(), features.smaSlow());
    }

    public Params params() {
        return params;
    }

    /**
     * Parameters of the default set; validated by the alphas' constructors when {@link #create} runs
     * and here for cheap checks.
     *
     * @param maGain                  {@link MovingAverageCrossAlpha} gain (default 0.5)
     * @param maFullConfidenceZ       MA-cross gap in sigmas for full confidence (default 3)
     * @param zScale                  {@link ZScoreReversionAlpha} scale (default 2)
     * @param zFullConfidenceZ        |z| for full confidence (default 3)
     * @param zRsiConfirmation        RSI confirmation on (default true)
     * @param zUnconfirmedFactor      confidence multiplier when RSI does not confirm (default 0.5)
     * @param rsiLower                {@link RsiReversionAlpha} oversold level (default 30)
     * @param rsiUpper                overbought level (default 70)
     * @param rsiFullConfidencePoints RSI points beyond the band for full confidence (default 15)
     * @param keltnerMultiplier       {@link KeltnerBreakoutAlpha} channel half-width in ATRs (default 2)
     */
    public record Params(double maGain, double maFullConfidenceZ, double zScale, double zFullConfidenceZ,
                         boolean zRsiConfirmation, double zUnconfirmedFactor, double rsiLower, double rsiUpper,
                         double rsiFullConfidencePoints, double keltnerMultiplier) {

        public static final Params DEFAULT = new Params(
                MovingAverageCrossAlpha.DEFAULT_GAIN, MovingAverageCrossAlpha.DEFAULT_FULL_CONFIDENCE_Z,
                ZScoreReversionAlpha.DEFAULT_SCALE, ZScoreReversionAlpha.DEFAULT_FULL_CONFIDENCE_Z,
                true, ZScoreReversionAlpha.DEFAULT_UNCONFIRMED_FACTOR,
                RsiReversionAlpha.DEFAULT_LOWER, RsiReversionAlpha.DEFAULT_UPPER,
                RsiReversionAlpha.DEFAULT_FULL_CONFIDENCE_POINTS, KeltnerBreakoutAlpha.DEFAULT_MULTIPLIER);

        public Params {
            Signals.requirePositive("maGain", maGain);
            Signals.requirePositive("maFullConfidenceZ", maFullConfidenceZ);
            Signals.requirePositive("zScale", zScale);
            Signals.requirePositive("zFullConfidenceZ", zFullConfidenceZ);
            Signals.requirePositive("rsiFullConfidencePoints", rsiFullConfidencePoints);
            Signals.requirePositive("keltnerMultiplier", keltnerMultiplier);
            if (!(zUnconfirmedFactor >= 0 && zUnconfirmedFactor <= 1)) {
                throw new IllegalArgumentException("zUnconfirmedFactor must be in [0, 1], was " + zUnconfirmedFactor);
            }
            if (!(rsiLower > 0 && rsiLower < rsiUpper && rsiUpper < 100)) {
                throw new IllegalArgumentException("need 0 < rsiLower < rsiUpper < 100");
            }
        }
    }
}
