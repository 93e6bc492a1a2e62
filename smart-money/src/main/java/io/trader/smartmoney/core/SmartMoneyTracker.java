package io.trader.smartmoney.core;

import io.trader.smartmoney.data.WalletPosition;
import io.trader.smartmoney.data.WalletState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The smart-money state of one feed, pure (time is passed in): the tracked wallets with their weights, each wallet's
 * latest state, the whale alerts of each new state (detected, then deduplicated and rate-limited) and the per-coin
 * bias. The live feed and a replay of recorded states drive it the same way, so a backtest sees what a session saw.
 * Not thread-safe: one thread drives it.
 */
public final class SmartMoneyTracker {

    /**
     * What one new state did: whether any position size or the account value differs from the last state, and its
     * admitted alerts (the store derives and keeps the position changes themselves).
     */
    public record Update(boolean changed, List<WhaleAlert> alerts) {
        public Update {
            alerts = List.copyOf(alerts);
        }
    }

    private final TraderWeighting weighting;
    private final AlertDetector detector;
    private final AlertThrottle throttle;
    private final BiasCalculator bias;
    private final Map<String, TraderWeight> weights = new LinkedHashMap<>();
    private final Map<String, WalletState> latest = new HashMap<>();
    private long statesSeen;
    private long lateStates;

    public SmartMoneyTracker(TraderWeighting weighting, AlertDetector detector, AlertThrottle throttle,
                             BiasCalculator bias) {
        this.weighting = weighting;
        this.detector = detector;
        this.throttle = throttle;
        this.bias = bias;
    }

    /**
     * A new leaderboard selection: these wallets are tracked from now on, weighted (regime alignment neutral);
     * wallets no longer selected stop counting (their last state is forgotten).
     */
    public List<TraderWeight> onWallets(List<TrackedWallet> wallets) {
        weights.clear();
        for (TrackedWallet w : wallets) {
            weights.put(w.address(), weighting.weigh(w, 0));
        }
        latest.keySet().retainAll(weights.keySet());
        return List.copyOf(weights.values());
    }

    /**
     * A wallet's new state at {@code now}: compared with its last one (alerts and changes), then kept as its latest.
     * The first state of a wallet is its baseline (changed, but no change and no alert). A state of a wallet not
     * tracked, or older than the one kept (a late read), changes nothing.
     */
    public Update onState(WalletState state, long now) {
        TraderWeight w = weights.get(state.address());
        if (w == null) {
            return new Update(false, List.of());
        }
        WalletState previous = latest.get(state.address());
        if (previous != null && state.time() < previous.time()) {
            lateStates++;
            return new Update(false, List.of());
        }
        statesSeen++;
        latest.put(state.address(), state);
        if (previous == null) {
            return new Update(true, List.of()); // a baseline: what the wallet held is no move
        }
        boolean changed = sizesDiffer(previous, state) || previous.accountValue().compareTo(state.accountValue()) != 0;
        List<WhaleAlert> alerts = throttle.admit(detector.detect(previous, state, w.tier()), now);
        return new Update(changed, alerts);
    }

    /** The bias of every coin some fresh tracked wallet holds, at {@code now}. */
    public Map<String, CoinBias> bias(long now) {
        return bias.compute(views(), now);
    }

    /** The bias of one coin at {@code now} (0 with confidence 0 when no fresh wallet holds it). */
    public CoinBias bias(String coin, long now) {
        return bias.forCoin(coin, views(), now);
    }

    /** The tracked wallets' weights, in selection order. */
    public Collection<TraderWeight> weights() {
        return List.copyOf(weights.values());
    }

    /** The latest state of a wallet, or null. */
    public WalletState latest(String address) {
        return latest.get(address);
    }

    public AlertThrottle throttle() {
        return throttle;
    }

    public long statesSeen() {
        return statesSeen;
    }

    /** States dropped as older than the one kept. */
    public long lateStates() {
        return lateStates;
    }

    private List<WalletView> views() {
        List<WalletView> out = new ArrayList<>(weights.size());
        weights.forEach((address, w) -> out.add(new WalletView(w, latest.get(address))));
        return out;
    }

    /** True when some coin's signed size differs between the two reads. */
    static boolean sizesDiffer(WalletState previous, WalletState current) {
        TreeSet<String> coins = new TreeSet<>(current.positions().keySet());
        coins.addAll(previous.positions().keySet());
        for (String coin : coins) {
            if (size(previous.position(coin)).compareTo(size(current.position(coin))) != 0) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal size(WalletPosition p) {
        return p == null ? BigDecimal.ZERO : p.size();
    }
}
