package io.trader.app.zoo;

import io.trader.app.config.TraderSettings;
import io.trader.app.models.LoadOutcome;
import io.trader.app.models.PromotedModels;
import io.trader.core.signal.FeatureSchema;
import io.trader.layer1.core.label.LabelSpec;
import io.trader.layer1.core.zoo.LiveSkill;
import io.trader.layer1.core.zoo.Retraining;
import io.trader.layer1.core.zoo.ZooAlpha;
import io.trader.layer1.core.zoo.ZooCatalog;
import io.trader.layer1.core.zoo.ZooInputs;
import io.trader.layer1.core.zoo.ZooSpec;
import io.trader.monitoring.ModelMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The zoo on registry versions ({@code trader.zoo.models=promoted}): every trained alpha of every
 * instrument runs the promoted version of its id (no refits) and, beside it, a second instance runs the
 * shadow version, scored on the same features but never given to the ensemble. An alpha without a
 * promoted (or shadow) version abstains.
 *
 * <p>A paper or live session {@link #follow follows} a {@link PromotedModels}: {@link #sync()} runs on
 * the engine thread before every bar, reads its generation (one volatile read) and, when it changed, gives
 * the new versions to the alphas ({@link ZooAlpha#use}) before the bar is scored. A backtest
 * {@link #fix fixes} the versions promoted at its start. Everything but {@link #follow} runs on the engine thread.
 */
public final class PromotedZoo {

    private static final Logger LOG = LoggerFactory.getLogger(PromotedZoo.class);
    public static final String PROMOTED = "promoted";
    public static final String SHADOW = "shadow";

    /** One alpha instance of one instrument. */
    private record Slot(String instrument, String status, ZooAlpha alpha, LiveSkill skill) {
    }

    private final LabelSpec labels;
    private final Retraining retraining;
    private final int liveWindow;
    private final List<Slot> slots = new ArrayList<>();
    private volatile PromotedModels models;
    private PromotedModels.Snapshot applied = new PromotedModels.Snapshot(0, Map.of(), Map.of());
    private long appliedGeneration = -1;
    private int refusalsSeen;

    /**
     * Samples a frozen alpha keeps: it never trains, it only labels its recent predictions for the live skill,
     * so the ring holds the labels still pending (4,096 bars: 68 hours of 1m bars at least).
     */
    static final int FROZEN_WINDOW = 4096;

    public PromotedZoo(TraderSettings s) {
        this.labels = ZooSettings.labels(s);
        Retraining r = ZooSettings.retraining(s);
        int w = Math.min(r.window(), FROZEN_WINDOW);
        this.retraining = new Retraining(r.retrainEvery(), Math.min(r.minSamples(), w), w, r.seed());
        this.liveWindow = s.integer("trader.zoo.live-window");
    }

    /** True when {@code trader.zoo.models} asks for registry versions. */
    public static boolean enabled(TraderSettings s) {
        return PROMOTED.equals(s.string("trader.zoo.models", "walk-forward", PROMOTED));
    }

    /** The feature schema the session computes for each trained alpha: what a registered version must match. */
    public static Map<String, FeatureSchema> expectedSchemas() {
        Map<String, FeatureSchema> m = new LinkedHashMap<>();
        for (ZooSpec spec : ZooCatalog.SPECS) {
            m.put(spec.id(), new ZooInputs(spec.inputs()).schema());
        }
        return m;
    }

    /** The traded instances of every trained alpha for one instrument, running the versions in use. */
    public List<ZooAlpha> promotedFor(String instrument) {
        return create(instrument, PROMOTED);
    }

    /** The shadow instances (scored, never traded) of every trained alpha for one instrument. */
    public List<ZooAlpha> shadowsFor(String instrument) {
        return create(instrument, SHADOW);
    }

    private List<ZooAlpha> create(String instrument, String status) {
        List<ZooAlpha> out = ZooCatalog.create(ZooCatalog.ids(), labels, retraining, null);
        for (ZooAlpha a : out) {
            Slot slot = new Slot(instrument, status, a, a.trackLiveSkill(liveWindow));
            slots.add(slot);
            apply(slot, applied);
        }
        return out;
    }

    /** A session: follows {@code m} from the next bar on, and logs which alphas run which version. */
    public void follow(PromotedModels m) {
        this.models = m;
        describe(m.current());
    }

    /** A backtest: runs {@code snapshot}'s versions throughout (call before the first bar). */
    public void fix(PromotedModels.Snapshot snapshot) {
        applyAll(snapshot);
        appliedGeneration = snapshot.generation();
        describe(snapshot);
    }

    /**
     * On the engine thread before each bar: takes the versions promoted since the last bar. Returns true
     * when it changed them (one volatile read when nothing changed).
     */
    public boolean sync() {
        PromotedModels m = models;
        if (m == null) {
            return false;
        }
        long g = m.generation();
        if (g == appliedGeneration) {
            return false;
        }
        applyAll(m.current());
        appliedGeneration = g;
        return true;
    }

    private void applyAll(PromotedModels.Snapshot snapshot) {
        applied = snapshot;
        for (Slot slot : slots) {
            apply(slot, snapshot);
        }
    }

    private static void apply(Slot slot, PromotedModels.Snapshot snapshot) {
        ZooAlpha alpha = slot.alpha();
        PromotedModels.Active a = (PROMOTED.equals(slot.status()) ? snapshot.promoted() : snapshot.shadow())
                .get(alpha.id());
        if (a == null) {
            if (alpha.model() != null) {
                alpha.drop();
                slot.skill().reset();
            }
            return;
        }
        String version = a.version();
        if (version.equals(alpha.version()) && alpha.model() == a.model()) {
            return;
        }
        try {
            alpha.use(a.model(), version, ZooRegistration.targetScale(a.record().config()));
            slot.skill().reset(); // the window judges the version now in use
        } catch (RuntimeException e) {
            LOG.error("model {} {} cannot run in {} {} ({}); keeping {}", alpha.id(), version, slot.instrument(),
                    slot.status(), e.getMessage(), alpha.version());
        }
    }

    private static void describe(PromotedModels.Snapshot s) {
        List<String> promoted = new ArrayList<>();
        List<String> none = new ArrayList<>();
        List<String> shadow = new ArrayList<>();
        for (String id : ZooCatalog.ids()) {
            PromotedModels.Active p = s.promoted().get(id);
            if (p == null) {
                none.add(id);
            } else {
                promoted.add(id + " " + p.version());
            }
            PromotedModels.Active sh = s.shadow().get(id);
            if (sh != null) {
                shadow.add(id + " " + sh.version());
            }
        }
        LOG.info("zoo on promoted models: {}; no promoted version (abstain until one is promoted): {}; "
                        + "in shadow (scored, not traded): {}", promoted.isEmpty() ? "none" : String.join(", ", promoted),
                none.isEmpty() ? "none" : String.join(", ", none), shadow.isEmpty() ? "none" : String.join(", ", shadow));
    }

    /** The versions the alphas run now (engine thread). */
    public PromotedModels.Snapshot applied() {
        return applied;
    }

    /**
     * Writes the versions in use, the refusals since the last call and each alpha's live skill to the
     * metrics (engine thread; a session calls it when it publishes, not on every bar).
     */
    public void publish(ModelMetrics metrics) {
        PromotedModels.Snapshot s = applied;
        for (String id : ZooCatalog.ids()) {
            PromotedModels.Active p = s.promoted().get(id);
            PromotedModels.Active sh = s.shadow().get(id);
            metrics.setVersion(id, PROMOTED, p == null ? 0 : p.record().version());
            metrics.setVersion(id, SHADOW, sh == null ? 0 : sh.record().version());
        }
        PromotedModels m = models;
        if (m != null && m.refusedLoads() > refusalsSeen) {
            List<LoadOutcome.Refused> refusals = m.refusals();
            for (int i = refusalsSeen; i < refusals.size(); i++) {
                metrics.refused(refusals.get(i).alphaId());
            }
            refusalsSeen = refusals.size();
        }
        for (Slot slot : slots) {
            LiveSkill k = slot.skill();
            metrics.setLiveSkill(slot.instrument(), slot.alpha().id(), slot.status(), k.ic(), k.hitRate(), k.size());
        }
    }
}
