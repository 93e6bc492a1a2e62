package io.trader.layer4.rl;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.rl4j.learning.IEpochTrainer;
import org.deeplearning4j.rl4j.learning.ILearning;
import org.deeplearning4j.rl4j.learning.configuration.QLearningConfiguration;
import org.deeplearning4j.rl4j.learning.listener.TrainingListener;
import org.deeplearning4j.rl4j.learning.sync.qlearning.discrete.QLearningDiscreteDense;
import org.deeplearning4j.rl4j.network.configuration.DQNDenseNetworkConfiguration;
import org.deeplearning4j.rl4j.util.IDataManager;
import org.nd4j.linalg.learning.config.Adam;

import java.util.function.IntConsumer;

/** Trains the execution agent with RL4J's DQN on episodes from a source. */
public final class RlTrainer {

    private RlTrainer() {
    }

    /**
     * @param progress called with the steps done so far (about every episode); may be a no-op
     * @return the trained Q network (inputs {@link ExecFeatures}, outputs one Q value per {@link ExecActions})
     */
    public static Trained train(EpisodeSource source, RlConfig cfg, IntConsumer progress) {
        long t0 = System.nanoTime();
        ExecMdp mdp = new ExecMdp(source, cfg.penaltyBpsPerLeftover());
        DQNDenseNetworkConfiguration net = DQNDenseNetworkConfiguration.builder()
                .updater(new Adam(cfg.learningRate())).numHiddenNodes(cfg.hidden()).numLayers(cfg.layers())
                .l2(1e-5).build();
        QLearningConfiguration ql = QLearningConfiguration.builder().seed(cfg.seed()).maxEpochStep(1_000)
                .maxStep(cfg.steps()).expRepMaxSize(cfg.replay()).batchSize(cfg.batch())
                .targetDqnUpdateFreq(cfg.targetUpdate()).updateStart(Math.min(cfg.steps() / 10, 1_000))
                .rewardFactor(cfg.rewardScale()).gamma(cfg.gamma()).errorClamp(10.0).minEpsilon(cfg.minEpsilon())
                .epsilonNbStep(cfg.epsilonSteps()).doubleDQN(true).build();
        QLearningDiscreteDense<ExecObservation> dql = new QLearningDiscreteDense<>(mdp, net, ql);
        dql.addListener(new TrainingListener() {
            @Override
            public ListenerResponse onTrainingStart() {
                return ListenerResponse.CONTINUE;
            }

            @Override
            public void onTrainingEnd() {
            }

            @Override
            public ListenerResponse onNewEpoch(IEpochTrainer trainer) {
                return ListenerResponse.CONTINUE;
            }

            @Override
            public ListenerResponse onEpochTrainingResult(IEpochTrainer trainer, IDataManager.StatEntry stat) {
                progress.accept(trainer.getStepCount());
                return ListenerResponse.CONTINUE;
            }

            @Override
            public ListenerResponse onTrainingProgress(ILearning learning) {
                return ListenerResponse.CONTINUE;
            }
        });
        dql.train();
        MultiLayerNetwork q = (MultiLayerNetwork) dql.getQNetwork().getNeuralNetworks()[0];
        return new Trained(q, dql.getStepCount(), (System.nanoTime() - t0) / 1e9);
    }

    /** The network, the steps trained and the wall time in seconds (a benchmark figure). */
    public record Trained(MultiLayerNetwork network, int steps, double seconds) {
    }
}
