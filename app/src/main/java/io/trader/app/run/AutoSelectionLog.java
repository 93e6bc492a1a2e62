package io.trader.app.run;

import io.trader.app.engine.InstrumentPipeline;
import io.trader.layer2.core.meta.AutoSelector;
import io.trader.layer2.core.meta.MetaEnsemble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Logs, between bars, each change of learner an {@code auto} ensemble makes, with its reason (every candidate's
 * decayed out-of-sample log loss). Engine thread; a no-op for sessions without an auto ensemble.
 */
final class AutoSelectionLog implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(AutoSelectionLog.class);

    private final Supplier<List<InstrumentPipeline>> pipelines;
    private final Map<String, AutoSelector.Selection> seen = new HashMap<>();

    AutoSelectionLog(Supplier<List<InstrumentPipeline>> pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public void run() {
        for (InstrumentPipeline p : pipelines.get()) {
            if (!(p.ensemble() instanceof MetaEnsemble meta) || meta.lastSelection() == null) {
                continue;
            }
            AutoSelector.Selection now = meta.lastSelection();
            AutoSelector.Selection before = seen.put(p.spec().symbol(), now);
            if (before != now && (before == null || !before.chosen().equals(now.chosen()))) {
                LOG.info("{} ensemble (auto): {}", p.spec().symbol(), now.reason());
            }
        }
    }
}
