package io.trader.app.zoo;

import io.trader.app.config.TraderSettings;
import io.trader.layer1.core.label.BarrierUnit;
import io.trader.layer1.core.label.LabelSpec;
import io.trader.layer1.core.label.LabelVariant;
import io.trader.layer1.core.zoo.Retraining;

/** The zoo's {@code trader.zoo.*} settings as the layer's records. */
public final class ZooSettings {

    private ZooSettings() {
    }

    /** Binary triple-barrier labels: horizon and ATR(14) multiple from the settings. */
    public static LabelSpec labels(TraderSettings s) {
        long horizon = Math.round(s.dbl("trader.zoo.horizon-hours") * LabelSpec.HOUR_MS);
        double k = s.dbl("trader.zoo.barrier-atr-multiple");
        return new LabelSpec(LabelVariant.BINARY, horizon, 0, BarrierUnit.ATR, 14, k, k, 0);
    }

    public static Retraining retraining(TraderSettings s) {
        return new Retraining(s.integer("trader.zoo.retrain-every-bars"), s.integer("trader.zoo.min-samples"),
                s.integer("trader.zoo.window"), 7L);
    }
}
