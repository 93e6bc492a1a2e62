package io.trader.layer2.core.meta;

import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.layer2.core.drift.AlphaHealth;
import io.trader.layer2.core.drift.DriftEvent;
import io.trader.layer2.core.regime.RegimeSource;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** Test-scope health monitor and regime source. */
final class Fakes {

    private Fakes() {
    }

    /**
     * Health: weight of alpha i is {@code fixed[i]} when given, else it falls with the alpha's mean observed
     * loss above ln 2. Records every observation.
     */
    static final class Health implements AlphaHealth {
        final double[] fixed;
        final double[] lossSum;
        final long[] lossCount;
        final List<double[]> observed = new ArrayList<>();
        final List<double[]> ensemble = new ArrayList<>();
        final ArrayDeque<DriftEvent> events = new ArrayDeque<>();

        Health(int alphas, double[] fixed) {
            this.fixed = fixed;
            this.lossSum = new double[alphas];
            this.lossCount = new long[alphas];
        }

        @Override
        public void observe(int alpha, long time, double loss) {
            lossSum[alpha] += loss;
            lossCount[alpha]++;
            observed.add(new double[]{alpha, time, loss});
        }

        @Override
        public void observeEnsemble(long time, double loss) {
            ensemble.add(new double[]{time, loss});
        }

        @Override
        public double weight(int alpha) {
            if (fixed != null) {
                return fixed[alpha];
            }
            if (lossCount[alpha] == 0) {
                return 1;
            }
            double excess = lossSum[alpha] / lossCount[alpha] - Math.log(2);
            return Math.max(0.1, Math.min(1, 1 - 2 * excess));
        }

        @Override
        public DriftEvent poll() {
            return events.pollFirst();
        }
    }

    /** Regime 1 when the close rose since the last bar, 0 when not, -1 on the first bar. */
    static final class UpDown implements RegimeSource {
        private double last = Double.NaN;

        @Override
        public int regimes() {
            return 2;
        }

        @Override
        public int regime(FeatureVector features) {
            double c = features.get(Feature.CLOSE);
            int r = Double.isNaN(last) ? -1 : (c > last ? 1 : 0);
            last = c;
            return r;
        }
    }

    /** Regime {@code (bar % (k + 1)) - 1}: cycles -1, 0, .., k-1. */
    static final class Cycle implements RegimeSource {
        private final int k;
        private long bar;

        Cycle(int k) {
            this.k = k;
        }

        @Override
        public int regimes() {
            return k;
        }

        @Override
        public int regime(FeatureVector features) {
            return (int) (bar++ % (k + 1)) - 1;
        }
    }
}
