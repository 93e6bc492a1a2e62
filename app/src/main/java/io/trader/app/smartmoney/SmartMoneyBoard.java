package io.trader.app.smartmoney;

import io.trader.smartmoney.core.AlertPriority;
import io.trader.smartmoney.core.AlertType;
import io.trader.smartmoney.core.CoinBias;
import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.TraderWeight;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.core.WhaleAlert;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The latest of smart money in memory, for the HTTP API and the metrics: the tracked wallets of the last leaderboard
 * refresh with their weights and when each was last read, the latest bias of each coin, and a bounded ring of the most
 * recent whale alerts. The feed's wiring calls the {@code on...} methods from any thread; readers get copies.
 * Thread-safe: every method may be called concurrently.
 */
public final class SmartMoneyBoard {

    /** Default number of recent alerts kept. */
    public static final int DEFAULT_ALERT_CAPACITY = 500;

    private final int alertCapacity;
    private final Object lock = new Object();
    // guarded by lock
    private Map<String, TrackedWallet> wallets = Map.of();
    private long leaderboardTime = -1;
    private final Map<String, TraderWeight> weights = new HashMap<>();
    private final Map<String, long[]> refreshed = new HashMap<>(); // address -> {time}
    private final Map<String, String> sources = new HashMap<>();
    private final ArrayDeque<WhaleAlert> alerts = new ArrayDeque<>();
    private final Set<String> alertIds = new HashSet<>();
    // lock-free
    private final Map<String, CoinBias> biases = new ConcurrentHashMap<>();
    private volatile java.util.function.Consumer<WhaleAlert> alertListener;
    private final AtomicLongArray alertCounts = new AtomicLongArray(AlertType.values().length
            * AlertPriority.values().length);

    public SmartMoneyBoard() {
        this(DEFAULT_ALERT_CAPACITY);
    }

    /** @param alertCapacity how many recent alerts the ring keeps (at least 1) */
    public SmartMoneyBoard(int alertCapacity) {
        if (alertCapacity < 1) {
            throw new IllegalArgumentException("alertCapacity must be at least 1: " + alertCapacity);
        }
        this.alertCapacity = alertCapacity;
    }

    /** Hands each new (not duplicate) whale alert to {@code listener} too, on the caller's thread; null: none. */
    public void forwardAlerts(java.util.function.Consumer<WhaleAlert> listener) {
        this.alertListener = listener;
    }

    /**
     * A leaderboard refresh at {@code time}: {@code tracked} replaces the tracked wallets. Weights and read times of
     * wallets no longer tracked are dropped; those of wallets still tracked are kept.
     */
    public void onWallets(long time, List<TrackedWallet> tracked) {
        Map<String, TrackedWallet> next = new LinkedHashMap<>();
        for (TrackedWallet w : tracked) {
            next.put(w.address(), w);
        }
        synchronized (lock) {
            wallets = next;
            leaderboardTime = time;
            weights.keySet().retainAll(next.keySet());
            refreshed.keySet().retainAll(next.keySet());
            sources.keySet().retainAll(next.keySet());
        }
    }

    /** The latest weights (by their address; a wallet not named keeps its previous weight). */
    public void onWeights(List<TraderWeight> latest) {
        synchronized (lock) {
            for (TraderWeight w : latest) {
                weights.put(w.address(), w);
            }
        }
    }

    /** The wallet's state was read at {@code time} (epoch ms) through {@code source} (e.g. {@code ws}, {@code rest}). */
    public void onState(String address, long time, String source) {
        synchronized (lock) {
            long[] t = refreshed.get(address);
            if (t == null) {
                refreshed.put(address, new long[]{time});
            } else if (time >= t[0]) {
                t[0] = time;
            } else {
                return; // an older read arriving late does not roll the refresh time back
            }
            sources.put(address, source);
        }
    }

    /** The coin's latest bias (replaces the previous one of the coin). */
    public void onBias(CoinBias bias) {
        biases.merge(bias.coin(), bias, (old, now) -> now.time() >= old.time() ? now : old);
    }

    /**
     * A whale alert: kept in the ring of recent alerts (the oldest leaves when full) and counted by type and priority;
     * an alert whose id the ring holds already is ignored.
     *
     * @return false when it was a duplicate
     */
    public boolean onAlert(WhaleAlert alert) {
        synchronized (lock) {
            if (!alertIds.add(alert.id())) {
                return false;
            }
            alerts.addLast(alert);
            while (alerts.size() > alertCapacity) {
                alertIds.remove(alerts.removeFirst().id());
            }
        }
        alertCounts.incrementAndGet(alert.type().ordinal() * AlertPriority.values().length
                + alert.priority().ordinal());
        java.util.function.Consumer<WhaleAlert> l = alertListener;
        if (l != null) {
            l.accept(alert); // e.g. the session's notifications
        }
        return true;
    }

    /** The time of the last leaderboard refresh (epoch ms), or -1 before the first. */
    public long leaderboardTime() {
        synchronized (lock) {
            return leaderboardTime;
        }
    }

    /** The tracked wallets (all tiers when {@code tier} is null), Tier 1 first, best score first within a tier. */
    public List<BoardWallet> wallets(Tier tier) {
        List<BoardWallet> out = new ArrayList<>();
        synchronized (lock) {
            for (TrackedWallet w : wallets.values()) {
                if (tier == null || w.tier() == tier) {
                    long[] t = refreshed.get(w.address());
                    out.add(new BoardWallet(w, weights.get(w.address()), t == null ? -1 : t[0],
                            sources.get(w.address())));
                }
            }
        }
        out.sort((a, b) -> a.tier() != b.tier() ? a.tier().compareTo(b.tier())
                : Double.compare(b.wallet().score(), a.wallet().score()));
        return out;
    }

    /** Tracked wallets per tier (every tier, 0 when none). */
    public Map<Tier, Integer> walletCounts() {
        Map<Tier, Integer> out = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            out.put(t, 0);
        }
        synchronized (lock) {
            for (TrackedWallet w : wallets.values()) {
                out.merge(w.tier(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** The latest bias of {@code coin}: exact name first, else the one coin whose name matches ignoring case. */
    public Optional<CoinBias> bias(String coin) {
        CoinBias exact = biases.get(coin);
        if (exact != null) {
            return Optional.of(exact);
        }
        CoinBias found = null;
        for (CoinBias b : biases.values()) {
            if (b.coin().toUpperCase(Locale.ROOT).equals(coin.toUpperCase(Locale.ROOT))) {
                if (found != null) {
                    return Optional.empty(); // ambiguous (e.g. kPEPE and KPEPE): only the exact name answers
                }
                found = b;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every coin's latest bias, by coin. */
    public Map<String, CoinBias> biases() {
        return new TreeMap<>(biases);
    }

    /** The most recent alerts, newest first, at most {@code limit}. */
    public List<WhaleAlert> recentAlerts(int limit) {
        List<WhaleAlert> out = new ArrayList<>(Math.min(Math.max(limit, 0), alertCapacity));
        synchronized (lock) {
            Iterator<WhaleAlert> it = alerts.descendingIterator();
            while (it.hasNext() && out.size() < limit) {
                out.add(it.next());
            }
        }
        return out;
    }

    /** How many recent alerts the ring keeps. */
    public int alertCapacity() {
        return alertCapacity;
    }

    /** Alerts accepted since the start (duplicates aside) of {@code type} and {@code priority}. */
    public long alertCount(AlertType type, AlertPriority priority) {
        return alertCounts.get(type.ordinal() * AlertPriority.values().length + priority.ordinal());
    }
}
