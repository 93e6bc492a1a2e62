package io.trader.app.run;

import io.trader.app.config.EnsembleSettings;

import io.trader.app.config.TraderSettings;
import io.trader.app.engine.EngineConfig;
import io.trader.app.engine.InstrumentPipeline;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderType;
import io.trader.core.signal.Alpha;
import io.trader.core.signal.FeatureConfig;
import io.trader.layer0.core.IncrementalFeatureEngine;
import io.trader.layer1.core.AlphaCatalog;
import io.trader.layer1.core.SmaCrossRuleAlpha;
import io.trader.layer2.core.EnsembleConfig;
import io.trader.layer2.core.PassThroughEnsemble;
import io.trader.layer3.core.FixedFractionConfig;
import io.trader.layer3.core.FixedFractionSizer;
import io.trader.layer3.core.KellySizer;
import io.trader.layer3.core.SizingConfig;
import io.trader.layer4.core.PaperExchangeConfig;
import io.trader.layer5.core.RiskLimits;

import io.trader.app.zoo.AuxSources;
import io.trader.app.zoo.PromotedZoo;
import io.trader.app.zoo.ZooSettings;
import io.trader.layer1.core.label.LabelSpec;
import io.trader.layer1.core.zoo.Retraining;
import io.trader.layer1.core.zoo.ZooAlpha;
import io.trader.layer1.core.zoo.ZooCatalog;
import io.trader.layer1.train.ZooLearners;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.trader.core.port.MarketContextSource;
import java.util.function.Function;

/** Turns settings into the layers' configuration records and per-instrument signal chains. */
public final class Assembly {

    /** The full pipeline: every alpha of the catalog, the adaptive ensemble and fractional-Kelly sizing. */
    public static final String ENSEMBLE = "ensemble";
    /** The single rule "SMA(10) crosses above SMA(30) enters long, crosses below exits", all-in long. */
    public static final String SMA_CROSS = "sma-cross";
    /**
     * The zoo: the rule alphas plus every trained alpha, each refitted walk-forward inside the run on labels
     * resolved before the fit (no pre-trained model), the adaptive ensemble and fractional Kelly.
     */
    public static final String ZOO = "zoo";

    private Assembly() {
    }

    public static FeatureConfig features(TraderSettings s) {
        return new FeatureConfig(s.integer("trader.features.sma-fast"), s.integer("trader.features.sma-slow"),
                s.integer("trader.features.ema-fast"), s.integer("trader.features.ema-slow"),
                s.integer("trader.features.vol-window"), s.integer("trader.features.rsi-period"),
                s.integer("trader.features.atr-period"), s.integer("trader.features.z-window"));
    }

    public static EnsembleConfig ensemble(TraderSettings s) {
        EnsembleConfig d = EnsembleConfig.DEFAULT;
        return new EnsembleConfig(s.integer("trader.ensemble.horizon-bars"), s.dbl("trader.ensemble.half-life-bars"),
                s.integer("trader.ensemble.min-samples"), d.fullSkillIc());
    }

    /**
     * Sizing per instrument: the gross leverage budget is split evenly across the instruments; the probability
     * gate ({@code trader.sizing.min-probability-edge}) and the per-regime multipliers
     * ({@code trader.sizing.regime-scale}) act on forecasts that carry a probability and a regime.
     */
    public static SizingConfig sizing(TraderSettings s, int instruments) {
        SizingConfig d = SizingConfig.DEFAULT;
        double roundTrip = 2 * (s.dbl("trader.paper.taker-fee-bps") + s.dbl("trader.paper.half-spread-bps") + 0.5);
        return new SizingConfig(s.dbl("trader.sizing.kelly-fraction"),
                s.dbl("trader.sizing.max-leverage") / Math.max(1, instruments),
                Money.fromDouble(s.dbl("trader.sizing.max-position-notional")), d.minVolatility(),
                s.dbl("trader.sizing.rebalance-band"), roundTrip, s.integer("trader.ensemble.horizon-bars"),
                maxOrderNotional(s), s.dbl("trader.sizing.min-probability-edge"),
                s.doubles("trader.sizing.regime-scale"));
    }

    /** The per-instrument sizer of {@code trader.sizing.method} (vol-target, atr-risk), else the strategy's own. */
    private static java.util.function.Supplier<io.trader.core.signal.Sizer> sizerOr(
            TraderSettings s, int instruments, java.util.function.Supplier<io.trader.core.signal.Sizer> own) {
        io.trader.core.signal.Sizer chosen = Portfolios.perInstrument(s, instruments);
        return chosen == null ? own : () -> chosen; // the sizers are stateless: one instance serves every instrument
    }

    /** {@code trader.risk.max-order-notional} in cash units: the risk layer refuses, and the sizers never size, more. */
    public static long maxOrderNotional(TraderSettings s) {
        return Money.fromDouble(s.dbl("trader.risk.max-order-notional"));
    }

    public static PaperExchangeConfig paper(TraderSettings s) {
        return new PaperExchangeConfig(s.dbl("trader.paper.taker-fee-bps"), s.dbl("trader.paper.maker-fee-bps"),
                s.integer("trader.paper.latency-ms"), s.dbl("trader.paper.half-spread-bps"),
                s.dbl("trader.paper.impact-bps"), s.dbl("trader.paper.max-participation"),
                s.integer("trader.paper.volume-window-bars"));
    }

    public static RiskLimits risk(TraderSettings s) {
        return new RiskLimits(maxOrderNotional(s),
                s.dbl("trader.risk.max-leverage"), Money.fromDouble(s.dbl("trader.risk.max-position-notional")),
                s.dbl("trader.risk.price-band-bps"), s.dbl("trader.risk.max-daily-loss"),
                s.dbl("trader.risk.max-drawdown"));
    }

    /** The feed-divergence breaker's settings ({@code trader.risk.divergence.*}). */
    public static io.trader.layer5.core.divergence.DivergenceConfig divergence(TraderSettings s) {
        return new io.trader.layer5.core.divergence.DivergenceConfig(s.integer("trader.risk.divergence.band-bps"),
                s.integer("trader.risk.divergence.hold-ms"), s.integer("trader.risk.divergence.cooldown-ms"),
                s.integer("trader.risk.divergence.stale-ms"));
    }

    /**
     * Assets compared across venues: {@code BTC} (Hyperliquid), {@code BTCUSDT} (Binance) and {@code BTC-USD} name one
     * asset; a EUR quote does not (its exchange rate would read as a divergence).
     */
    public static final io.trader.layer5.core.divergence.AssetMapper ASSETS =
            io.trader.layer5.core.divergence.AssetMapper.stripping(java.util.List.of("PERP", "FDUSD", "BUSD", "USDT",
                    "USDC", "USD"));

    /** The RL execution agent of the file, or TWAP with a warning when it is missing or unusable. */
    private static io.trader.layer4.core.exec.ExecutionAlgorithm rlAgent(String file) {
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Assembly.class);
        if (file == null || file.isBlank()) {
            log.warn("trader.execution.algorithm=rl without trader.execution.rl-model: executing with TWAP instead");
            return io.trader.layer4.rl.RlAgents.fallback();
        }
        io.trader.layer4.core.exec.ExecutionAlgorithm agent = io.trader.layer4.rl.RlAgents.loadOrTwap(
                java.nio.file.Path.of(file), log::warn);
        log.info("execution: {} from {}", agent.name(), file);
        return agent;
    }

    /** The execution algorithm of {@code trader.execution.*}: how each target move is worked. */
    public static io.trader.layer4.core.plan.ExecutionChoice execution(TraderSettings s) {
        String name = s.string("trader.execution.algorithm", "immediate", "twap", "vwap", "pov", "iceberg",
                "almgren-chriss", "rl");
        io.trader.layer4.core.exec.Aggression aggression = io.trader.layer4.core.exec.Aggression.valueOf(
                s.string("trader.execution.aggression", "market", "join", "inside").toUpperCase(java.util.Locale.ROOT));
        io.trader.layer4.core.exec.ExecutionAlgorithm algorithm = switch (name) {
            case "twap" -> new io.trader.layer4.core.exec.TwapAlgorithm(aggression);
            case "vwap" -> new io.trader.layer4.core.exec.LearnedVwapAlgorithm(15, 1, aggression);
            case "pov" -> new io.trader.layer4.core.exec.PovAlgorithm(s.dbl("trader.execution.pov-rate"), 1000,
                    aggression);
            case "iceberg" -> new io.trader.layer4.core.exec.IcebergAlgorithm(
                    s.dbl("trader.execution.iceberg-clip-slices"), aggression);
            case "almgren-chriss" -> new io.trader.layer4.core.exec.AlmgrenChrissAlgorithm(Double.NaN,
                    s.dbl("trader.execution.ac-eta-bps"), 0, s.dbl("trader.execution.ac-lambda"), aggression);
            case "rl" -> rlAgent(s.string("trader.execution.rl-model"));
            default -> null;
        };
        return algorithm == null ? io.trader.layer4.core.plan.ExecutionChoice.IMMEDIATE
                : new io.trader.layer4.core.plan.ExecutionChoice(algorithm, s.integer("trader.execution.decisions"),
                s.integer("trader.execution.bars-per-decision"));
    }

    public static EngineConfig engine(TraderSettings s, String clientIdPrefix) {
        return new EngineConfig("limit".equals(s.string("trader.engine.order-type", "market", "limit"))
                ? OrderType.LIMIT : OrderType.MARKET, s.dbl("trader.engine.limit-offset-bps"),
                Math.max(1, s.integer("trader.engine.order-timeout-bars")),
                Money.fromDouble(s.dbl("trader.engine.min-order-notional")),
                s.integer("trader.engine.blocked-backoff-bars"), clientIdPrefix);
    }

    public static long initialCash(TraderSettings s) {
        return Money.fromDouble(s.dbl("trader.initial-cash"));
    }

    /** One instrument's ensemble over {@code alphas} ({@code trader.ensemble.learner}; see {@link Ensembles}). */
    static io.trader.core.signal.Ensemble ensembleFor(EnsembleSettings es, EnsembleConfig ec, List<Alpha> alphas) {
        return Ensembles.create(es, ec, alphas.stream().map(Alpha::id).toList(), new ZooLearners(), ENSEMBLE_SEED);
    }

    /** The feature-drift watch of a meta-ensemble's instrument (none for the adaptive baseline or drift=off). */
    static io.trader.layer2.core.drift.FeatureDrift featureDriftFor(EnsembleSettings es) {
        return es.learner() == EnsembleSettings.Learner.ADAPTIVE ? null : Ensembles.featureDrift(es);
    }

    /** Seed of the trained meta-learners and the regime clustering: runs repeat exactly. */
    public static final long ENSEMBLE_SEED = 42;

    /** Per-instrument signal chains for a named strategy (the zoo in walk-forward mode). */
    public static Function<InstrumentSpec, InstrumentPipeline> strategy(String name, TraderSettings s,
                                                                         int instruments) {
        return strategy(name, s, instruments, null);
    }

    /**
     * Per-instrument signal chains for a named strategy.
     *
     * @param zoo for {@value #ZOO} with {@code trader.zoo.models=promoted}: the registry versions the trained
     *            alphas run (no refits), with their shadow instances; null: each trained alpha refits walk-forward
     */
    public static Function<InstrumentSpec, InstrumentPipeline> strategy(String name, TraderSettings s,
                                                                         int instruments, PromotedZoo zoo) {
        return strategy(name, s, instruments, zoo, Map.of());
    }

    /**
     * @param auxBySymbol the auxiliary data source of a symbol that replaces the files' ({@code trader.aux.dir}):
     *                    a session on a live feed passes the feed's; empty for replays and backtests
     */
    public static Function<InstrumentSpec, InstrumentPipeline> strategy(String name, TraderSettings s,
                                                                         int instruments, PromotedZoo zoo,
                                                                         Map<String, MarketContextSource> auxBySymbol) {
        Function<String, MarketContextSource> aux = symbol -> {
            MarketContextSource live = auxBySymbol.get(symbol);
            return live != null ? live : AuxSources.forSymbol(s, symbol);
        };
        FeatureConfig fc = features(s);
        return switch (name) {
            case ENSEMBLE -> {
                EnsembleConfig ec = ensemble(s);
                EnsembleSettings es = EnsembleSettings.from(s);
                java.util.function.Supplier<io.trader.core.signal.Sizer> sizer = sizerOr(s, instruments,
                        () -> new KellySizer(sizing(s, instruments)));
                yield spec -> {
                    List<Alpha> alphas = AlphaCatalog.createDefault(fc);
                    return new InstrumentPipeline(spec, new IncrementalFeatureEngine(fc), alphas,
                            ensembleFor(es, ec, alphas), sizer.get(),
                            aux.apply(spec.symbol())).withFeatureDrift(featureDriftFor(es));
                };
            }
            case ZOO -> {
                EnsembleConfig ec = ensemble(s);
                EnsembleSettings es = EnsembleSettings.from(s);
                java.util.function.Supplier<io.trader.core.signal.Sizer> sizer = sizerOr(s, instruments,
                        () -> new KellySizer(sizing(s, instruments)));
                LabelSpec labels = ZooSettings.labels(s);
                Retraining retraining = ZooSettings.retraining(s);
                int liveWindow = s.integer("trader.zoo.live-window");
                yield spec -> {
                    List<Alpha> alphas = new ArrayList<>(AlphaCatalog.createDefault(fc));
                    if (zoo != null) {
                        alphas.addAll(zoo.promotedFor(spec.symbol()));
                    } else {
                        for (ZooAlpha a : ZooCatalog.create(ZooCatalog.ids(), labels, retraining, new ZooLearners())) {
                            a.trackLiveSkill(liveWindow); // trader_alpha_live_*{status="walk-forward"} in sessions
                            alphas.add(a);
                        }
                    }
                    InstrumentPipeline p = new InstrumentPipeline(spec, new IncrementalFeatureEngine(fc), alphas,
                            ensembleFor(es, ec, alphas), sizer.get(),
                            aux.apply(spec.symbol())).withFeatureDrift(featureDriftFor(es));
                    return zoo == null ? p : p.withShadows(zoo.shadowsFor(spec.symbol()));
                };
            }
            case SMA_CROSS -> {
                FeatureConfig smaFc = new FeatureConfig(10, 30, fc.emaFast(), fc.emaSlow(), fc.volWindow(),
                        fc.rsiPeriod(), fc.atrPeriod(), fc.zWindow());
                FixedFractionConfig ff = new FixedFractionConfig(1.0 / Math.max(1, instruments), true,
                        maxOrderNotional(s));
                java.util.function.Supplier<io.trader.core.signal.Sizer> sizer = sizerOr(s, instruments,
                        () -> new FixedFractionSizer(ff));
                yield spec -> new InstrumentPipeline(spec, new IncrementalFeatureEngine(smaFc),
                        List.of(new SmaCrossRuleAlpha(10, 30)), new PassThroughEnsemble(), sizer.get());
            }
            default -> throw new io.trader.app.Main.UserError("unknown strategy '" + name + "' (use "
                    + ENSEMBLE + ", " + ZOO + " or " + SMA_CROSS + ")");
        };
    }
}
