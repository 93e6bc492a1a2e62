package io.trader.layer1.train;

import io.trader.core.model.Model;

/**
 * Prints predictions per second for each model kind (trained on real BTC 1h rows). Not a test and not a
 * benchmark harness: a rough figure for the report. Run from the test classpath:
 * {@code java -cp <layer1 test classpath> io.trader.layer1.train.ModelThroughput}.
 */
public final class ModelThroughput {

    private ModelThroughput() {
    }

    public static void main(String[] args) {
        TrainedZoo zoo = TrainedZoo.train(20_000);
        double[][] rows = zoo.data.x;
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.printf("available processors %d (the machine is shared: CPU time is the fairer clock)%n",
                Runtime.getRuntime().availableProcessors());
        for (Model m : zoo.models) {
            double sink = 0;
            int calls = 100_000;
            for (int round = 0; round < 4; round++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                for (int i = 0; i < calls; i++) {
                    sink += m.predict(rows[i % rows.length]);
                }
                long wall = System.nanoTime() - t0;
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                if (round == 3) {
                    System.out.printf("%-8s %,13.0f predictions/s per CPU-second (%,7.1f ns CPU each), %,13.0f/s wall;"
                                    + " %,d calls (sink %.1f)%n", m.kind(), calls * 1e9 / cpu, (double) cpu / calls,
                            calls * 1e9 / wall, calls, sink);
                }
                calls = (int) Math.min(20_000_000L, Math.max(100_000L, calls * 1_000_000_000L / Math.max(1, cpu)));
            }
        }
    }
}
