package io.trader.layer5.core.divergence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Halts new risk on an asset while its venues disagree on the price: "the same asset's mid differs between
 * venues (or mark vs last) by more than a band for longer than a hold".
 *
 * <p><b>What is compared.</b> Each (asset, source) keeps its latest quote; a source is any feed of the asset's
 * price ({@code binance}, {@code hyperliquid}, {@code binance-mark}, ...), the asset a venue-neutral name
 * ({@link AssetMapper}). At a look at time {@code t} a source is <i>fresh</i> when its quote is at most
 * {@code staleMillis} old; with two or more fresh sources the divergence is (highest mid - lowest mid) / lowest
 * mid. The lowest mid as denominator gives the largest of the usual figures, so the breaker trips no later than
 * with the median or the mean. The band test is exact: mids are scaled {@code long}s brought to one scale and
 * multiplied in 128 bits ({@code MidMath}); a divergence exactly at the band is inside. The {@code double}
 * {@code spreadBps} of events and states is for display only.
 *
 * <p><b>When it looks.</b> The breaker looks at an asset at each of its quotes (at the quote's time) and at
 * every {@link #evaluate} (at {@code now}, which also notices sources going stale). "Continuously" means at
 * every look: a hold of 10 s halts when every look for 10 s was outside the band. Looks never go back in time:
 * a look before the asset's latest look happens at the latest look's time. Time is an input (epoch ms); the
 * shell stamps quotes at ingress and calls {@link #evaluate} on its timer.
 *
 * <p><b>The state machine</b> (per asset):
 * <ul>
 *   <li>not halted: a look outside the band starts the hold; a look once the hold lasted {@code holdMillis}
 *       halts (one {@link DivergenceEvent.Halted}); a look inside ends the hold. Fewer than two fresh sources
 *       (a feed went stale or is missing) is not a divergence: nothing happens and the hold ends. Stale data is
 *       the risk engine's stale-feed rule's concern.</li>
 *   <li>halted: a look inside the band starts the cool-down; a look once it lasted {@code cooldownMillis}
 *       resumes (one {@link DivergenceEvent.Resumed}); a look outside ends it. With fewer than two fresh
 *       sources the asset <b>stays halted</b> (the safer choice: one venue alone cannot show that the prices
 *       agree again) and the cool-down starts over once two fresh sources agree. When a venue is gone for good
 *       an operator lifts the halt with {@link #release}.</li>
 * </ul>
 *
 * <p>{@link #onQuote}, {@link #evaluate} and the state reads are synchronized (engine thread and API threads);
 * {@link #isHalted} and {@link #haltReason}, which the pre-trade gate calls per order, read a concurrent map
 * without locking or allocating. A quote or a look that decides nothing allocates nothing.
 */
public final class FeedDivergenceBreaker {

    private final DivergenceConfig config;
    private final Map<String, AssetTrack> tracks = new HashMap<>();
    /** The tracks by asset name, iterated by index (no iterator per look). */
    private final List<AssetTrack> ordered = new ArrayList<>();
    private final Map<String, String> haltReasons = new ConcurrentHashMap<>();
    private final List<DivergenceEvent> pending = new ArrayList<>();

    public FeedDivergenceBreaker(DivergenceConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is required");
        }
        this.config = config;
    }

    public DivergenceConfig config() {
        return config;
    }

    /**
     * One quote: the mid of {@code asset} on {@code source} at {@code time} is {@code midUnscaled x 10^-midScale}
     * (e.g. 50 100.5 as {@code 501005, 1}). Mids must be positive, with 0..12 decimals and at most about
     * 9.2 million; a bad argument throws and changes nothing. Takes a look at the asset at {@code time}; what
     * it decides is returned by the next {@link #evaluate}.
     *
     * @return false when the source already had a newer quote (a late delivery, ignored)
     */
    public synchronized boolean onQuote(String asset, String source, long time, long midUnscaled, int midScale) {
        requireName("asset", asset);
        requireName("source", source);
        long mid = MidMath.normalize(midUnscaled, midScale);
        AssetTrack track = tracks.get(asset);
        if (track == null) {
            track = new AssetTrack(asset);
            tracks.put(asset, track);
            int at = 0;
            while (at < ordered.size() && ordered.get(at).asset.compareTo(asset) < 0) {
                at++;
            }
            ordered.add(at, track);
        }
        if (!track.put(source, time, midUnscaled, midScale, mid)) {
            return false;
        }
        look(track, time);
        return true;
    }

    /** {@link #onQuote(String, String, long, long, int)} of an exact decimal mid (beyond 12 decimals: half-even). */
    public boolean onQuote(String asset, String source, long time, BigDecimal mid) {
        if (mid == null) {
            throw new IllegalArgumentException("mid is required");
        }
        BigDecimal m = mid.scale() > MidMath.SCALE ? mid.setScale(MidMath.SCALE, RoundingMode.HALF_EVEN)
                : mid.scale() < 0 ? mid.setScale(0, RoundingMode.UNNECESSARY) : mid;
        if (m.unscaledValue().bitLength() > 63) {
            throw new IllegalArgumentException("mid too large: " + mid.toPlainString());
        }
        return onQuote(asset, source, time, m.unscaledValue().longValue(), m.scale());
    }

    /**
     * Looks at every asset at {@code now} and returns what happened since the previous call (halts and resumes
     * decided at quotes, then at this look), in the order they happened, each with its own time.
     */
    public synchronized List<DivergenceEvent> evaluate(long now) {
        for (int i = 0; i < ordered.size(); i++) {
            look(ordered.get(i), now);
        }
        if (pending.isEmpty()) {
            return List.of(); // the usual case, without allocating
        }
        List<DivergenceEvent> out = List.copyOf(pending);
        pending.clear();
        return out;
    }

    /** True while new risk on {@code asset} is refused. Lock-free. */
    public boolean isHalted(String asset) {
        return haltReasons.containsKey(asset);
    }

    /** Why {@code asset} is halted (the detail of its halt), or null when it is not. Lock-free. */
    public String haltReason(String asset) {
        return asset == null ? null : haltReasons.get(asset);
    }

    /** The halted assets (a snapshot). */
    public Set<String> haltedAssets() {
        return Set.copyOf(haltReasons.keySet());
    }

    /** {@code asset} as seen at {@code now} (empty when it was never quoted). Changes no state. */
    public synchronized Optional<DivergenceState> state(String asset, long now) {
        AssetTrack track = tracks.get(asset);
        return track == null ? Optional.empty() : Optional.of(StateView.of(track, now, config));
    }

    /** Every quoted asset at {@code now}, by name. */
    public synchronized List<DivergenceState> states(long now) {
        List<DivergenceState> out = new ArrayList<>(tracks.size());
        for (AssetTrack track : ordered) {
            out.add(StateView.of(track, now, config));
        }
        return out;
    }

    /** The halted assets at {@code now}, by name. */
    public synchronized List<DivergenceState> halted(long now) {
        List<DivergenceState> out = new ArrayList<>();
        for (AssetTrack track : ordered) {
            if (track.halted) {
                out.add(StateView.of(track, now, config));
            }
        }
        return out;
    }

    /**
     * The operator lifts the halt of {@code asset} (e.g. a venue is gone for good and the asset would otherwise
     * stay halted). The quotes are kept: a divergence that goes on halts again after a full hold.
     *
     * @return the resume event (also for the shell to record), empty when the asset was not halted
     */
    public synchronized Optional<DivergenceEvent.Resumed> release(String asset, String reason, long time) {
        AssetTrack track = tracks.get(asset);
        if (track == null || !track.halted) {
            return Optional.empty();
        }
        long now = track.lookTime(time);
        track.clock = now;
        track.release();
        track.fresh(now, config.staleMillis());
        track.setPhase(now);
        haltReasons.remove(asset);
        return Optional.of(new DivergenceEvent.Resumed(asset, asset + ": released by operator"
                + (reason == null || reason.isBlank() ? "" : ": " + reason), now));
    }

    private void look(AssetTrack track, long time) {
        boolean before = track.halted;
        track.look(time, config, pending);
        if (track.halted != before) {
            if (track.halted) {
                haltReasons.put(track.asset, track.haltDetail);
            } else {
                haltReasons.remove(track.asset);
            }
        }
    }

    private static void requireName(String what, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
