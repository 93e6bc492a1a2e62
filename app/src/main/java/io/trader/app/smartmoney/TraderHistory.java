package io.trader.app.smartmoney;

import io.trader.smartmoney.analysis.TraderSnapshot;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.data.WalletPosition;
import io.trader.smartmoney.data.WalletState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded history as the trader analysis reads it: one {@link TraderSnapshot} per tracked wallet per stored
 * leaderboard refresh, its behaviour measured only from what was recorded before that refresh: mean leverage over
 * the positions of its recorded states, median holding time of its closed positions (an entry to the exit or
 * reversal that closed it), position changes per day since it was first seen (unknown until a day was observed).
 */
public final class TraderHistory {

    private static final long DAY = 86_400_000L;

    private TraderHistory() {
    }

    /** The snapshots of the refreshes with {@code from <= time < to}, oldest first. */
    public static List<TraderSnapshot> read(SmartMoneyStore store, long from, long to) {
        List<Long> times = store.leaderboardTimes(from, to);
        List<WalletState> states = store.replay(from, to);
        List<PositionChange> changes = store.positionChanges(from, to, Integer.MAX_VALUE);
        Map<String, Behaviour> byWallet = new HashMap<>();
        List<TraderSnapshot> out = new ArrayList<>();
        int s = 0;
        int c = 0;
        for (long t : times) {
            for (; s < states.size() && states.get(s).time() <= t; s++) {
                WalletState st = states.get(s);
                byWallet.computeIfAbsent(st.address(), a -> new Behaviour(st.time())).onState(st);
            }
            for (; c < changes.size() && changes.get(c).time() <= t; c++) {
                PositionChange pc = changes.get(c);
                byWallet.computeIfAbsent(pc.address(), a -> new Behaviour(pc.time())).onChange(pc);
            }
            for (TrackedWallet w : store.leaderboardAt(t).map(LeaderboardSnapshot::wallets).orElse(List.of())) {
                Behaviour b = byWallet.get(w.address());
                out.add(new TraderSnapshot(w.address(), t, w.row().accountValue(), w.row().windows(),
                        b == null ? Double.NaN : b.meanLeverage(), b == null ? Double.NaN : b.holdingHours(),
                        b == null ? Double.NaN : b.tradesPerDay(t)));
            }
        }
        return out;
    }

    /** One wallet's behaviour so far. */
    private static final class Behaviour {
        private final long firstSeen;
        private double leverageSum;
        private long leverageCount;
        private long changes;
        private final Map<String, Long> openedAt = new HashMap<>();
        private final List<Double> held = new ArrayList<>();

        Behaviour(long firstSeen) {
            this.firstSeen = firstSeen;
        }

        void onState(WalletState st) {
            for (WalletPosition p : st.positions().values()) {
                leverageSum += p.leverage();
                leverageCount++;
            }
        }

        void onChange(PositionChange pc) {
            changes++;
            boolean wasOpen = pc.oldSize().signum() != 0;
            boolean isOpen = pc.newSize().signum() != 0;
            boolean reversed = wasOpen && isOpen && pc.oldSize().signum() != pc.newSize().signum();
            if (wasOpen && (!isOpen || reversed)) {
                Long opened = openedAt.remove(pc.coin());
                if (opened != null) {
                    held.add((pc.time() - opened) / 3_600_000.0);
                }
            }
            if (isOpen && (!wasOpen || reversed)) {
                openedAt.put(pc.coin(), pc.time());
            }
        }

        double meanLeverage() {
            return leverageCount == 0 ? Double.NaN : leverageSum / leverageCount;
        }

        double holdingHours() {
            if (held.isEmpty()) {
                return Double.NaN;
            }
            double[] v = held.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }

        double tradesPerDay(long now) {
            long observed = now - firstSeen;
            return observed < DAY ? Double.NaN : changes / (observed / (double) DAY);
        }
    }
}
