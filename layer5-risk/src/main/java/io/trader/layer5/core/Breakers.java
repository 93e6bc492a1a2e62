package io.trader.layer5.core;

import io.trader.core.domain.Money;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.RiskEvent;

import java.util.List;
import java.util.function.Consumer;

/**
 * The two circuit breakers, fed with equity points in time order.
 * <ul>
 *   <li>{@value #DAILY_LOSS}: the equity of the first point of each UTC day (day taken from the point's time)
 *       is the start-of-day equity; the breaker trips when equity is {@code maxDailyLossFraction} or more
 *       below it, and clears on the first point of a later UTC day ({@link RiskEvent.BreakerCleared}).</li>
 *   <li>{@value #MAX_DRAWDOWN}: trips when equity is {@code maxDrawdownFraction} or more below the peak (the
 *       highest equity seen, seeded from the first point's {@code peakEquity}); it latches until
 *       {@link #reset}.</li>
 * </ul>
 * Each trip emits one {@link RiskEvent.BreakerTripped}. Methods are synchronized (the engine thread feeds
 * points while an operator thread may reset); the states are volatile snapshots readable from any thread.
 */
final class Breakers {

    static final String DAILY_LOSS = "daily_loss";
    static final String MAX_DRAWDOWN = "max_drawdown";
    static final long DAY_MILLIS = 86_400_000L;

    private final RiskLimits limits;
    private final Consumer<RiskEvent> events;
    private long day = Long.MIN_VALUE;
    private long dayStart;
    private long peak;
    private long lastEquity;
    private boolean seen;
    private volatile BreakerState daily = BreakerState.clear(DAILY_LOSS, 0);
    private volatile BreakerState drawdown = BreakerState.clear(MAX_DRAWDOWN, 0);

    Breakers(RiskLimits limits, Consumer<RiskEvent> events) {
        this.limits = limits;
        this.events = events;
    }

    synchronized void onEquity(EquityPoint point) {
        long equity = point.equity();
        long time = point.time();
        long d = Math.floorDiv(time, DAY_MILLIS);
        if (d != day) {
            if (daily.tripped()) {
                daily = BreakerState.clear(DAILY_LOSS, time);
                events.accept(new RiskEvent.BreakerCleared(DAILY_LOSS, "new UTC day", time));
            }
            day = d;
            dayStart = equity;
        }
        if (!seen) {
            peak = Math.max(equity, point.peakEquity());
            seen = true;
        } else if (equity > peak) {
            peak = equity;
        }
        lastEquity = equity;
        if (!daily.tripped() && dayStart > 0 && dayStart - equity >= limits.maxDailyLossFraction() * dayStart) {
            String detail = "equity " + cash(equity) + " is " + percent(1 - equity / (double) dayStart)
                    + " below start of day " + cash(dayStart) + " (limit " + percent(limits.maxDailyLossFraction()) + ")";
            daily = new BreakerState(DAILY_LOSS, true, detail, time);
            events.accept(new RiskEvent.BreakerTripped(DAILY_LOSS, detail, time));
        }
        if (!drawdown.tripped() && peak > 0 && peak - equity >= limits.maxDrawdownFraction() * peak) {
            String detail = "equity " + cash(equity) + " is " + percent(1 - equity / (double) peak)
                    + " below peak " + cash(peak) + " (limit " + percent(limits.maxDrawdownFraction()) + ")";
            drawdown = new BreakerState(MAX_DRAWDOWN, true, detail, time);
            events.accept(new RiskEvent.BreakerTripped(MAX_DRAWDOWN, detail, time));
        }
    }

    /**
     * Clears every tripped breaker (one {@link RiskEvent.BreakerCleared} each) and re-arms both from the latest
     * equity: it becomes the start-of-day equity and the drawdown peak.
     */
    synchronized void reset(String reason, long time) {
        String detail = "reset: " + (reason == null ? "" : reason);
        if (daily.tripped()) {
            daily = BreakerState.clear(DAILY_LOSS, time);
            events.accept(new RiskEvent.BreakerCleared(DAILY_LOSS, detail, time));
        }
        if (drawdown.tripped()) {
            drawdown = BreakerState.clear(MAX_DRAWDOWN, time);
            events.accept(new RiskEvent.BreakerCleared(MAX_DRAWDOWN, detail, time));
        }
        if (seen) {
            dayStart = lastEquity;
            peak = lastEquity;
        }
    }

    boolean halted() {
        return daily.tripped() || drawdown.tripped();
    }

    List<BreakerState> states() {
        return List.of(daily, drawdown);
    }

    /** Names of the tripped breakers, e.g. {@code daily_loss}. */
    String trippedNames() {
        BreakerState a = daily;
        BreakerState b = drawdown;
        if (a.tripped() && b.tripped()) {
            return DAILY_LOSS + ", " + MAX_DRAWDOWN;
        }
        return a.tripped() ? DAILY_LOSS : b.tripped() ? MAX_DRAWDOWN : "";
    }

    synchronized BreakerMemory memory() {
        return new BreakerMemory(day, dayStart, seen ? peak : 0, daily, drawdown);
    }

    synchronized void restore(BreakerMemory memory) {
        day = memory.utcDay();
        dayStart = memory.dayStartEquity();
        peak = memory.peakEquity();
        lastEquity = memory.dayStartEquity();
        seen = memory.utcDay() != Long.MIN_VALUE;
        daily = memory.dailyLoss();
        drawdown = memory.drawdown();
    }

    /** Whole cents are enough for a person reading why a breaker tripped. */
    private static String cash(long units) {
        return Money.toDecimal(units).setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    private static String percent(double fraction) {
        return String.format(java.util.Locale.ROOT, "%.2f%%", fraction * 100);
    }
}
