package io.trader.app.signals;

import io.prometheus.client.CollectorRegistry;
import io.trader.app.config.TraderSettings;
import io.trader.app.models.PromotedModels;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.core.port.TradingListener;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import io.trader.signals.core.Outcome;
import io.trader.signals.core.PerformanceView;
import io.trader.signals.core.Resolution;
import io.trader.signals.core.Signal;
import io.trader.signals.core.SignalInputs;
import io.trader.signals.core.SignalPerformance;
import io.trader.signals.core.SignalPolicy;
import io.trader.signals.core.SignalSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * A session's signals product. On the engine thread (cheap: a forecast below the threshold costs two comparisons)
 * it runs the {@link SignalPolicy} on each calibrated forecast and follows what it emits bar by bar
 * ({@link SignalPerformance}); everything else - the signature, the store, the JSONL file, the webhooks, the
 * listeners (WebSocket stream, notifications) - runs on its own delivery thread. The API reads the latest signals and the performance
 * from here and the history from the {@link SignalStore}.
 */
public final class SessionSignals implements TradingListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SessionSignals.class);
    /** Readable features shown in a signal's explanation (not an attribution). */
    private static final Feature[] SHOWN = {Feature.RSI_14, Feature.MACD_HIST, Feature.ROC_10, Feature.ZSCORE,
            Feature.BB_PERCENT_B, Feature.ATR_14, Feature.VOLATILITY, Feature.FUNDING_RATE};

    private final SignalSettings settings;
    private final SignalSigner signer;
    private final SignalPolicy policy;
    private final SignalPerformance performance;
    private final SignalModels models;
    private final SignalMetrics metrics;
    private final SignalStore store;
    private final SignalDelivery delivery;
    private final List<SignalListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, String> latest = new ConcurrentHashMap<>();
    private final Map<String, long[]> lastBar = new HashMap<>(); // symbol -> {interval, close ticks}
    private volatile PerformanceView view;
    private volatile Supplier<PromotedModels> promoted = () -> null;
    private ToLongFunction<InstrumentSpec> positions = spec -> 0;
    private List<String> alphaIds = List.of();

    SessionSignals(SignalSettings settings, String strategy, TraderSettings all, SignalStore store,
                   CollectorRegistry registry) {
        this.settings = settings;
        this.signer = new SignalSigner(settings.keys());
        this.policy = new SignalPolicy(settings.config());
        this.performance = new SignalPerformance(settings.config(), settings.window(), settings.alertShare(),
                settings.minResolved());
        this.models = new SignalModels(strategy, all.raw("trader.ensemble.learner"),
                all.raw("trader.ensemble.calibration"), () -> promoted.get());
        this.metrics = new SignalMetrics(registry);
        this.store = store;
        this.delivery = new SignalDelivery(settings, store, metrics, listeners);
        delivery.restore(latest, policy, performance);
        this.view = performance.view(models.backtest(alphaIds));
    }

    /**
     * The session's signals, or null when {@code trader.signals.enabled} is false. Reads the keys and webhooks;
     * a bad value throws a {@link TraderSettings.ConfigException} naming it.
     */
    public static SessionSignals create(TraderSettings settings, String strategy, String session,
                                        javax.sql.DataSource db, CollectorRegistry registry) {
        if (!SignalSettings.enabled(settings)) {
            return null;
        }
        SignalSettings s = SignalSettings.load(settings, System.getenv());
        LOG.info("signals on: threshold {}, keys {}, {} webhooks, file {}", s.config().threshold(), s.keys().ids(),
                s.webhooks().size(), s.file());
        return new SessionSignals(s, strategy, settings, new SignalStore(db, session), registry);
    }

    /** Ties the signals to the running session: its positions and the registry versions it follows. */
    public void bind(ToLongFunction<InstrumentSpec> positions, Supplier<PromotedModels> promoted) {
        this.positions = positions;
        this.promoted = promoted;
    }

    /** Adds a listener (called on the delivery thread). */
    public void addListener(SignalListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SignalListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void onBar(Bar bar) {
        long[] last = lastBar.computeIfAbsent(bar.instrument().symbol(), k -> new long[2]);
        last[0] = bar.closeTime() - bar.openTime();
        last[1] = bar.close();
        List<Resolution> done = performance.onBar(bar.instrument().symbol(), bar.closeTime(), bar.high(), bar.low(),
                bar.close());
        if (!done.isEmpty()) {
            publishView();
            delivery.resolved(done, view);
        }
    }

    @Override
    public void onSignals(FeatureVector features, List<String> ids, AlphaOutput[] alphas, Forecast forecast,
                          SizingDecision sizing) {
        double p = forecast.probability();
        if (Double.isNaN(p)) {
            metrics.decisions.labels("no_calibration").inc();
            return;
        }
        if (Math.max(p, 1 - p) < settings.config().threshold()) {
            metrics.decisions.labels("below_threshold").inc();
            return;
        }
        alphaIds = ids;
        InstrumentSpec spec = features.instrument();
        long[] bar = lastBar.getOrDefault(spec.symbol(), new long[]{0, 0});
        List<Signal.Contribution> contributions = new ArrayList<>(ids.size());
        double[] c = forecast.contributions();
        for (int i = 0; i < ids.size() && i < c.length; i++) {
            contributions.add(new Signal.Contribution(ids.get(i), c[i]));
        }
        List<Signal.FeatureValue> shown = new ArrayList<>();
        for (Feature f : SHOWN) {
            if (features.isReady(f)) {
                shown.add(new Signal.FeatureValue(f.name(), features.get(f)));
            }
        }
        SignalInputs in = new SignalInputs(spec, features.time(), bar[0], bar[1], features.get(Feature.ATR_14),
                features.get(Feature.VOLATILITY), p, positions.applyAsLong(spec), contributions, shown,
                models.versions(ids), models.ensembleVersion(), models.backtest(ids));
        Outcome o = policy.decide(in, performance.open());
        metrics.decisions.labels(SignalMetrics.label(o.kind())).inc();
        if (o instanceof Outcome.Emitted e) {
            performance.track(e.signal(), spec);
            publishView();
            delivery.emitted(e.signal(), signer, s -> latest.put(spec.symbol(), s.json())); // signed there
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("no signal for {}: {}", spec.symbol(), o);
        }
    }

    private void publishView() {
        view = performance.view(models.backtest(alphaIds));
        metrics.performance(view);
    }

    /** The newest signal of each pair (signed JSON text), restored from the store at start. */
    public Map<String, String> latest() {
        return Map.copyOf(latest);
    }

    public PerformanceView performance() {
        return view;
    }

    public SignalStore store() {
        return store;
    }

    public SignalSettings settings() {
        return settings;
    }

    /** Waits up to {@code ms} for queued deliveries (store, file, listeners; webhooks are asynchronous). */
    public boolean drain(long ms) {
        return delivery.drain(ms);
    }

    @Override
    public void close() {
        delivery.close();
    }
}
