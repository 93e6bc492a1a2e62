package io.trader.layer4.core.exec;

/**
 * Follows a planned schedule of cumulative lots: at decision k the child is what the plan has executed by then
 * minus what actually filled, so a child that did not fill (a resting limit) is caught up at the next decision;
 * the last decision sends the whole remainder. The plan is made at the first decision ({@link #plan}), so it can
 * use the market state of the arrival.
 */
abstract class SchedulePolicy implements ExecutionPolicy {

    private final ExecParent parent;
    private final Aggression aggression;
    private long[] cumulative;

    SchedulePolicy(ExecParent parent, Aggression aggression) {
        this.parent = parent;
        this.aggression = aggression;
    }

    /** Lots per decision (length = decisions, summing to the parent), made at the arrival. */
    abstract long[] plan(ExecState arrival);

    @Override
    public ChildDecision decide(ExecState state) {
        if (cumulative == null) {
            cumulative = cumulate(plan(state), parent.lots());
        }
        long filled = parent.lots() - state.remainingLots();
        if (state.last() || state.decision() >= cumulative.length) {
            return new ChildDecision(state.remainingLots(), aggression);
        }
        long due = cumulative[state.decision()] - filled;
        return due > 0 ? new ChildDecision(Math.min(due, state.remainingLots()), aggression) : ChildDecision.WAIT;
    }

    private static long[] cumulate(long[] lots, long total) {
        long[] c = new long[lots.length];
        long sum = 0;
        for (int k = 0; k < lots.length; k++) {
            sum += lots[k];
            c[k] = sum;
        }
        if (sum != total) {
            throw new IllegalStateException("a plan of " + sum + " lots for a parent of " + total);
        }
        return c;
    }

    /** Spreads {@code slices} (possibly fewer than the decisions) evenly over {@code decisions}: slice j at decision floor(j N / n). */
    static long[] spread(long[] slices, int decisions) {
        if (slices.length == decisions) {
            return slices;
        }
        long[] out = new long[decisions];
        for (int j = 0; j < slices.length; j++) {
            out[(int) ((long) j * decisions / slices.length)] += slices[j];
        }
        return out;
    }
}
