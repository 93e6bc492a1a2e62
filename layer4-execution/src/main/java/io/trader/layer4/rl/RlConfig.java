package io.trader.layer4.rl;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyper-parameters of the DQN (RL4J QLearningDiscreteDense, double DQN with a target network).
 *
 * @param steps                 training steps (decisions) in all
 * @param hidden                hidden units per layer
 * @param layers                hidden layers
 * @param learningRate          Adam learning rate
 * @param gamma                 discount per decision
 * @param epsilonSteps          steps over which exploration falls from 1 to {@code minEpsilon}
 * @param minEpsilon            final exploration rate
 * @param batch                 replay batch size
 * @param replay                replay memory size
 * @param targetUpdate          steps between target network syncs
 * @param rewardScale           rewards (bps) are multiplied by this in training
 * @param penaltyBpsPerLeftover leftover penalty, bps per share of the parent forced out at the end
 * @param seed                  seed of the network, exploration and replay
 */
public record RlConfig(int steps, int hidden, int layers, double learningRate, double gamma, int epsilonSteps,
                       double minEpsilon, int batch, int replay, int targetUpdate, double rewardScale,
                       double penaltyBpsPerLeftover, long seed) {

    public RlConfig {
        if (steps < 1 || hidden < 1 || layers < 1 || !(learningRate > 0) || !(gamma > 0 && gamma <= 1)
                || epsilonSteps < 1 || !(minEpsilon >= 0 && minEpsilon <= 1) || batch < 1 || replay < batch
                || targetUpdate < 1 || !(rewardScale > 0) || !(penaltyBpsPerLeftover >= 0)) {
            throw new IllegalArgumentException("invalid RL configuration: " + this);
        }
    }

    /** Defaults for bar episodes of about 10 decisions. */
    public static RlConfig defaults(int steps, long seed) {
        return new RlConfig(steps, 64, 2, 5e-4, 0.99, Math.max(1, steps / 2), 0.05, 64,
                Math.max(64, Math.min(100_000, steps)), 500, 0.1, 10.0, seed);
    }

    public RlConfig withSteps(int n) {
        return new RlConfig(n, hidden, layers, learningRate, gamma, Math.max(1, n / 2), minEpsilon, batch,
                Math.max(batch, Math.min(replay, n)), targetUpdate, rewardScale, penaltyBpsPerLeftover, seed);
    }

    public RlConfig withTargetUpdate(int n) {
        return new RlConfig(steps, hidden, layers, learningRate, gamma, epsilonSteps, minEpsilon, batch, replay, n,
                rewardScale, penaltyBpsPerLeftover, seed);
    }

    /** Name -> value, for the model's training description. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", "double DQN (RL4J 1.0.0-M1.1 QLearningDiscreteDense)");
        m.put("steps", steps);
        m.put("hidden", hidden);
        m.put("layers", layers);
        m.put("learning_rate", learningRate);
        m.put("gamma", gamma);
        m.put("epsilon_steps", epsilonSteps);
        m.put("min_epsilon", minEpsilon);
        m.put("batch", batch);
        m.put("replay", replay);
        m.put("target_update", targetUpdate);
        m.put("reward_scale", rewardScale);
        m.put("penalty_bps_per_leftover", penaltyBpsPerLeftover);
        m.put("seed", seed);
        return m;
    }
}
