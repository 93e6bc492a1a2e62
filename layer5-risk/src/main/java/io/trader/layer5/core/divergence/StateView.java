package io.trader.layer5.core.divergence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link DivergenceState} of one asset at a given time, without advancing its state machine. */
final class StateView {

    private StateView() {
    }

    static DivergenceState of(AssetTrack track, long time, DivergenceConfig config) {
        long now = track.lookTime(time);
        track.fresh(now, config.staleMillis());
        List<DivergenceState.SourceView> sources = new ArrayList<>(track.slots.size());
        StringBuilder stale = new StringBuilder();
        for (AssetTrack.Slot s : track.slots) {
            long age = now - s.time;
            boolean fresh = age <= config.staleMillis();
            sources.add(new DivergenceState.SourceView(s.source, BigDecimal.valueOf(s.unscaled, s.scale), s.time, age,
                    fresh));
            if (!fresh) {
                stale.append(stale.isEmpty() ? "" : ", ").append(s.source).append(' ')
                        .append(MidMath.duration(age)).append(" old");
            }
        }
        double spread = track.fresh >= 2 ? MidMath.spreadBps(track.high.mid, track.low.mid) : Double.NaN;
        String reason = reason(track, now, config) + (stale.isEmpty() ? "" : "; stale: " + stale);
        return new DivergenceState(track.asset, track.phase, track.phaseSince, track.halted,
                track.halted ? track.haltedSince : DivergenceState.NONE, spread, sources, reason);
    }

    private static String reason(AssetTrack track, long now, DivergenceConfig config) {
        long band = config.bandBps();
        return switch (track.phase) {
            case INSIDE -> track.describe(AssetTrack.NONE, band);
            case UNKNOWN -> track.describe(AssetTrack.NONE, band) + "; nothing to compare";
            case OUTSIDE -> track.describe(now - track.outsideSince, band) + "; halts after "
                    + MidMath.duration(config.holdMillis()) + " outside the band";
            case HALTED -> track.describe(AssetTrack.NONE, band) + "; new risk halted for "
                    + MidMath.duration(now - track.haltedSince) + " (" + track.haltDetail + "); resumes after "
                    + MidMath.duration(config.cooldownMillis()) + " inside the band with two fresh sources";
            case COOLING -> track.describe(now - track.insideSince, band) + "; new risk halted for "
                    + MidMath.duration(now - track.haltedSince) + ", resumes after "
                    + MidMath.duration(config.cooldownMillis()) + " inside the band";
        };
    }
}
