package io.trader.app.paper;

import io.trader.core.market.Bar;

import java.time.Clock;
import java.util.List;

/**
 * Replays bars at {@code speed} times real time (0: as fast as possible). Bars up to the resume point
 * come at once (they only warm the models up); pacing starts with the first bar after it.
 */
public final class ReplayFeed implements BarFeed {

    private final List<Bar> bars;
    private final double speed;
    private final Clock clock;
    private final String source;
    private final List<String> instruments;
    private long resumeAfter = Long.MIN_VALUE;
    private int next;
    private long wallStart = Long.MIN_VALUE;
    private long firstPaced;

    public ReplayFeed(List<Bar> bars, double speed, Clock clock, String source, List<String> instruments) {
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be >= 0: " + speed);
        }
        this.bars = bars;
        this.speed = speed;
        this.clock = clock;
        this.source = source;
        this.instruments = List.copyOf(instruments);
    }

    @Override
    public Bar poll(long maxWaitMillis) throws InterruptedException {
        if (next >= bars.size()) {
            return null;
        }
        long wait = dueIn(bars.get(next));
        if (wait > 0) {
            Thread.sleep(Math.min(wait, maxWaitMillis));
            if (dueIn(bars.get(next)) > 0) {
                return null;
            }
        }
        return bars.get(next++);
    }

    /** Milliseconds until the bar is due (0 or less: now). */
    private long dueIn(Bar bar) {
        if (speed == 0 || bar.closeTime() <= resumeAfter) {
            return 0;
        }
        if (wallStart == Long.MIN_VALUE) {
            wallStart = clock.millis();
            firstPaced = bar.closeTime();
        }
        return wallStart + (long) ((bar.closeTime() - firstPaced) / speed) - clock.millis();
    }

    @Override
    public long peekTime() {
        if (next >= bars.size()) {
            return Long.MIN_VALUE;
        }
        Bar bar = bars.get(next);
        return dueIn(bar) <= 0 ? bar.closeTime() : Long.MIN_VALUE;
    }

    @Override
    public boolean exhausted() {
        return next >= bars.size();
    }

    @Override
    public void resumeAfter(long time) {
        this.resumeAfter = time;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public List<String> instruments() {
        return instruments;
    }
}
