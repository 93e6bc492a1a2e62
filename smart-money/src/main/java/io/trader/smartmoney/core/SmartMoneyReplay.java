package io.trader.smartmoney.core;

import java.util.Map;

/**
 * Replays recorded smart-money events through a {@link SmartMoneyTracker} and hands out the per-coin bias every
 * {@code stepMs} of recorded time, exactly as the live feed would have computed it then: the bias at a step uses only
 * the events recorded at or before the step's time. This is how a backtest gets the signal a session saw.
 */
public final class SmartMoneyReplay {

    /** Receives the bias of every held coin at each step time. */
    @FunctionalInterface
    public interface Sink {
        void onBias(long time, Map<String, CoinBias> byCoin);
    }

    private final SmartMoneyTracker tracker;
    private final long stepMs;
    private long nextStep = Long.MIN_VALUE;
    private long lastTime = Long.MIN_VALUE;
    private long outOfOrder;

    /**
     * @param stepMs recorded time between two bias computations (&gt; 0)
     */
    public SmartMoneyReplay(SmartMoneyTracker tracker, long stepMs) {
        if (stepMs <= 0) {
            throw new IllegalArgumentException("replay step must be > 0 ms: " + stepMs);
        }
        this.tracker = tracker;
        this.stepMs = stepMs;
    }

    /**
     * Feeds events in recorded order; an event earlier than the previous one is counted and skipped (a replay must
     * not reorder what the live feed saw). Steps due before the event's time are emitted first.
     */
    public void replay(Iterable<Recorded> events, Sink sink) {
        for (Recorded e : events) {
            if (e.time() < lastTime) {
                outOfOrder++;
                continue;
            }
            if (nextStep == Long.MIN_VALUE) {
                nextStep = (Math.floorDiv(e.time(), stepMs) + 1) * stepMs;
            }
            while (e.time() > nextStep) {
                sink.onBias(nextStep, tracker.bias(nextStep));
                nextStep += stepMs;
            }
            lastTime = e.time();
            if (e instanceof Recorded.Selection s) {
                tracker.onWallets(s.wallets());
            } else if (e instanceof Recorded.State s) {
                tracker.onState(s.state(), s.time());
            }
        }
        if (nextStep != Long.MIN_VALUE && lastTime <= nextStep) {
            sink.onBias(nextStep, tracker.bias(nextStep));
            nextStep += stepMs;
        }
    }

    /** Events skipped as out of recorded order. */
    public long outOfOrder() {
        return outOfOrder;
    }
}
