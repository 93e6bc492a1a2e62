package io.trader.app.report;

import io.trader.core.event.RiskEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why a run looks the way it does, from its risk events: each breaker trip (which breaker, when, why, when it
 * cleared and how many orders were refused meanwhile), each kill-switch episode, and the orders the risk layer
 * refused, by reason and by instrument; and what the ensembles' drift detectors found and did.
 *
 * @param haltedFraction share of the run's time during which a breaker or the kill switch halted new risk
 */
public record Explanations(List<Trip> trips, List<KillSwitchEpisode> killSwitch, long blocked,
                           Map<String, Long> blockedByReason, Map<String, Long> blockedByInstrument,
                           Map<String, Map<String, Long>> blockedByInstrumentAndReason,
                           long reconciliationDifferences, double haltedFraction, List<Drift> drift,
                           Fallbacks fallbacks) {

    /**
     * The portfolio steps at which the sizing method failed and the previous targets were kept.
     *
     * @param byState how many steps ended in each optimiser state (e.g. {@code INFEASIBLE})
     */
    public record Fallbacks(long steps, Map<String, Long> byState, long firstAt, String firstDetail) {
    }

    /**
     * The drift findings of one instrument's ensemble about one subject (an alpha, the ensemble, a feature).
     *
     * @param actions count per action ({@code down_weight}, {@code suspend}, ...)
     * @param first   the first finding's time and reason, so the report says why
     */
    public record Drift(String symbol, String subject, Map<String, Long> actions, long firstAt, String firstDetail) {
    }

    /**
     * @param clearedAt null when it was still tripped at the end of the run (a drawdown breaker latches
     *                  until a person resets it)
     * @param blocked   orders refused while it was tripped
     */
    public record Trip(String breaker, long trippedAt, String detail, Long clearedAt, String clearedDetail,
                       long blocked) {
    }

    /** @param resetAt null when it was still engaged at the end of the run */
    public record KillSwitchEpisode(long engagedAt, String reason, boolean flatten, Long resetAt,
                                    String resetReason, long blocked) {
    }

    public static Explanations of(List<RiskEvent> events, long start, long end) {
        List<Trip> trips = new ArrayList<>();
        List<KillSwitchEpisode> kills = new ArrayList<>();
        List<Long> blockedTimes = new ArrayList<>();
        Map<String, Long> byReason = new TreeMap<>();
        Map<String, Long> byInstrument = new TreeMap<>();
        Map<String, Map<String, Long>> byBoth = new TreeMap<>();
        long recon = 0;
        Map<String, Drift> drift = new java.util.LinkedHashMap<>();
        long fallbackSteps = 0;
        Map<String, Long> fallbackStates = new TreeMap<>();
        RiskEvent.SizingFallback firstFallback = null;
        for (RiskEvent e : events) {
            if (e instanceof RiskEvent.SizingFallback f) {
                fallbackSteps++;
                fallbackStates.merge(f.state(), 1L, Long::sum);
                firstFallback = firstFallback == null ? f : firstFallback;
            }
            if (e instanceof RiskEvent.ModelDrift d) {
                Drift x = drift.computeIfAbsent(d.symbol() + "\u0001" + d.subject(),
                        k -> new Drift(d.symbol(), d.subject(), new TreeMap<>(), d.time(), d.detail()));
                x.actions().merge(d.action(), 1L, Long::sum);
            }
            if (e instanceof RiskEvent.OrderBlocked b) {
                String reason = b.code().label();
                byReason.merge(reason, 1L, Long::sum);
                byInstrument.merge(b.symbol(), 1L, Long::sum);
                byBoth.computeIfAbsent(b.symbol(), k -> new TreeMap<>()).merge(reason, 1L, Long::sum);
                blockedTimes.add(b.time());
            } else if (e instanceof RiskEvent.ReconciliationDifference) {
                recon++;
            }
        }
        for (int i = 0; i < events.size(); i++) {
            RiskEvent e = events.get(i);
            if (e instanceof RiskEvent.BreakerTripped t) {
                RiskEvent.BreakerCleared c = null;
                for (int j = i + 1; j < events.size() && c == null; j++) {
                    if (events.get(j) instanceof RiskEvent.BreakerCleared x && x.breaker().equals(t.breaker())) {
                        c = x;
                    }
                }
                Long cleared = c == null ? null : c.time();
                trips.add(new Trip(t.breaker(), t.time(), t.detail(), cleared, c == null ? null : c.detail(),
                        count(blockedTimes, t.time(), cleared)));
            } else if (e instanceof RiskEvent.KillSwitchEngaged k) {
                RiskEvent.KillSwitchReset r = null;
                for (int j = i + 1; j < events.size() && r == null; j++) {
                    if (events.get(j) instanceof RiskEvent.KillSwitchReset x) {
                        r = x;
                    }
                }
                Long reset = r == null ? null : r.time();
                kills.add(new KillSwitchEpisode(k.time(), k.reason(), k.flatten(), reset,
                        r == null ? null : r.reason(), count(blockedTimes, k.time(), reset)));
            }
        }
        return new Explanations(trips, kills, blockedTimes.size(), byReason, byInstrument, byBoth, recon,
                haltedFraction(trips, kills, start, end), List.copyOf(drift.values()),
                new Fallbacks(fallbackSteps, fallbackStates, firstFallback == null ? 0 : firstFallback.time(),
                        firstFallback == null ? "" : firstFallback.detail()));
    }

    private static long count(List<Long> times, long from, Long until) {
        long n = 0;
        for (long t : times) {
            if (t >= from && (until == null || t < until)) {
                n++;
            }
        }
        return n;
    }

    /** Union of the halted intervals, clipped to the run, over the run's length. */
    private static double haltedFraction(List<Trip> trips, List<KillSwitchEpisode> kills, long start, long end) {
        if (end <= start) {
            return 0;
        }
        List<long[]> iv = new ArrayList<>();
        for (Trip t : trips) {
            iv.add(new long[]{t.trippedAt(), t.clearedAt() == null ? end : t.clearedAt()});
        }
        for (KillSwitchEpisode k : kills) {
            iv.add(new long[]{k.engagedAt(), k.resetAt() == null ? end : k.resetAt()});
        }
        iv.sort((a, b) -> Long.compare(a[0], b[0]));
        long covered = 0;
        long curFrom = Long.MIN_VALUE;
        long curTo = Long.MIN_VALUE;
        for (long[] x : iv) {
            long from = Math.max(x[0], start);
            long to = Math.min(x[1], end);
            if (to <= from) {
                continue;
            }
            if (from > curTo) {
                covered += curTo - curFrom;
                curFrom = from;
                curTo = to;
            } else {
                curTo = Math.max(curTo, to);
            }
        }
        covered += curTo - curFrom;
        return covered / (double) (end - start);
    }

    /** True when nothing needs explaining: no trip, no kill switch, no refusal. */
    public boolean quiet() {
        return trips.isEmpty() && killSwitch.isEmpty() && blocked == 0 && fallbacks.steps() == 0;
    }
}
