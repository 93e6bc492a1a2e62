package io.trader.layer4.rl;

import org.deeplearning4j.rl4j.space.Encodable;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** One state of the execution MDP for RL4J: the {@link ExecFeatures} vector as a [1, n] array. */
final class ExecObservation implements Encodable {

    private final double[] features;

    ExecObservation(double[] features) {
        this.features = features.clone();
    }

    @Override
    public double[] toArray() {
        return features.clone();
    }

    @Override
    public boolean isSkipped() {
        return false;
    }

    @Override
    public INDArray getData() {
        return Nd4j.create(new double[][]{features});
    }

    @Override
    public Encodable dup() {
        return new ExecObservation(features);
    }
}
