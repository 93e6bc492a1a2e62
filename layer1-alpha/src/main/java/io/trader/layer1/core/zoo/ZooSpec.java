package io.trader.layer1.core.zoo;

import java.util.List;

/**
 * One trained alpha of the zoo: what it reads, which learner fits it and what it predicts.
 *
 * @param id          stable id, e.g. {@code ta-composite}
 * @param learner     {@code logistic}, {@code ridge}, {@code gbdt} or {@code mlp}
 * @param regression  true: predicts the barrier return; false: P(upper barrier first)
 * @param inputs      model inputs in order
 * @param description one line for the scoreboard and {@code --help}
 */
public record ZooSpec(String id, String learner, boolean regression, List<Input> inputs, String description) {

    public ZooSpec {
        inputs = List.copyOf(inputs);
    }
}
