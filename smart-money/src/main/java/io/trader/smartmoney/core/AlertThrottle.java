package io.trader.smartmoney.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deduplicates and rate-limits whale alerts before they are delivered. Pure: the time is an argument; not thread
 * safe (one caller, e.g. the feed's event loop).
 * <ul>
 *   <li>Duplicate: an alert whose id was admitted within the last {@code dedupeHorizonMs} (ids older than that, or
 *   beyond {@code dedupeCapacity} remembered ids, oldest first, are forgotten).</li>
 *   <li>Rate limits over a sliding minute: at most {@code perWalletPerMinute} admitted alerts per wallet and
 *   {@code globalPerMinute} in all; the wallet limit is checked first, and a suppressed alert uses no budget.</li>
 *   <li>Nothing is dropped silently: every decision is counted ({@link #admitted}, {@link #duplicates},
 *   {@link #walletLimited}, {@link #globalLimited}, and suppressed alerts by priority). A suppressed alert's id is
 *   not remembered, so the same change may pass later.</li>
 * </ul>
 */
public final class AlertThrottle {

    private static final long MINUTE_MS = 60_000;

    /** What happened to one alert. */
    public enum Decision { ADMITTED, DUPLICATE, WALLET_LIMITED, GLOBAL_LIMITED }

    private final ThrottleConfig config;
    private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>();
    private final Map<String, ArrayDeque<Long>> perWallet = new HashMap<>();
    private final ArrayDeque<Long> global = new ArrayDeque<>();
    private final Map<AlertPriority, Long> suppressedByPriority = new EnumMap<>(AlertPriority.class);
    private long admitted;
    private long duplicates;
    private long walletLimited;
    private long globalLimited;

    public AlertThrottle(ThrottleConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("a throttle config is required");
        }
        this.config = config;
    }

    /** Decides on {@code alert} at {@code now} (epoch ms) and counts the decision. */
    public Decision offer(WhaleAlert alert, long now) {
        prune(now);
        if (seen.containsKey(alert.id())) {
            duplicates++;
            return Decision.DUPLICATE;
        }
        ArrayDeque<Long> wallet = perWallet.computeIfAbsent(alert.address(), a -> new ArrayDeque<>());
        if (wallet.size() >= config.perWalletPerMinute()) {
            walletLimited++;
            suppressedByPriority.merge(alert.priority(), 1L, Long::sum);
            return Decision.WALLET_LIMITED;
        }
        if (global.size() >= config.globalPerMinute()) {
            globalLimited++;
            suppressedByPriority.merge(alert.priority(), 1L, Long::sum);
            if (wallet.isEmpty()) {
                perWallet.remove(alert.address());
            }
            return Decision.GLOBAL_LIMITED;
        }
        wallet.addLast(now);
        global.addLast(now);
        seen.put(alert.id(), now);
        if (seen.size() > config.dedupeCapacity()) {
            Iterator<String> oldest = seen.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        admitted++;
        return Decision.ADMITTED;
    }

    /** The alerts of {@code alerts} admitted at {@code now}, in order; the rest are counted. */
    public List<WhaleAlert> admit(List<WhaleAlert> alerts, long now) {
        List<WhaleAlert> out = new ArrayList<>();
        for (WhaleAlert a : alerts) {
            if (offer(a, now) == Decision.ADMITTED) {
                out.add(a);
            }
        }
        return out;
    }

    private void prune(long now) {
        long windowStart = now - MINUTE_MS;
        while (!global.isEmpty() && global.peekFirst() <= windowStart) {
            global.pollFirst();
        }
        perWallet.values().removeIf(times -> {
            while (!times.isEmpty() && times.peekFirst() <= windowStart) {
                times.pollFirst();
            }
            return times.isEmpty();
        });
        long dedupeStart = now - config.dedupeHorizonMs();
        Iterator<Map.Entry<String, Long>> it = seen.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue() > dedupeStart) {
                break;
            }
            it.remove();
        }
    }

    public long admitted() {
        return admitted;
    }

    public long duplicates() {
        return duplicates;
    }

    public long walletLimited() {
        return walletLimited;
    }

    public long globalLimited() {
        return globalLimited;
    }

    /** Alerts suppressed by a rate limit (not duplicates) of {@code priority}. */
    public long suppressed(AlertPriority priority) {
        return suppressedByPriority.getOrDefault(priority, 0L);
    }

    /** Ids remembered for deduplication now (bounded by the config's capacity). */
    public int remembered() {
        return seen.size();
    }
}
