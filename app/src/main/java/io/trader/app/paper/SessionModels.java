package io.trader.app.paper;

import io.prometheus.client.CollectorRegistry;
import io.trader.app.config.TraderSettings;
import io.trader.app.engine.InstrumentPipeline;
import io.trader.app.models.PromotedModels;
import io.trader.app.run.SessionParts;
import io.trader.app.store.TradingStore;
import io.trader.app.zoo.PromotedZoo;
import io.trader.core.signal.Alpha;
import io.trader.core.model.ModelCodec;
import io.trader.layer1.core.zoo.LiveSkill;
import io.trader.layer1.core.zoo.ZooAlpha;
import io.trader.monitoring.ModelMetrics;

/**
 * The trained models of a session: with {@code trader.zoo.models=promoted}, the registry versions it follows
 * (opened on the session's store at start, so the first bar already runs them; polled on their own thread;
 * closed at stop); in either mode, the model metrics ({@link ModelMetrics}): versions, refusals and each
 * trained alpha's live IC and hit rate ({@code status} {@code promoted}, {@code shadow} or
 * {@code walk-forward}).
 */
final class SessionModels implements AutoCloseable {

    static final String WALK_FORWARD = "walk-forward";

    private final SessionParts parts;
    private final ModelMetrics metrics;
    private final TradingStore store;
    private final TraderSettings settings;
    private volatile PromotedModels promoted;

    SessionModels(SessionParts parts, CollectorRegistry registry, TradingStore store, TraderSettings settings) {
        this.parts = parts;
        this.metrics = new ModelMetrics(registry);
        this.store = store;
        this.settings = settings;
    }

    /** Before the engine thread starts: loads the promoted versions and starts polling the registry. */
    void start() {
        if (parts.zoo != null && promoted == null) {
            promoted = PromotedModels.forSession(store.dataSource(), settings, PromotedZoo.expectedSchemas(),
                    ModelCodec::parse);
            parts.zoo.follow(promoted);
        }
    }

    PromotedModels promoted() {
        return promoted;
    }

    /** Writes the model metrics (engine thread, when the session publishes). */
    void publish() {
        if (parts.zoo != null) {
            parts.zoo.publish(metrics);
            return;
        }
        for (InstrumentPipeline p : parts.engine.pipelines()) {
            for (Alpha a : p.alphas()) {
                if (a instanceof ZooAlpha z && z.liveSkill() != null) {
                    LiveSkill k = z.liveSkill();
                    metrics.setLiveSkill(p.spec().symbol(), z.id(), WALK_FORWARD, k.ic(), k.hitRate(), k.size());
                }
            }
        }
    }

    @Override
    public void close() {
        PromotedModels m = promoted;
        if (m != null) {
            m.close();
        }
    }
}
