package io.trader.layer4.capture;

import io.trader.layer4.core.book.BookSimulator;
import io.trader.layer4.core.book.MarketEvent;
import io.trader.layer4.core.book.OrderBook;
import io.trader.layer4.core.book.SequenceCheck;
import io.trader.layer4.core.book.SimConfig;
import io.trader.layer4.core.book.episode.BookEpisodeMarket;
import io.trader.layer4.core.book.episode.EpisodeSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Execution episodes drawn from one capture. After a warm-up (the captures start without a snapshot, so the book is
 * only known near the touch at first), the capture's time is split: the first {@code 1 - heldOutShare} is for
 * training, the rest held out; an episode's whole window (volatility lookback, decisions, the forced order) lies in
 * one part, so training episodes never overlap held-out ones. Starts within a part are drawn seeded and
 * non-overlapping. Each {@link Start} keeps a copy of the book at its window's start, so {@link #market(Start)}
 * builds a fresh market for it any number of times without replaying the capture from its beginning.
 */
public final class CaptureEpisodes {

    /** Which part of the capture. */
    public enum Part { TRAIN, HELD_OUT }

    /** One episode start: the arrival (local ns), where its replay begins and the book there. */
    public record Start(Part part, long arrivalNs, int fromIndex, OrderBook seed) {
    }

    private final List<MarketEvent> events;
    private final EpisodeSettings settings;
    private final long windowNs;
    private final long[] trainRange;
    private final long[] heldOutRange;

    /**
     * @param decisions    decisions per episode (with the settings' interval: the horizon)
     * @param heldOutShare share of the capture's time after the warm-up kept for held-out episodes, in [0, 1)
     * @param warmupNs     time from the capture's first event before any episode window may begin
     */
    public CaptureEpisodes(List<MarketEvent> events, EpisodeSettings settings, int decisions, double heldOutShare,
                           long warmupNs) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an empty capture has no episodes");
        }
        if (!(heldOutShare >= 0 && heldOutShare < 1) || warmupNs < 0 || decisions < 1) {
            throw new IllegalArgumentException("heldOutShare in [0, 1), warmupNs >= 0, decisions >= 1: "
                    + heldOutShare + " " + warmupNs + " " + decisions);
        }
        this.events = events;
        this.settings = settings;
        this.windowNs = settings.lookbackNs() + settings.episodeNs(decisions);
        long begin = events.get(0).recvNs() + warmupNs;
        long end = events.get(events.size() - 1).recvNs();
        long split = begin + (long) ((end - begin) * (1 - heldOutShare));
        this.trainRange = new long[] {begin, split};
        this.heldOutRange = new long[] {split, end};
    }

    /** Episodes of a capture file, its format (tick, lot, id rule) taken from the file name. */
    public static CaptureEpisodes of(Path capture, SimConfig sim, long intervalNs,
                                     int volatilityWindow, int decisions, double heldOutShare, long warmupNs) {
        CaptureReader.Capture c = CaptureReader.readAll(capture);
        CaptureFormat f = c.format();
        EpisodeSettings settings = new EpisodeSettings(sim, f.rule(), intervalNs, volatilityWindow, f.tickSize(),
                f.unitsPerLot());
        return new CaptureEpisodes(c.events(), settings, decisions, heldOutShare, warmupNs);
    }

    /** How many non-overlapping episodes fit in a part. */
    public int capacity(Part part) {
        long[] r = range(part);
        return (int) Math.max(0, (r[1] - r[0]) / windowNs);
    }

    /**
     * Draws {@code n} non-overlapping episode starts in a part, in time order: the free time of the part is spread
     * at random (seeded) between the windows. Refuses more than {@link #capacity(Part)}.
     */
    public List<Start> draw(Part part, int n, long seed) {
        int capacity = capacity(part);
        if (n < 0 || n > capacity) {
            throw new IllegalArgumentException("asked for " + n + " " + part + " episodes; " + capacity
                    + " non-overlapping windows of " + windowNs / 1_000_000 + " ms fit in this part of the capture");
        }
        long[] r = range(part);
        long free = r[1] - r[0] - n * windowNs;
        SplittableRandom random = new SplittableRandom(seed);
        long[] offsets = new long[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = free == 0 ? 0 : random.nextLong(free + 1);
        }
        Arrays.sort(offsets);
        long[] windowStarts = new long[n];
        for (int i = 0; i < n; i++) {
            windowStarts[i] = r[0] + offsets[i] + i * windowNs;
        }
        return seeds(part, windowStarts);
    }

    /** Replays the capture once (no orders) and copies the book at each window start. */
    private List<Start> seeds(Part part, long[] windowStarts) {
        BookSimulator replay = new BookSimulator(settings.sim(), settings.rule());
        List<Start> starts = new ArrayList<>(windowStarts.length);
        int i = 0;
        for (long w : windowStarts) {
            while (i < events.size() && events.get(i).recvNs() <= w) {
                if (replay.onEvent(events.get(i)) == SequenceCheck.Outcome.GAP) {
                    replay.acceptGap();
                }
                i++;
            }
            starts.add(new Start(part, w + settings.lookbackNs(), i, replay.book().copy()));
        }
        return starts;
    }

    /** A fresh market for one start. */
    public BookEpisodeMarket market(Start start) {
        return new BookEpisodeMarket(events, start.fromIndex(), start.seed(), start.arrivalNs(), settings);
    }

    public EpisodeSettings settings() {
        return settings;
    }

    /** Local time range [from, to) of a part, ns. */
    public long[] range(Part part) {
        return (part == Part.TRAIN ? trainRange : heldOutRange).clone();
    }

    /** An episode's whole window: lookback, decisions and the forced order. */
    public long windowNs() {
        return windowNs;
    }
}
