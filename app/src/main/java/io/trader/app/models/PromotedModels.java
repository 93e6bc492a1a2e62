package io.trader.app.models;

import io.trader.app.config.TraderSettings;
import io.trader.core.signal.FeatureSchema;
import io.trader.core.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The promoted and shadow versions of the alphas a paper or live session runs, kept current without a
 * restart. {@link #poll()} (called by the session at start, then by {@link #start}'s thread every few
 * seconds) asks the registry which versions are promoted and in shadow and loads those that changed:
 * the artifact is verified (present, same SHA-256, same feature schema as the session computes) and
 * parsed; a version that fails is refused (logged once, counted in {@link #refusedLoads()}) and the
 * version held before stays in use. The engine thread reads {@link #generation()} (one volatile read)
 * on each bar and takes {@link #current()} when it changed.
 */
public final class PromotedModels implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PromotedModels.class);

    /** A loaded version: its record and the model built from its artifact. */
    public record Active(ModelRecord record, Model model) {
        public String version() {
            return record.versionName();
        }
    }

    /** What the session should run: by alpha, the promoted (traded) and shadow (scored only) models. */
    public record Snapshot(long generation, Map<String, Active> promoted, Map<String, Active> shadow) {
        public Snapshot {
            promoted = Map.copyOf(promoted);
            shadow = Map.copyOf(shadow);
        }
    }

    private final ModelRegistry registry;
    private final Map<String, FeatureSchema> expected;
    private final Function<String, Model> reader;
    private final AtomicLong refused = new AtomicLong();
    private final Set<String> reported = new HashSet<>();
    private final List<LoadOutcome.Refused> refusals = new ArrayList<>();
    private volatile Snapshot current = new Snapshot(0, Map.of(), Map.of());
    private ScheduledExecutorService poller;

    /**
     * @param expected the alphas the session runs and the feature schema it computes for each (others are ignored)
     * @param reader   builds a model from an artifact text ({@code ModelCodec::parse}); throws when it cannot
     */
    public PromotedModels(ModelRegistry registry, Map<String, FeatureSchema> expected,
                          Function<String, Model> reader) {
        this.registry = registry;
        this.expected = Map.copyOf(expected);
        this.reader = reader;
    }

    /**
     * What a paper or live session starts with: the registry of {@code trader.data-dir} on the session's
     * store, polled once now (so the first bar already has the promoted versions) and then every
     * {@code trader.models.poll-seconds} on its own thread. Close it when the session stops.
     *
     * @param expected the alphas the session runs and the feature schema it computes for each
     * @param reader   {@code ModelCodec::parse}
     */
    public static PromotedModels forSession(DataSource store, TraderSettings settings,
                                            Map<String, FeatureSchema> expected, Function<String, Model> reader) {
        ModelRegistry registry = new ModelRegistry(store,
                ModelRegistry.modelsDir(Path.of(settings.raw("trader.data-dir"))), Clock.systemUTC());
        PromotedModels models = new PromotedModels(registry, expected, reader);
        models.poll();
        return models.start(Duration.ofSeconds(settings.integer("trader.models.poll-seconds")));
    }

    /** Bumped each time {@link #current()} changes; cheap enough to read on every bar. */
    public long generation() {
        return current.generation();
    }

    public Snapshot current() {
        return current;
    }

    /** Versions refused so far (each refusal of a version for a reason counts once). */
    public long refusedLoads() {
        return refused.get();
    }

    /** The refusals so far, oldest first. */
    public synchronized List<LoadOutcome.Refused> refusals() {
        return List.copyOf(refusals);
    }

    /**
     * Checks the registry once and loads what changed; returns the snapshot now current. A store that
     * cannot be read is logged and changes nothing.
     */
    public synchronized Snapshot poll() {
        List<ModelRecord> live;
        try {
            live = registry.live();
        } catch (RuntimeException e) {
            LOG.warn("model registry unreadable, keeping the models in use: {}", e.getMessage());
            return current;
        }
        Snapshot before = current;
        Map<String, Active> promoted = new LinkedHashMap<>(before.promoted());
        Map<String, Active> shadow = new LinkedHashMap<>(before.shadow());
        Set<String> shadowed = new HashSet<>();
        for (ModelRecord r : live) {
            if (!expected.containsKey(r.alphaId())) {
                continue;
            }
            Map<String, Active> target = r.status() == ModelStatus.PROMOTED ? promoted : shadow;
            if (r.status() == ModelStatus.SHADOW) {
                shadowed.add(r.alphaId());
            }
            Active held = target.get(r.alphaId());
            if (held != null && held.record().version() == r.version()) {
                continue;
            }
            Active loaded = load(r);
            if (loaded != null) {
                target.put(r.alphaId(), loaded);
                LOG.info("model {} {} is now {}{}", r.alphaId(), r.versionName(), r.status().text(),
                        held == null ? "" : " (was " + held.version() + ")");
            }
        }
        shadow.keySet().removeIf(alpha -> !shadowed.contains(alpha));
        if (!promoted.equals(before.promoted()) || !shadow.equals(before.shadow())) {
            current = new Snapshot(before.generation() + 1, promoted, shadow);
        }
        return current;
    }

    private Active load(ModelRecord r) {
        LoadOutcome outcome;
        try {
            outcome = registry.load(r.alphaId(), r.version(), expected.get(r.alphaId()));
        } catch (RuntimeException e) {
            LOG.warn("cannot load model {} {} now, keeping the one in use: {}", r.alphaId(), r.versionName(),
                    e.getMessage());
            return null;
        }
        if (outcome instanceof LoadOutcome.Refused refusal) {
            refuse(refusal);
            return null;
        }
        LoadOutcome.Verified verified = (LoadOutcome.Verified) outcome;
        String problem;
        try {
            Model model = reader.apply(verified.artifactText());
            int inputs = r.featureSchema().names().size();
            if (model.inputs() == inputs && model.kind().equals(r.kind())) {
                return new Active(verified.record(), model);
            }
            problem = "the artifact is a " + model.kind() + " model of " + model.inputs() + " inputs, the registry "
                    + "records a " + r.kind() + " model of " + inputs;
        } catch (RuntimeException e) {
            problem = "the artifact does not parse: " + e.getMessage();
        }
        refuse(new LoadOutcome.Refused(r.alphaId(), r.version(), LoadOutcome.Reason.UNREADABLE,
                "model " + r.alphaId() + " " + r.versionName() + " refused: " + problem));
        return null;
    }

    private void refuse(LoadOutcome.Refused refusal) {
        String key = refusal.alphaId() + " " + refusal.version() + " " + refusal.reason();
        if (reported.add(key)) {
            refused.incrementAndGet();
            refusals.add(refusal);
            LOG.error("{}; keeping {}", refusal.message(), describeHeld(refusal.alphaId()));
        }
    }

    private String describeHeld(String alphaId) {
        Active held = current.promoted().get(alphaId);
        return held == null ? "no promoted version of " + alphaId : alphaId + " " + held.version();
    }

    /** Polls every {@code every} on a daemon thread until {@link #close()}. */
    public synchronized PromotedModels start(Duration every) {
        if (poller != null) {
            throw new IllegalStateException("already started");
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "promoted-models");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(1, every.toMillis());
        poller.scheduleWithFixedDelay(this::pollQuietly, ms, ms, TimeUnit.MILLISECONDS);
        return this;
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.error("polling the model registry failed; keeping the models in use", e);
        }
    }

    @Override
    public void close() {
        ScheduledExecutorService p;
        synchronized (this) {
            p = poller;
            poller = null;
        }
        if (p != null) {
            p.shutdownNow();
        }
    }
}
