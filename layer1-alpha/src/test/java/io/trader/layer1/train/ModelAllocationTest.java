package io.trader.layer1.train;

import io.trader.core.model.Model;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Model.predict allocates nothing: bytes allocated by this thread over 1,000,000 predictions of each
 * trained kind, measured with {@code com.sun.management.ThreadMXBean} (a measurement, not a timing).
 */
class ModelAllocationTest {

    static final int CALLS = 1_000_000;

    @Test
    void predictDoesNotAllocate() {
        TrainedZoo zoo = TrainedZoo.train(3000);
        double[][] rows = zoo.data.x;
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (Model m : zoo.models) {
            double sink = run(m, rows, 200_000);
            long before = threads.getThreadAllocatedBytes(id);
            sink += run(m, rows, CALLS);
            long allocated = threads.getThreadAllocatedBytes(id) - before;
            System.out.printf("%-8s %,d bytes allocated over %,d predictions (sink %.3f)%n", m.kind(), allocated,
                    CALLS, sink);
            assertTrue(allocated < 16_384, m.kind() + " allocated " + allocated + " bytes over " + CALLS + " calls");
        }
    }

    private static double run(Model m, double[][] rows, int calls) {
        double s = 0;
        for (int i = 0; i < calls; i++) {
            s += m.predict(rows[i % rows.length]);
        }
        return s;
    }
}
