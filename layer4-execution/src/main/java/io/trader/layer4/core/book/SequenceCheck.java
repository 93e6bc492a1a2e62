package io.trader.layer4.core.book;

/**
 * Continuity of Binance depth diffs. Spot: each diff's U must be the previous u + 1. USD-M: each diff's pu must
 * be the previous u. After a snapshot with lastUpdateId L, diffs with u &lt;= L (spot) / u &lt; L (USD-M) are
 * stale and the first applied one must straddle L; a snapshot older than the applied chain is itself stale. Before any snapshot or diff the first diff is taken as the
 * start (the captures have no snapshot at their start). A gap is reported, never applied.
 */
public final class SequenceCheck {

    /** Which id rule applies. */
    public enum Rule { SPOT, USDM }

    /** What to do with a diff. */
    public enum Outcome { APPLY, STALE, GAP }

    private final Rule rule;
    private long lastId = -1;
    private boolean fromSnapshot;

    public SequenceCheck(Rule rule) {
        this.rule = rule;
    }

    /** An independent copy of this chain's state. */
    public SequenceCheck copy() {
        SequenceCheck c = new SequenceCheck(rule);
        c.lastId = lastId;
        c.fromSnapshot = fromSnapshot;
        return c;
    }

    /** Checks a diff and, when the outcome is APPLY, advances the last id. */
    public Outcome check(long firstId, long lastIdOfDiff, long prevLastId) {
        if (lastId < 0) {
            lastId = lastIdOfDiff;
            return Outcome.APPLY;
        }
        if (fromSnapshot) {
            boolean stale = rule == Rule.SPOT ? lastIdOfDiff <= lastId : lastIdOfDiff < lastId;
            if (stale) {
                return Outcome.STALE;
            }
            long want = rule == Rule.SPOT ? lastId + 1 : lastId;
            if (firstId > want) {
                return Outcome.GAP;
            }
            fromSnapshot = false;
            lastId = lastIdOfDiff;
            return Outcome.APPLY;
        }
        if (lastIdOfDiff <= lastId) {
            return Outcome.STALE;
        }
        boolean continuous = rule == Rule.SPOT ? firstId == lastId + 1 : prevLastId == lastId;
        if (!continuous) {
            return Outcome.GAP;
        }
        lastId = lastIdOfDiff;
        return Outcome.APPLY;
    }

    /**
     * A snapshot resets continuity to its lastUpdateId, unless it is older than the diffs already applied
     * (lastUpdateId below the chain's last id): then it is STALE and must not be applied.
     */
    public Outcome snapshot(long snapshotLastId) {
        if (lastId >= 0 && snapshotLastId < lastId) {
            return Outcome.STALE;
        }
        lastId = snapshotLastId;
        fromSnapshot = true;
        return Outcome.APPLY;
    }

    /** Explicitly accepts a reported gap: the next diff starts a new chain (the book may be wrong until refreshed). */
    public void acceptGap() {
        lastId = -1;
        fromSnapshot = false;
    }

    public long lastId() {
        return lastId;
    }
}
