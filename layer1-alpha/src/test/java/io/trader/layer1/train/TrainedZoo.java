package io.trader.layer1.train;

import io.trader.core.model.LogisticTrainer;
import io.trader.core.model.MlpModel;
import io.trader.core.model.Model;
import io.trader.core.model.RidgeTrainer;

import java.util.List;

/** One trained model of each kind on real BTC 1h rows, for the allocation test and the throughput print. */
final class TrainedZoo {

    final BtcHourlyRows data;
    final List<Model> models;

    private TrainedZoo(BtcHourlyRows data, List<Model> models) {
        this.data = data;
        this.models = models;
    }

    static TrainedZoo train(int rows) {
        BtcHourlyRows data = BtcHourlyRows.load(rows);
        double[] up = data.upLabels();
        return new TrainedZoo(data, List.of(
                new LogisticTrainer(1.0).fit(data.x, up, null),
                new RidgeTrainer(1.0).fit(data.x, data.nextReturn, null),
                new GbdtTrainer(GbdtTrainer.Config.binary(100, 7)).fit(data.x, up, null),
                new MlpTrainer(new MlpTrainer.Config(true, new int[] {16, 8}, MlpModel.Activation.TANH, 1, 64, 1e-3,
                        1e-4, 42)).fit(data.x, up, null)));
    }
}
