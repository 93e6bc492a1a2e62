package io.trader.layer5.core.divergence;

import java.util.ArrayList;
import java.util.List;

/**
 * One asset inside the {@link FeedDivergenceBreaker}: the latest quote of each source and the halt state machine.
 * Not thread-safe: the breaker serialises every call.
 */
final class AssetTrack {

    /** No time: the field is not set. */
    static final long NONE = Long.MIN_VALUE;

    /** Latest quote of one source, overwritten in place. */
    static final class Slot {
        final String source;
        long time;
        long unscaled;
        int scale;
        long mid;

        Slot(String source) {
            this.source = source;
        }
    }

    final String asset;
    final List<Slot> slots = new ArrayList<>(4);
    /** Time of the latest look; looks never go back in time. */
    long clock = NONE;
    boolean halted;
    long haltedSince = NONE;
    String haltDetail = "";
    /** Start of the current run of looks outside the band while not halted. */
    long outsideSince = NONE;
    /** Start of the current run of looks inside the band while halted. */
    long insideSince = NONE;
    DivergenceState.Phase phase = DivergenceState.Phase.UNKNOWN;
    long phaseSince = NONE;

    // the picture of the latest fresh() call
    int fresh;
    Slot high;
    Slot low;

    AssetTrack(String asset) {
        this.asset = asset;
    }

    /** Stores a quote unless the source already has a newer one (a late delivery); false when ignored. */
    boolean put(String source, long time, long unscaled, int scale, long mid) {
        Slot slot = null;
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).source.equals(source)) {
                slot = slots.get(i);
                break;
            }
        }
        if (slot == null) {
            slot = new Slot(source);
            slots.add(slot);
        } else if (time < slot.time) {
            return false;
        }
        slot.time = time;
        slot.unscaled = unscaled;
        slot.scale = scale;
        slot.mid = mid;
        return true;
    }

    /** Time of a look at {@code t}: never before the previous look. */
    long lookTime(long t) {
        return clock == NONE ? t : Math.max(t, clock);
    }

    /** Counts the sources fresh at {@code now} and finds the highest and lowest mid (first source wins ties). */
    void fresh(long now, long staleMillis) {
        fresh = 0;
        high = null;
        low = null;
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (now - s.time > staleMillis) {
                continue;
            }
            fresh++;
            if (high == null || s.mid > high.mid) {
                high = s;
            }
            if (low == null || s.mid < low.mid) {
                low = s;
            }
        }
    }

    /** True when the picture of the latest {@link #fresh} has two sources further apart than the band. */
    boolean outside(long bandBps) {
        return fresh >= 2 && MidMath.outside(high.mid, low.mid, bandBps);
    }

    /**
     * Takes a look at {@code t} and advances the state machine, adding what happened to {@code out}.
     * Not halted: a look outside starts (or continues) the hold, which halts once it lasted {@code holdMillis};
     * a look inside, or with fewer than two fresh sources, ends it. Halted: a look inside starts (or continues)
     * the cool-down, which resumes once it lasted {@code cooldownMillis}; a look outside, or with fewer than two
     * fresh sources (agreement cannot be seen), ends it and the halt stays.
     */
    void look(long t, DivergenceConfig config, List<DivergenceEvent> out) {
        long now = lookTime(t);
        clock = now;
        fresh(now, config.staleMillis());
        boolean outside = outside(config.bandBps());
        boolean inside = fresh >= 2 && !outside;
        if (!halted) {
            if (!outside) {
                outsideSince = NONE;
            } else {
                if (outsideSince == NONE) {
                    outsideSince = now;
                }
                if (now - outsideSince >= config.holdMillis()) {
                    halted = true;
                    haltedSince = now;
                    insideSince = NONE;
                    haltDetail = describe(now - outsideSince, config.bandBps());
                    out.add(new DivergenceEvent.Halted(asset, MidMath.spreadBps(high.mid, low.mid),
                            freshSources(now, config.staleMillis()),
                            haltDetail, now));
                }
            }
        } else if (!inside) {
            insideSince = NONE;
        } else {
            if (insideSince == NONE) {
                insideSince = now;
            }
            if (now - insideSince >= config.cooldownMillis()) {
                String detail = describe(now - insideSince, config.bandBps()) + "; halted for "
                        + MidMath.duration(now - haltedSince);
                release();
                out.add(new DivergenceEvent.Resumed(asset, detail, now));
            }
        }
        setPhase(now);
    }

    /** Lifts the halt and forgets both runs. */
    void release() {
        halted = false;
        haltedSince = NONE;
        haltDetail = "";
        outsideSince = NONE;
        insideSince = NONE;
    }

    void setPhase(long now) {
        DivergenceState.Phase p;
        if (halted) {
            p = insideSince == NONE ? DivergenceState.Phase.HALTED : DivergenceState.Phase.COOLING;
        } else if (outsideSince != NONE) {
            p = DivergenceState.Phase.OUTSIDE;
        } else {
            p = fresh >= 2 ? DivergenceState.Phase.INSIDE : DivergenceState.Phase.UNKNOWN;
        }
        if (p != phase) {
            phase = p;
            phaseSince = now;
        }
    }

    /** Sources fresh at {@code now}, highest mid first (in source order for equal mids). */
    List<String> freshSources(long now, long staleMillis) {
        List<Slot> fresh = new ArrayList<>(slots.size());
        for (Slot s : slots) {
            if (now - s.time <= staleMillis) {
                fresh.add(s);
            }
        }
        fresh.sort((a, b) -> Long.compare(b.mid, a.mid));
        List<String> names = new ArrayList<>(fresh.size());
        for (Slot s : fresh) {
            names.add(s.source);
        }
        return names;
    }

    /**
     * Why, as a person reads it, from the latest picture:
     * {@code BTC: binance 50,100 vs hyperliquid 49,800 (60.2 bps > band 50 bps for 12 s)}.
     */
    String describe(long forMillis, long bandBps) {
        if (fresh < 2) {
            return asset + ": fewer than 2 fresh sources (" + fresh + ")";
        }
        double bps = MidMath.spreadBps(high.mid, low.mid);
        boolean out = MidMath.outside(high.mid, low.mid, bandBps);
        StringBuilder sb = new StringBuilder(96).append(asset).append(": ").append(high.source).append(' ')
                .append(MidMath.price(high.unscaled, high.scale)).append(" vs ").append(low.source).append(' ')
                .append(MidMath.price(low.unscaled, low.scale)).append(" (").append(MidMath.bps(bps, bandBps))
                .append(out ? " bps > band " : " bps <= band ").append(bandBps).append(" bps");
        if (forMillis != NONE) {
            sb.append(" for ").append(MidMath.duration(forMillis));
        }
        if (fresh > 2) {
            sb.append("; ").append(fresh).append(" fresh sources");
        }
        return sb.append(')').toString();
    }
}
