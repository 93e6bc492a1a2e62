package io.trader.layer4.rl;

import io.trader.layer4.core.exec.ChildDecision;
import io.trader.layer4.core.exec.ExecParent;
import io.trader.layer4.core.exec.ExecState;
import io.trader.layer4.core.exec.ExecutionAlgorithm;
import io.trader.layer4.core.exec.ExecutionPolicy;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The RL execution agent, inference only: at each decision the greedy action of the trained Q network on the
 * {@link ExecFeatures} of the state. Network calls are serialised (a DL4J network is not thread-safe).
 */
public final class RlExecutionAgent implements ExecutionAlgorithm {

    public static final String NAME = "rl";

    private final MultiLayerNetwork network;

    public RlExecutionAgent(MultiLayerNetwork network) {
        long outputs = network.layerSize(network.getnLayers() - 1);
        if (outputs != ExecActions.count()) {
            throw new IllegalArgumentException("the network has " + outputs + " outputs; the agent has "
                    + ExecActions.count() + " actions");
        }
        this.network = network;
    }

    @Override
    public String name() {
        return NAME;
    }

    public MultiLayerNetwork network() {
        return network;
    }

    /** The greedy action index for a feature vector. */
    public int action(double[] features) {
        INDArray q;
        synchronized (network) {
            q = network.output(Nd4j.create(new double[][]{features}), false);
        }
        return Nd4j.argMax(q, 1).getInt(0);
    }

    @Override
    public ExecutionPolicy start(ExecParent parent) {
        return new ExecutionPolicy() {
            @Override
            public ChildDecision decide(ExecState state) {
                if (state.remainingLots() <= 0) {
                    return ChildDecision.WAIT;
                }
                return ExecActions.decision(action(ExecFeatures.of(state, parent.lots())), parent,
                        state.remainingLots());
            }
        };
    }
}
