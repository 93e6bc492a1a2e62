package io.trader.layer2.core.learn;

import io.trader.layer2.core.meta.MetaLearner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-bar methods (predict, contributions, update) allocate nothing after warm-up: measured with the
 * JVM's per-thread allocation counter, not with timing.
 */
class AllocationFreeTest {

    @ParameterizedTest
    @ValueSource(strings = {"bayes-logistic", "vote", "bma", "ic", "logistic"})
    void perBarMethodsDoNotAllocate(String kind) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());

        MetaLearner learner = MetaLearners.create(kind, 4, 3, 2, new TestLearners(), 5);
        Samples s = Samples.market(91, 4000, new double[] {0.5, 0.0, -0.3, 0.2}, 3, 0.3, 0.001, 0.01);
        double[] c = new double[7];
        run(learner, s, 0, 2000, c);
        learner.refit(Arrays.copyOf(s.x, 2000), Arrays.copyOf(s.y, 2000), Arrays.copyOf(s.r, 2000), 2000);
        run(learner, s, 0, 2000, c);
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        double sink = run(learner, s, 2000, 4000, c);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertTrue(sink > 0);
        assertTrue(allocated < 2000, kind + " allocated " + allocated + " bytes over 2000 bars");
    }

    private static double run(MetaLearner learner, Samples s, int from, int to, double[] c) {
        double sink = 0;
        for (int k = from; k < to; k++) {
            sink += learner.predict(s.x[k]);
            learner.contributions(s.x[k], c);
            sink += c[0];
            learner.update(s.x[k], s.y[k], s.r[k]);
        }
        return sink;
    }
}
