package io.trader.signals.core;

import io.trader.core.domain.InstrumentSpec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The result of each signal if it had been followed, resolved on the bars after it: the position is split in
 * equal shares, one per take-profit level; a share closes when the bar's high (long) or low (short) reaches its
 * level; everything still open closes at the stop when the bar's low (long) or high (short) reaches it - checked
 * first, so a bar that spans both counts as a stop (the conservative reading of an OHLC bar); what is left at the
 * time-out closes at that bar's close. Fees and slippage are not modelled. Keeps a rolling window of resolved
 * signals for the hit rate and Sharpe and compares them with the backtest's. Single-threaded; time is the bar's.
 */
public final class SignalPerformance {

    private final SignalConfig config;
    private final int window;
    private final double alertShare;
    private final int minResolved;
    private final List<Tracked> open = new ArrayList<>();
    private final Deque<Resolution> recent = new ArrayDeque<>();
    private long resolved;
    private double totalPnl;

    private static final class Tracked {
        final Signal signal;
        final InstrumentSpec spec;
        final long entry;
        final long stop;
        final long[] tps;
        final boolean[] hit;
        final List<Resolution.Exit> exits = new ArrayList<>();
        double left = 1;

        Tracked(Signal s, InstrumentSpec spec) {
            this.signal = s;
            this.spec = spec;
            this.entry = spec.ticks(s.entry());
            this.stop = spec.ticks(s.stopLoss());
            this.tps = s.takeProfits().stream().mapToLong(spec::ticks).toArray();
            this.hit = new boolean[tps.length];
        }
    }

    /**
     * @param window      resolved signals in the rolling statistics
     * @param alertShare  alert when live hit rate or Sharpe is below (1 - share) x the backtest's
     * @param minResolved no alert before this many signals resolved
     */
    public SignalPerformance(SignalConfig config, int window, double alertShare, int minResolved) {
        if (window < 2 || !(alertShare > 0 && alertShare < 1) || minResolved < 1) {
            throw new IllegalArgumentException("window >= 2, alert share in (0, 1), min resolved >= 1");
        }
        this.config = config;
        this.window = window;
        this.alertShare = alertShare;
        this.minResolved = minResolved;
    }

    /** Starts following an emitted signal. */
    public void track(Signal signal, InstrumentSpec spec) {
        open.add(new Tracked(signal, spec));
    }

    /** The signals still open, oldest first. */
    public List<Signal> open() {
        List<Signal> out = new ArrayList<>(open.size());
        for (Tracked t : open) {
            out.add(t.signal);
        }
        return out;
    }

    /** Applies a closed bar of {@code pair} (ticks) to its open signals; returns those it resolved. */
    public List<Resolution> onBar(String pair, long closeTime, long high, long low, long close) {
        List<Resolution> done = new ArrayList<>();
        for (Iterator<Tracked> it = open.iterator(); it.hasNext(); ) {
            Tracked t = it.next();
            if (!t.signal.pair().equals(pair) || closeTime <= t.signal.timeMs()) {
                continue;
            }
            int sign = t.signal.side().sign();
            boolean stopped = sign > 0 ? low <= t.stop : high >= t.stop;
            if (stopped) {
                exit(t, Resolution.Reason.STOP, t.left, t.stop, closeTime);
            } else {
                double share = 1.0 / t.tps.length;
                for (int i = 0; i < t.tps.length; i++) {
                    if (!t.hit[i] && (sign > 0 ? high >= t.tps[i] : low <= t.tps[i])) {
                        t.hit[i] = true;
                        exit(t, Resolution.Reason.TAKE_PROFIT, Math.min(share, t.left), t.tps[i], closeTime);
                    }
                }
                if (t.left > 1e-12 && closeTime - t.signal.timeMs() >= config.timeoutMs()) {
                    exit(t, Resolution.Reason.TIMEOUT, t.left, close, closeTime);
                }
            }
            if (t.left <= 1e-12) {
                it.remove();
                done.add(resolve(t, closeTime));
            }
        }
        return done;
    }

    private static void exit(Tracked t, Resolution.Reason reason, double share, long price, long time) {
        t.exits.add(new Resolution.Exit(reason, share, t.spec.priceDecimal(price).toPlainString(), time));
        t.left -= share;
    }

    private Resolution resolve(Tracked t, long time) {
        int sign = t.signal.side().sign();
        double r = 0;
        double ret = 0;
        double rTicks = Math.abs(t.entry - t.stop);
        for (Resolution.Exit e : t.exits) {
            long px = t.spec.ticks(new java.math.BigDecimal(e.price()));
            r += e.share() * sign * (px - t.entry) / rTicks;
            ret += e.share() * sign * (double) (px - t.entry) / t.entry;
        }
        Resolution res = new Resolution(t.signal.signalId(), t.signal.pair(), t.signal.side(), time, t.exits, r,
                ret * 100, ret * t.signal.sizePctEquity());
        resolved++;
        totalPnl += res.pnlPctEquity();
        recent.addLast(res);
        while (recent.size() > window) {
            recent.removeFirst();
        }
        return res;
    }

    /** The rolling statistics against {@code backtest}, with the alert condition. */
    public PerformanceView view(BacktestStats backtest) {
        int n = recent.size();
        double wins = 0;
        double sum = 0;
        for (Resolution r : recent) {
            wins += r.win() ? 1 : 0;
            sum += r.rMultiple();
        }
        double hit = n == 0 ? Double.NaN : wins / n;
        double mean = n == 0 ? Double.NaN : sum / n;
        double sharpe = Double.NaN;
        if (n >= 2) {
            double ss = 0;
            for (Resolution r : recent) {
                ss += (r.rMultiple() - mean) * (r.rMultiple() - mean);
            }
            double sd = Math.sqrt(ss / (n - 1));
            sharpe = sd > 0 ? mean / sd : Double.NaN;
        }
        String why = alert(hit, sharpe, backtest);
        return new PerformanceView(open.size(), resolved, window, hit, mean, sharpe, totalPnl, backtest,
                !why.isEmpty(), why, new ArrayList<>(recent));
    }

    private String alert(double hit, double sharpe, BacktestStats bt) {
        if (resolved < minResolved || !bt.available()) {
            return "";
        }
        double keep = 1 - alertShare;
        List<String> why = new ArrayList<>();
        if (Double.isFinite(bt.hitRate()) && Double.isFinite(hit) && hit < bt.hitRate() * keep) {
            why.add(String.format(java.util.Locale.ROOT, "live hit rate %.3f below %.0f%% of the backtest's %.3f",
                    hit, keep * 100, bt.hitRate()));
        }
        if (Double.isFinite(bt.sharpe()) && bt.sharpe() > 0 && Double.isFinite(sharpe)
                && sharpe < bt.sharpe() * keep) {
            why.add(String.format(java.util.Locale.ROOT, "live Sharpe %.3f below %.0f%% of the backtest's %.3f",
                    sharpe, keep * 100, bt.sharpe()));
        }
        return String.join("; ", why);
    }
}
