package io.trader.smartmoney.feed;

import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.TrackedWallet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which tracked wallet to read next, inside smart money's share of Hyperliquid's per-IP REST weight. Pure: no I/O,
 * no clock (every method takes {@code now}, ms of any monotone clock); not thread-safe (one owner).
 *
 * <p><b>Assignment.</b> The best Tier 1 wallets (the list is Tier 1 first, best score first) get the WebSocket slots;
 * every other wallet, and a WebSocket wallet whose stream is not live (not yet acknowledged, disconnected, refused by
 * the venue), is polled over REST ({@code clearinghouseState}, weight {@code readWeight}).
 *
 * <p><b>Order.</b> {@link #next} returns the due REST wallet of the highest tier, the most overdue first within a
 * tier; a wallet is due every {@code target(tier)} (never read: at once; a late read moves the next one closer, so
 * lateness does not add up as long as the budget suffices). Reads are paced
 * by a bucket of {@code weightPerMinute} refilled continuously with a burst of one read, so over any 60 s the
 * schedule hands out at most {@code weightPerMinute + readWeight} weight, whatever the wallets want. When the demand
 * is larger, the lower tiers slip (their achieved interval, a metric, shows by how much).
 *
 * <p><b>Budget needed.</b> Polling {@code n} wallets every {@code t} seconds at weight 2 costs {@code 120 n / t} weight
 * per minute ({@link #demandPerMinute}). A full sweep of 500 wallets within 90 s is 1000 weight per 90 s = 667 per
 * minute; each Tier 1 wallet polled every 5 s instead of by WebSocket costs 24 per minute. With the defaults (1200 per
 * minute venue limit, 200 reserved for trading, so 1000 for smart money; 10 slots minus the session's own user
 * streams) a selection of 25 Tier 1 / 125 Tier 2 / 350 Tier 3 with 8 slots needs 17 x 24 + 125 x 2 + 350 x 1.33 = 1125
 * per minute: over 1000; Tier 1 and 2 are served first, so Tier 3 gets the remaining 342 per minute and stretches
 * to about 121 s. Simulated in PollScheduleTest (same selection, 8 live WebSocket wallets): at 1000 per minute the
 * sweep takes 121 s (Tier 3 p50 121 s); at 1125 per minute (a trading reserve of 75) 80 s (Tier 3 p50 101 s); at the
 * whole 1200, 73 s (Tier 3 p50 89 s). So a 90 s sweep of 500 with a 5 s Tier 1 on REST needs about 1125 per
 * minute; with the default 200 reserve, give Tier 1 fewer REST wallets or a longer Tier 1 target.
 */
public final class PollSchedule {

    /** What {@link #next} says. */
    public sealed interface Next {
        /** Read this wallet now (its weight is spent). */
        record Read(TrackedWallet wallet) implements Next {
        }

        /** Nothing to do for {@code millis} ms (nothing due, or the pace says wait). */
        record Wait(long millis) implements Next {
        }
    }

    private static final long NEVER = Long.MIN_VALUE;

    private final int wsSlots;
    private final int readWeight;
    private final double perMilli;
    private final Map<Tier, Long> targets;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final Map<Tier, long[]> rings = new EnumMap<>(Tier.class);
    private final Map<Tier, Long> ringCount = new EnumMap<>(Tier.class);
    private final Set<String> sweepPending = new HashSet<>();
    private List<TrackedWallet> websocket = List.of();
    private double tokens;
    private long last = NEVER;
    private long pausedUntil = NEVER;
    private long sweepStart;
    private long lastSweep = -1;
    private long weightSpent;

    private static final class Slot {
        TrackedWallet wallet;
        boolean ws;
        boolean wsLive;
        boolean inFlight;
        /** When the next read is due (NEVER: at once). */
        long due = NEVER;
        long lastFresh = NEVER;
    }

    /**
     * @param wallets          the tracked wallets, Tier 1 first, best first
     * @param wsSlots          WebSocket user slots for smart money (>= 0)
     * @param weightPerMinute  REST weight per minute smart money may use (> 0)
     * @param readWeight       weight of one wallet read ({@code clearinghouseState}: 2)
     * @param targets          target refresh interval per tier in ms (every tier, > 0)
     * @param now              the current time
     */
    public PollSchedule(List<TrackedWallet> wallets, int wsSlots, int weightPerMinute, int readWeight,
                        Map<Tier, Long> targets, long now) {
        if (wsSlots < 0 || weightPerMinute < 1 || readWeight < 1 || readWeight > weightPerMinute) {
            throw new IllegalArgumentException("wsSlots >= 0, weightPerMinute >= readWeight >= 1 required");
        }
        for (Tier t : Tier.values()) {
            Long v = targets.get(t);
            if (v == null || v < 1) {
                throw new IllegalArgumentException("a positive target interval is required for " + t);
            }
        }
        this.wsSlots = wsSlots;
        this.readWeight = readWeight;
        this.perMilli = weightPerMinute / 60_000.0;
        this.targets = Map.copyOf(targets);
        this.tokens = readWeight;
        for (Tier t : Tier.values()) {
            rings.put(t, new long[RefreshStats.WINDOW]);
            ringCount.put(t, 0L);
        }
        sweepStart = now;
        update(wallets, now);
    }

    /**
     * Replaces the tracked wallets (a new leaderboard read), keeping the read history of those that stay and
     * reassigning the WebSocket slots; returns the new WebSocket wallets.
     */
    public List<TrackedWallet> update(List<TrackedWallet> wallets, long now) {
        Map<String, Slot> old = new HashMap<>(slots);
        slots.clear();
        List<TrackedWallet> ws = new ArrayList<>();
        for (TrackedWallet w : wallets) {
            Slot s = old.getOrDefault(w.address(), new Slot());
            s.wallet = w;
            s.ws = w.tier() == Tier.WHALE && ws.size() < wsSlots;
            if (s.ws) {
                ws.add(w);
            } else {
                s.wsLive = false;
            }
            if (slots.putIfAbsent(w.address(), s) == null && !old.containsKey(w.address())) {
                sweepPending.add(w.address());
            }
        }
        sweepPending.retainAll(slots.keySet());
        websocket = List.copyOf(ws);
        return websocket;
    }

    /** The next wallet to read over REST at {@code now}, or how long to wait. */
    public Next next(long now) {
        if (now < pausedUntil) {
            return new Next.Wait(pausedUntil - now);
        }
        Slot best = null;
        long bestDue = Long.MAX_VALUE;
        long earliest = Long.MAX_VALUE;
        for (Slot s : slots.values()) {
            if (s.inFlight || s.ws && s.wsLive) {
                continue;
            }
            long due = s.due;
            if (due > now) {
                earliest = Math.min(earliest, due);
                continue;
            }
            if (best == null || s.wallet.tier().ordinal() < best.wallet.tier().ordinal()
                    || s.wallet.tier() == best.wallet.tier() && due < bestDue) {
                best = s;
                bestDue = due;
            }
        }
        if (best == null) {
            return new Next.Wait(earliest == Long.MAX_VALUE ? targets.get(Tier.WHALE) : earliest - now);
        }
        refill(now);
        if (tokens < readWeight) {
            return new Next.Wait(Math.max(1, (long) Math.ceil((readWeight - tokens) / perMilli)));
        }
        tokens -= readWeight;
        weightSpent += readWeight;
        best.inFlight = true;
        long target = targets.get(best.wallet.tier());
        // keep the cadence: a read late by less than a target is followed by an earlier one, so lateness does not add up
        best.due = best.due == NEVER || now - best.due >= target ? now + target : best.due + target;
        return new Next.Read(best.wallet);
    }

    /** A fresh state of {@code address} arrived at {@code now} (REST answer or WebSocket push). */
    public void fresh(String address, long now) {
        Slot s = slots.get(address);
        if (s == null) {
            return;
        }
        s.inFlight = false;
        if (s.lastFresh != NEVER) {
            record(s.wallet.tier(), now - s.lastFresh);
        }
        s.lastFresh = now;
        if (sweepPending.remove(address) && sweepPending.isEmpty()) {
            lastSweep = now - sweepStart;
            sweepStart = now;
            // a live WebSocket wallet is current without pushes (a quiet wallet pushes nothing): it does not hold
            // the next sweep up
            slots.forEach((a, sl) -> {
                if (!(sl.ws && sl.wsLive)) {
                    sweepPending.add(a);
                }
            });
        }
    }

    /** A REST read of {@code address} failed: it is due again at its next regular time. */
    public void failed(String address) {
        Slot s = slots.get(address);
        if (s != null) {
            s.inFlight = false;
        }
    }

    /** A REST read of {@code address} failed for a passing reason (429): it is due again at {@code retryAt} at the latest. */
    public void failed(String address, long retryAt) {
        Slot s = slots.get(address);
        if (s != null) {
            s.inFlight = false;
            s.due = Math.min(s.due, retryAt);
        }
    }

    /** The WebSocket stream of {@code address} is live (true) or not (false: it is polled over REST meanwhile). */
    public void wsLive(String address, boolean live) {
        Slot s = slots.get(address);
        if (s != null && s.ws) {
            s.wsLive = live;
        }
    }

    /** No reads before {@code until} (the venue said 429: slow down). */
    public void pause(long until) {
        pausedUntil = Math.max(pausedUntil, until);
    }

    /** The wallets assigned to WebSocket slots. */
    public List<TrackedWallet> websocket() {
        return websocket;
    }

    /** Weight per minute the targets need for the wallets polled over REST (WebSocket wallets excluded). */
    public double demandPerMinute() {
        double d = 0;
        for (Slot s : slots.values()) {
            if (!s.ws) {
                d += readWeight * 60_000.0 / targets.get(s.wallet.tier());
            }
        }
        return d;
    }

    /** Achieved refresh intervals of {@code tier}. */
    public RefreshStats achieved(Tier tier) {
        return RefreshStats.of(rings.get(tier), (int) Math.min(ringCount.get(tier), RefreshStats.WINDOW));
    }

    /** Duration of the last complete sweep (every wallet fresh at least once) in ms, or -1 before the first. */
    public long lastSweepMillis() {
        return lastSweep;
    }

    /** Weight handed out so far. */
    public long weightSpent() {
        return weightSpent;
    }

    /** Wallets tracked. */
    public int size() {
        return slots.size();
    }

    private void record(Tier tier, long interval) {
        long n = ringCount.get(tier);
        rings.get(tier)[(int) (n % RefreshStats.WINDOW)] = interval;
        ringCount.put(tier, n + 1);
    }

    private void refill(long now) {
        if (last != NEVER && now > last) {
            tokens = Math.min(readWeight, tokens + (now - last) * perMilli);
        }
        last = Math.max(last, now);
    }
}
