package io.trader.app.zoo;

import io.trader.app.engine.InstrumentPipeline;
import io.trader.app.paper.BarFeed;
import io.trader.app.paper.PaperSession;
import io.trader.core.market.Bar;
import io.trader.core.signal.Alpha;

import java.util.List;

/**
 * A replay the test releases in stages, so that it can change the registry between two known bars. On the
 * engine thread, before handing out a bar, it records what one alpha scored on the previous bar and which
 * version it ran: the per-bar record the test compares with reference backtests.
 */
final class GatedFeed implements BarFeed {

    private final List<Bar> bars;
    private final String symbol;
    private final String alphaId;
    final double[] scores;
    final String[] versions;
    final String[] names;
    private PaperSession session;
    private int next;
    private volatile int released;
    private volatile int idleAt = -1;

    GatedFeed(List<Bar> bars, String symbol, String alphaId) {
        this.bars = bars;
        this.symbol = symbol;
        this.alphaId = alphaId;
        this.scores = new double[bars.size()];
        this.versions = new String[bars.size()];
        this.names = new String[bars.size()];
    }

    void attach(PaperSession s) {
        this.session = s;
    }

    /** Lets the engine take bars up to (excluding) {@code upTo} and waits until it processed them all. */
    void releaseAndWait(int upTo) throws InterruptedException {
        released = upTo;
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (idleAt != upTo) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the engine did not process bars up to " + upTo + " (at " + idleAt + ")");
            }
            Thread.sleep(5);
        }
    }

    @Override
    public Bar poll(long maxWaitMillis) throws InterruptedException {
        if (next > 0 && versions[next - 1] == null) {
            record(next - 1);
        }
        if (next >= released) {
            idleAt = next;
            Thread.sleep(Math.min(maxWaitMillis, 5));
            return null;
        }
        return bars.get(next++);
    }

    private void record(int i) {
        InstrumentPipeline p = session.parts().engine.pipelines().get(0);
        Alpha[] alphas = p.alphas();
        for (int k = 0; k < alphas.length; k++) {
            if (alphas[k].id().equals(alphaId)) {
                scores[i] = p.outputs()[k].score();
                versions[i] = alphas[k].version();
                names[i] = p.alphaIds().get(k);
            }
        }
    }

    @Override
    public long peekTime() {
        return next < released ? bars.get(next).closeTime() : Long.MIN_VALUE;
    }

    @Override
    public boolean exhausted() {
        return next >= bars.size() && versions[bars.size() - 1] != null;
    }

    @Override
    public void resumeAfter(long time) {
    }

    @Override
    public String source() {
        return "replay:gated-" + symbol;
    }

    @Override
    public List<String> instruments() {
        return List.of(symbol);
    }
}
