package io.trader.layer4.capture;

import io.trader.layer4.core.book.BookSimulator;
import io.trader.layer4.core.book.MarketEvent;
import io.trader.layer4.core.book.OrderCommand;
import io.trader.layer4.core.book.SimConfig;
import io.trader.core.domain.Side;

import java.nio.file.Path;
import java.util.List;

/**
 * Plain timing main (not a test): events/s of (a) reading + parsing a gzip capture and (b) replaying the parsed
 * events through the book simulator with a resting bid and ask cancelled and re-quoted at the touch every 1,000 events.
 * Run: {@code java -cp layer4-execution/target/classes:layer4-execution/target/test-classes
 * io.trader.layer4.capture.SimulatorThroughputMain /work/shared/data/microstructure/<file>.gz [rounds]}
 */
public final class SimulatorThroughputMain {

    private SimulatorThroughputMain() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        CaptureReader.Capture capture = null;
        for (int r = 0; r < 5; r++) {
            long t0 = System.nanoTime();
            capture = CaptureReader.readAll(file);
            long ns = System.nanoTime() - t0;
            System.out.printf("read+parse round %d: %,d events in %.1f ms = %,.0f events/s (%s)%n", r,
                    capture.events().size(), ns / 1e6, capture.events().size() * 1e9 / ns, capture.counts());
        }
        List<MarketEvent> events = capture.events();
        long levels = 0;
        for (MarketEvent e : events) {
            if (e instanceof MarketEvent.DepthDiff d) {
                levels += d.bidTicks().length + d.askTicks().length;
            }
        }
        System.out.printf("depth level updates in the capture: %,d%n", levels);
        long sink = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double bestCpu = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            sink += replay(events, capture.format());
            long ns = System.nanoTime() - t0;
            long cpu = threads.getCurrentThreadCpuTime() - c0;
            bestCpu = Math.max(bestCpu, events.size() * 1e9 / cpu);
            System.out.printf("simulator round %d: %,d events in %.1f ms = %,.0f events/s (%,.0f per CPU second),"
                    + " %,.0f level updates/s%n", r, events.size(), ns / 1e6, events.size() * 1e9 / ns,
                    events.size() * 1e9 / cpu, levels * 1e9 / ns);
        }
        System.out.printf("best: %,.0f events per CPU second%n", bestCpu);
        System.out.println("(fills seen: " + sink + ")");
    }

    private static long replay(List<MarketEvent> events, CaptureFormat format) {
        BookSimulator sim = new BookSimulator(new SimConfig(1_000_000, 500_000, 200, 500), format.rule());
        long id = 0;
        long fills = 0;
        int i = 0;
        for (MarketEvent event : events) {
            if (sim.onEvent(event) == io.trader.layer4.core.book.SequenceCheck.Outcome.GAP) {
                sim.acceptGap();
            }
            if (++i % 1000 == 0 && sim.book().twoSided()) {
                if (id > 0) {
                    sim.submit(new OrderCommand.Cancel(id - 1, event.recvNs()));
                    sim.submit(new OrderCommand.Cancel(id, event.recvNs()));
                }
                sim.submit(new OrderCommand.Limit(++id, event.recvNs(), Side.BUY, sim.book().bestBid(), 10));
                sim.submit(new OrderCommand.Limit(++id, event.recvNs(), Side.SELL, sim.book().bestAsk(), 10));
                fills += sim.drainReports().size();
            }
        }
        return fills + sim.drainReports().size();
    }
}
