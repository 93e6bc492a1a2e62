package io.trader.layer1.core.zoo;

import io.trader.core.signal.FeatureSchema;
import io.trader.core.signal.FeatureVector;

import java.util.List;

/** The ordered inputs of one zoo alpha: its feature schema, and the row it reads at each bar. */
public final class ZooInputs {

    private final Input[] inputs;
    private final FeatureSchema schema;

    public ZooInputs(List<Input> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("an alpha needs at least one input");
        }
        this.inputs = inputs.toArray(Input[]::new);
        this.schema = FeatureSchema.ofNames(inputs.stream().map(Input::name).toList());
        if (schema.names().stream().distinct().count() != this.inputs.length) {
            throw new IllegalArgumentException("duplicate input names: " + schema.names());
        }
    }

    public FeatureSchema schema() {
        return schema;
    }

    public int width() {
        return inputs.length;
    }

    /**
     * Writes this bar's inputs into {@code row}; non-finite values become NaN.
     *
     * @return false when a required input is unknown (the alpha abstains)
     */
    public boolean fill(FeatureVector features, double[] row) {
        boolean ready = true;
        for (int i = 0; i < inputs.length; i++) {
            double x = inputs[i].read().applyAsDouble(features);
            if (!Double.isFinite(x)) {
                x = Double.NaN;
                if (inputs[i].required()) {
                    ready = false;
                }
            }
            row[i] = x;
        }
        return ready;
    }
}
