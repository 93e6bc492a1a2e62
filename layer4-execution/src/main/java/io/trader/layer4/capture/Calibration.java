package io.trader.layer4.capture;

import io.trader.core.domain.Side;
import io.trader.layer4.core.book.BookSimulator;
import io.trader.layer4.core.book.MarketEvent;
import io.trader.layer4.core.book.OrderCommand;
import io.trader.layer4.core.book.SequenceCheck;
import io.trader.layer4.core.book.SimConfig;
import io.trader.layer4.core.book.SimReport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the book-level simulator against what a capture itself shows.
 * <ul>
 * <li>Spread: on a regular time grid after the warm-up, the spread of the book rebuilt from depth diffs against the
 * last bookTicker received (the venue's own touch): mean and median of both in ticks, share of grid points where the
 * spreads agree and where the whole touch (bid and ask) agrees.</li>
 * <li>Fill rates: at sampled times, a small passive order joining the touch (a bid at the best bid and an ask at the
 * best ask, zero latency) rests for a horizon and is then cancelled. Simulated: how often it filled completely and how
 * fast. Observed bounds from the captured trades in the same window: how often a trade hit that side at or beyond the
 * price ("touched": the upper bound, as if we were first in the queue) and strictly beyond it ("through": our order
 * would have been filled whatever the queue). A simulator consistent with the tape lies between the two.</li>
 * </ul>
 */
public final class Calibration {

    private Calibration() {
    }

    /** Spread of the rebuilt book vs the bookTicker, on the grid. */
    public record Spread(long samples, double simMeanTicks, double simMedianTicks, double tickerMeanTicks,
                         double tickerMedianTicks, double spreadAgreeShare, double touchAgreeShare) {
    }

    /** Passive fills at one horizon, over both sides' samples. */
    public record Fills(long horizonMs, long orders, double simFillRate, double simPartialRate, double touchedRate,
                        double throughRate, double simMedianFillMs, double touchedMedianMs) {
    }

    /** Both, for one capture. */
    public record Result(Spread spread, List<Fills> fills) {
    }

    /**
     * @param warmupNs   skip this long from the first event (the captures start without a snapshot)
     * @param gridNs     spread grid step
     * @param sampleNs   time between passive-order samples
     * @param orderLots  size of each passive order
     * @param horizonsNs how long the passive orders rest, one run per horizon
     */
    public static Result run(List<MarketEvent> events, SequenceCheck.Rule rule, long warmupNs, long gridNs,
                             long sampleNs, long orderLots, long... horizonsNs) {
        Spread spread = spread(events, rule, warmupNs, gridNs);
        List<Fills> fills = new ArrayList<>();
        for (long h : horizonsNs) {
            fills.add(fills(events, rule, warmupNs, sampleNs, orderLots, h));
        }
        return new Result(spread, fills);
    }

    static Spread spread(List<MarketEvent> events, SequenceCheck.Rule rule, long warmupNs, long gridNs) {
        BookSimulator sim = new BookSimulator(new SimConfig(0, 0, 0, 0), rule);
        long next = events.get(0).recvNs() + warmupNs;
        MarketEvent.BookTicker last = null;
        List<Long> simSpreads = new ArrayList<>();
        List<Long> tickerSpreads = new ArrayList<>();
        long spreadAgree = 0;
        long touchAgree = 0;
        for (MarketEvent e : events) {
            while (e.recvNs() > next) {
                if (last != null && sim.book().twoSided()) {
                    long s = sim.book().spreadTicks();
                    long t = last.askTick() - last.bidTick();
                    simSpreads.add(s);
                    tickerSpreads.add(t);
                    spreadAgree += s == t ? 1 : 0;
                    touchAgree += sim.book().bestBid() == last.bidTick() && sim.book().bestAsk() == last.askTick()
                            ? 1 : 0;
                }
                next += gridNs;
            }
            if (sim.onEvent(e) == SequenceCheck.Outcome.GAP) {
                sim.acceptGap();
            }
            if (e instanceof MarketEvent.BookTicker t) {
                last = t;
            }
        }
        long n = simSpreads.size();
        return new Spread(n, mean(simSpreads), median(simSpreads), mean(tickerSpreads), median(tickerSpreads),
                n == 0 ? Double.NaN : (double) spreadAgree / n, n == 0 ? Double.NaN : (double) touchAgree / n);
    }

    /** One sampled passive order. */
    private record Sample(long id, long atNs, Side side, long priceTick) {
    }

    static Fills fills(List<MarketEvent> events, SequenceCheck.Rule rule, long warmupNs, long sampleNs,
                       long orderLots, long horizonNs) {
        // our orders share a trade's volume in the simulator; to keep the samples independent, each of these
        // simulators (same book: passive orders never change it) holds one sample's pair at a time
        BookSimulator[] sims = new BookSimulator[(int) (horizonNs / sampleNs) + 2];
        for (int p = 0; p < sims.length; p++) {
            sims[p] = new BookSimulator(new SimConfig(0, 0, 0, 0), rule);
        }
        long end = events.get(events.size() - 1).recvNs();
        long next = events.get(0).recvNs() + warmupNs;
        List<Sample> samples = new ArrayList<>();
        List<MarketEvent.Trade> trades = new ArrayList<>();
        long[] filledLots = new long[16];
        long[] doneAt = new long[16];
        long id = 0;
        int k = 0;
        for (MarketEvent e : events) {
            while (e.recvNs() > next && next + horizonNs <= end) {
                BookSimulator sim = sims[k++ % sims.length];
                sim.runDue(next);
                if (sim.book().twoSided()) {
                    for (Side side : Side.values()) {
                        long px = side == Side.BUY ? sim.book().bestBid() : sim.book().bestAsk();
                        samples.add(new Sample(++id, next, side, px));
                        sim.submit(new OrderCommand.Limit(id, next, side, px, orderLots));
                        sim.submit(new OrderCommand.Cancel(id, next + horizonNs));
                    }
                    sim.runDue(next);
                }
                next += sampleNs;
            }
            if (e instanceof MarketEvent.Trade t) {
                trades.add(t);
            }
            for (BookSimulator sim : sims) {
                if (sim.onEvent(e) == SequenceCheck.Outcome.GAP) {
                    sim.acceptGap();
                }
                for (SimReport r : sim.drainReports()) {
                    if (r instanceof SimReport.Fill f) {
                        int i = (int) f.orderId();
                        if (i >= filledLots.length) {
                            filledLots = Arrays.copyOf(filledLots, Math.max(i + 1, filledLots.length * 2));
                            doneAt = Arrays.copyOf(doneAt, filledLots.length);
                        }
                        filledLots[i] += f.lots();
                        doneAt[i] = f.exchangeNs();
                    }
                }
            }
        }
        long full = 0;
        long partial = 0;
        long touched = 0;
        long through = 0;
        List<Long> fillMs = new ArrayList<>();
        List<Long> touchMs = new ArrayList<>();
        int from = 0;
        for (Sample s : samples) {
            while (from < trades.size() && trades.get(from).recvNs() <= s.atNs()) {
                from++;
            }
            long firstTouch = -1;
            boolean wentThrough = false;
            for (int j = from; j < trades.size() && trades.get(j).recvNs() <= s.atNs() + horizonNs; j++) {
                MarketEvent.Trade t = trades.get(j);
                if (t.passiveSide() != s.side()) {
                    continue;
                }
                long beyond = s.side() == Side.BUY ? s.priceTick() - t.priceTick() : t.priceTick() - s.priceTick();
                if (beyond >= 0 && firstTouch < 0) {
                    firstTouch = t.recvNs();
                }
                wentThrough |= beyond > 0;
            }
            int i = (int) s.id();
            long got = i < filledLots.length ? filledLots[i] : 0;
            if (got >= orderLots) {
                full++;
                fillMs.add((doneAt[i] - s.atNs()) / 1_000_000);
            } else if (got > 0) {
                partial++;
            }
            if (firstTouch >= 0) {
                touched++;
                touchMs.add((firstTouch - s.atNs()) / 1_000_000);
            }
            through += wentThrough ? 1 : 0;
        }
        double n = samples.size();
        return new Fills(horizonNs / 1_000_000, samples.size(), full / n, partial / n, touched / n, through / n,
                median(fillMs), median(touchMs));
    }

    private static double mean(List<Long> v) {
        return v.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
    }

    private static double median(List<Long> v) {
        if (v.isEmpty()) {
            return Double.NaN;
        }
        long[] a = v.stream().mapToLong(Long::longValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2.0;
    }
}
