package io.trader.smartmoney.core;

import io.trader.smartmoney.data.LeaderboardRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The {@link WalletSelection} of issue #14: keeps the {@code capacity} best-scored rows of a leaderboard read in a
 * min-heap (memory is O(capacity) whatever the leaderboard's length), then tiers them.
 * <p>
 * Skipped on offer (and counted): excluded addresses (vaults, HLP), rows whose account value is not positive, rows
 * whose score is not a finite number, and an address already held. Ranking is score descending, then address
 * ascending, so equal scores resolve the same way on every run.
 * <p>
 * Tiering on {@link #finish}, walking the kept candidates best first:
 * <ol>
 *   <li>Tier 1 (whale): account value &gt;= {@code whaleAccount} or score &gt;= {@code whaleScore}, until the cap;</li>
 *   <li>Tier 2 (core), among the rest: score &gt;= {@code coreScore} and window consistency (share of windows with
 *   positive ROI) &gt;= {@code coreMinConsistency}, until the cap;</li>
 *   <li>Tier 3 (extended), among the rest: score &gt;= {@code extendedScore}, until the cap.</li>
 * </ol>
 * Everything else is not tracked. A whale whose score ranks below the kept candidates is not seen (a known limit of
 * ranking by score alone; with the size multiplier in the score such wallets are rare).
 */
public final class TopWalletSelection implements WalletSelection {

    /** Best first: higher score, then the smaller address. */
    static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(c -> c.row().address());

    private final SelectionConfig config;
    private final TraderWeighting weighting;
    private final PriorityQueue<Candidate> heap;
    private final Set<String> held = new HashSet<>();
    private long offered;
    private long excluded;
    private long nonPositive;
    private long unscorable;
    private long duplicates;
    private boolean finished;

    public TopWalletSelection(SelectionConfig config, TraderWeighting weighting) {
        if (config == null || weighting == null) {
            throw new IllegalArgumentException("a selection needs its config and a weighting");
        }
        this.config = config;
        this.weighting = weighting;
        this.heap = new PriorityQueue<>(config.capacity() + 1, BEST_FIRST.reversed());
    }

    /** A candidate: a row, its score and its window consistency. */
    record Candidate(LeaderboardRow row, double score, double consistency) {
    }

    @Override
    public void offer(LeaderboardRow row) {
        if (finished) {
            throw new IllegalStateException("this selection has finished; start a new one per leaderboard read");
        }
        offered++;
        if (config.excluded().contains(row.address())) {
            excluded++;
            return;
        }
        if (row.accountValue().signum() <= 0) {
            nonPositive++;
            return;
        }
        if (held.contains(row.address())) {
            duplicates++;
            return;
        }
        TraderMetrics metrics;
        double score;
        try {
            metrics = TraderMetrics.fromWindows(row);
            score = weighting.score(row, metrics);
        } catch (IllegalArgumentException absurd) {
            unscorable++;       // figures beyond a double's range give no finite metric
            return;
        }
        if (!Double.isFinite(score)) {
            unscorable++;
            return;
        }
        Candidate c = new Candidate(row, score, metrics.consistency());
        if (heap.size() < config.capacity()) {
            heap.add(c);
            held.add(row.address());
        } else if (BEST_FIRST.compare(c, heap.peek()) < 0) {
            held.remove(heap.poll().row().address());
            heap.add(c);
            held.add(row.address());
        }
    }

    @Override
    public List<TrackedWallet> finish() {
        if (finished) {
            throw new IllegalStateException("finish() is called once per selection");
        }
        finished = true;
        List<Candidate> best = new ArrayList<>(heap);
        best.sort(BEST_FIRST);
        heap.clear();
        held.clear();
        Map<Tier, List<TrackedWallet>> tiers = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            tiers.put(t, new ArrayList<>());
        }
        List<Candidate> rest = new ArrayList<>();
        for (Candidate c : best) {
            boolean whale = c.row().accountValue().compareTo(config.whaleAccount()) >= 0
                    || c.score() >= config.whaleScore();
            if (whale && tiers.get(Tier.WHALE).size() < config.whaleMax()) {
                tiers.get(Tier.WHALE).add(new TrackedWallet(c.row(), Tier.WHALE, c.score()));
            } else {
                rest.add(c);
            }
        }
        List<Candidate> rest3 = new ArrayList<>();
        for (Candidate c : rest) {
            if (c.score() >= config.coreScore() && c.consistency() >= config.coreMinConsistency()
                    && tiers.get(Tier.CORE).size() < config.coreMax()) {
                tiers.get(Tier.CORE).add(new TrackedWallet(c.row(), Tier.CORE, c.score()));
            } else {
                rest3.add(c);
            }
        }
        for (Candidate c : rest3) {
            if (c.score() >= config.extendedScore() && tiers.get(Tier.EXTENDED).size() < config.extendedMax()) {
                tiers.get(Tier.EXTENDED).add(new TrackedWallet(c.row(), Tier.EXTENDED, c.score()));
            }
        }
        List<TrackedWallet> out = new ArrayList<>();
        for (Tier t : Tier.values()) {
            out.addAll(tiers.get(t));
        }
        return List.copyOf(out);
    }

    /** The candidates held now, best first (for tests and diagnostics; a copy). */
    List<Candidate> candidates() {
        List<Candidate> best = new ArrayList<>(heap);
        best.sort(BEST_FIRST);
        return best;
    }

    /** Candidates held now (at most the capacity). */
    public int held() {
        return heap.size();
    }

    /** Rows offered. */
    public long offered() {
        return offered;
    }

    /** Rows skipped as excluded addresses (vaults, HLP, the configured set). */
    public long excluded() {
        return excluded;
    }

    /** Rows skipped for an account value of zero or less. */
    public long nonPositive() {
        return nonPositive;
    }

    /** Rows skipped because their figures gave no finite score (absurd magnitudes). */
    public long unscorable() {
        return unscorable;
    }

    /** Rows skipped because their address was already held. */
    public long duplicates() {
        return duplicates;
    }
}
