package io.trader.core.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The pure-Java MLP forward pass on a net small enough to compute by hand. */
class MlpModelTest {

    /** 2 inputs (mean 1, scale 2), hidden relu [[1,-1],[2,0.5]] + [0,0.1], sigmoid output [1,-2] + 0.5. */
    static MlpModel tiny() {
        return new MlpModel(new double[] {1, 1}, new double[] {2, 2},
                new double[][] {{1, -1, 2, 0.5}, {1, -2}}, new double[][] {{0, 0.1}, {0.5}},
                new MlpModel.Activation[] {MlpModel.Activation.RELU, MlpModel.Activation.SIGMOID});
    }

    @Test
    void forwardPassByHand() {
        MlpModel m = tiny();
        // standardised (1, 1): h0 = relu(1 + 2) = 3, h1 = relu(-1 + 0.5 + 0.1) = 0; out = sigmoid(3 + 0.5)
        assertEquals(1 / (1 + Math.exp(-3.5)), m.predict(new double[] {3, 3}), 1e-15);
        // standardised (-1, 0.5): h0 = relu(-1 + 1) = 0, h1 = relu(1 + 0.25 + 0.1) = 1.35; out = sigmoid(-2.7 + 0.5)
        assertEquals(1 / (1 + Math.exp(2.2)), m.predict(new double[] {-1, 2}), 1e-15);
    }

    @Test
    void tanhAndIdentityLayers() {
        MlpModel m = new MlpModel(new double[] {0}, new double[] {1}, new double[][] {{2}, {3}},
                new double[][] {{0.5}, {-1}}, new MlpModel.Activation[] {MlpModel.Activation.TANH,
                        MlpModel.Activation.IDENTITY});
        assertEquals(3 * Math.tanh(2 * 0.7 + 0.5) - 1, m.predict(new double[] {0.7}), 1e-15);
    }

    @Test
    void refusesInconsistentShapes() {
        assertThrows(IllegalArgumentException.class, () -> new MlpModel(new double[] {0, 0}, new double[] {1, 1},
                new double[][] {{1, 2, 3}}, new double[][] {{0}}, new MlpModel.Activation[] {MlpModel.Activation.RELU}));
        assertThrows(IllegalArgumentException.class, () -> new MlpModel(new double[] {0}, new double[] {1},
                new double[][] {{1, 2}}, new double[][] {{0, 0}}, new MlpModel.Activation[] {MlpModel.Activation.RELU}));
    }
}
