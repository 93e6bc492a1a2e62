package io.trader.app.zoo;

import io.trader.app.models.CodeVersion;
import io.trader.app.models.DataFile;
import io.trader.app.models.ModelRecord;
import io.trader.app.models.ModelRegistry;
import io.trader.app.models.PromotedModels;
import io.trader.core.model.LogisticModel;
import io.trader.core.model.Model;
import io.trader.layer1.core.zoo.Retraining;
import io.trader.layer1.core.zoo.ZooCatalog;
import io.trader.layer1.core.zoo.ZooInputs;

import java.util.List;
import java.util.Map;

/** Hand-built logistic versions of the trend-logit alpha, registered as {@code ./trader train} registers them. */
final class ZooModels {

    static final String ALPHA = "trend-logit";

    private ZooModels() {
    }

    /**
     * A logistic model on trend-logit's 9 inputs (EMA/SMA distances, MACD, ROC, ATR per close) leaning on the
     * short-term trend with sign {@code sign}: standardised so that typical 1h values give scores well inside (-1, 1).
     */
    static LogisticModel trend(double sign, double intercept) {
        double[] mean = new double[9];
        double[] scale = {0.01, 0.015, 0.03, 0.05, 0.08, 0.01, 0.005, 2.0, 0.01};
        double[] coef = {0.6 * sign, 0.3 * sign, 0.1, 0, 0, 0.2 * sign, 0.4 * sign, 0.5 * sign, 0};
        return new LogisticModel(0.1, mean, scale, coef, intercept);
    }

    static ModelRecord register(ModelRegistry registry, Model model) {
        var spec = ZooCatalog.spec(ALPHA);
        ModelRecord draft = ModelRecord.draft(ALPHA, spec.learner(), new ZooInputs(spec.inputs()).schema(),
                "triple-barrier test", 1_600_000_000_000L, 1_700_000_000_000L,
                List.of(new DataFile("hand-built", "ab".repeat(32))), Map.of("ic", 0.01),
                ZooRegistration.config(new Retraining(720, 500, 20000, 7L), 1.0), CodeVersion.current());
        return registry.register(draft, model.toText(), "test");
    }

    /** A snapshot as a session would load it: {@code promoted} traded, {@code shadow} (may be null) scored only. */
    static PromotedModels.Snapshot snapshot(ModelRegistry registry, int promoted, Model p, Integer shadow, Model s) {
        return new PromotedModels.Snapshot(1,
                Map.of(ALPHA, new PromotedModels.Active(registry.show(ALPHA, promoted), p)),
                shadow == null ? Map.of() : Map.of(ALPHA, new PromotedModels.Active(registry.show(ALPHA, shadow), s)));
    }
}
