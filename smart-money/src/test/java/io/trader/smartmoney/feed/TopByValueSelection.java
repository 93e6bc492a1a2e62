package io.trader.smartmoney.feed;

import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.core.WalletSelection;
import io.trader.smartmoney.data.LeaderboardRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A plain selection for the feed's tests until the core's scoring selection lands: the {@code n} largest accounts,
 * the first {@code t1} Tier 1, the next {@code t2} Tier 2, the rest Tier 3; score = account value in millions.
 */
final class TopByValueSelection implements WalletSelection {

    private final int n;
    private final int t1;
    private final int t2;
    private final PriorityQueue<LeaderboardRow> best =
            new PriorityQueue<>(Comparator.comparing(LeaderboardRow::accountValue));

    TopByValueSelection(int n, int t1, int t2) {
        this.n = n;
        this.t1 = t1;
        this.t2 = t2;
    }

    @Override
    public void offer(LeaderboardRow row) {
        best.add(row);
        if (best.size() > n) {
            best.poll();
        }
    }

    @Override
    public List<TrackedWallet> finish() {
        List<LeaderboardRow> rows = new ArrayList<>(best);
        rows.sort(Comparator.comparing(LeaderboardRow::accountValue).reversed());
        List<TrackedWallet> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Tier tier = i < t1 ? Tier.WHALE : i < t1 + t2 ? Tier.CORE : Tier.EXTENDED;
            out.add(new TrackedWallet(rows.get(i), tier, rows.get(i).accountValue().doubleValue() / 1e6));
        }
        return out;
    }
}
