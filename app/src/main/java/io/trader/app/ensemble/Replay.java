package io.trader.app.ensemble;

import io.trader.core.domain.Money;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Ensemble;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.Sizer;
import io.trader.core.signal.SizingDecision;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Feeds {@link Tape}s bar by bar through one fresh ensemble and sizer per instrument, as a backtest's pipeline
 * does (features, alpha outputs, {@link Ensemble#combine}, {@link Sizer#size}), in one account shared by all
 * instruments: bars are merged by close time; at each time every instrument with a bar is first marked to its
 * close, then, in tape order, its forecast is made and sized with the account's equity; the target position
 * is taken at that close and held to the instrument's next close; every change of position pays
 * {@code costBps} (fee + slippage) of the traded notional. Positions are whole lots; equity is in quote
 * currency.
 */
public final class Replay {

    private Replay() {
    }

    /**
     * What a candidate did on one tape, per bar: forecast score and probability ({@code NaN}: none), expected
     * return, position in lots after the bar's decision, cost paid, and the instrument's sleeve: the initial
     * equity plus this instrument's profit after costs so far (with one tape, the account's equity).
     */
    public record Track(String candidate, Tape tape, double initialEquity, double[] score, double[] probability,
                        double[] expectedReturn, long[] lots, double[] equity, double[] cost) {
    }

    /** The shared account: its equity after each merged time, and each instrument's track. */
    public record Joint(List<Track> tracks, long[] times, double[] equity) {
    }

    public static Track run(String candidate, Tape tape, Ensemble ensemble, Sizer sizer, double costBps,
                            double initialEquity) {
        return run(candidate, List.of(tape), List.of(ensemble), List.of(sizer), costBps, initialEquity).tracks().get(0);
    }

    public static Joint run(String candidate, List<Tape> tapes, List<? extends Ensemble> ensembles,
                            List<? extends Sizer> sizers, double costBps, double initialEquity) {
        int m = tapes.size();
        List<Lane> lanes = new ArrayList<>();
        TreeSet<Long> all = new TreeSet<>();
        for (int j = 0; j < m; j++) {
            lanes.add(new Lane(tapes.get(j), ensembles.get(j), sizers.get(j), initialEquity));
            for (long time : tapes.get(j).times()) {
                all.add(time);
            }
        }
        long[] times = new long[all.size()];
        double[] curve = new double[all.size()];
        double e = initialEquity;
        int k = 0;
        for (long time : all) {
            for (Lane l : lanes) {
                if (l.next < l.tape.bars() && l.tape.times()[l.next] == time) {
                    e += l.mark();
                }
            }
            for (Lane l : lanes) {
                if (l.next < l.tape.bars() && l.tape.times()[l.next] == time) {
                    e -= l.decide(e, costBps);
                }
            }
            times[k] = time;
            curve[k++] = e;
        }
        List<Track> tracks = new ArrayList<>();
        for (Lane l : lanes) {
            tracks.add(new Track(candidate, l.tape, initialEquity, l.score, l.probability, l.expected, l.lots,
                    l.sleeve, l.cost));
        }
        return new Joint(tracks, times, curve);
    }

    /** One instrument's pipeline and records inside the shared account. */
    private static final class Lane {
        final Tape tape;
        final Ensemble ensemble;
        final Sizer sizer;
        final FeatureVector fv;
        final AlphaOutput[] outs;
        final Forecast forecast;
        final SizingDecision decision = new SizingDecision();
        final double qtyPerLot;
        final double[] score;
        final double[] probability;
        final double[] expected;
        final long[] lots;
        final double[] sleeve;
        final double[] cost;
        double own;
        long held;
        int next;

        Lane(Tape tape, Ensemble ensemble, Sizer sizer, double initialEquity) {
            this.tape = tape;
            this.ensemble = ensemble;
            this.sizer = sizer;
            int n = tape.bars();
            this.fv = new FeatureVector(tape.instrument());
            this.outs = new AlphaOutput[tape.alphas()];
            for (int i = 0; i < outs.length; i++) {
                outs[i] = new AlphaOutput();
            }
            this.forecast = new Forecast(tape.alphas());
            this.qtyPerLot = tape.instrument().qty(1);
            this.score = new double[n];
            this.probability = new double[n];
            this.expected = new double[n];
            this.lots = new long[n];
            this.sleeve = new double[n];
            this.cost = new double[n];
            this.own = initialEquity;
        }

        /** The profit of the position held since the previous bar, at this bar's close. */
        double mark() {
            int t = next;
            double pnl = t == 0 ? 0 : held * qtyPerLot * (tape.close(t) - tape.close(t - 1));
            own += pnl;
            return pnl;
        }

        /** This bar's forecast and target, sized with the account's {@code equity}; returns the cost paid. */
        double decide(double equity, double costBps) {
            int t = next++;
            tape.features(t, fv);
            tape.outputs(t, outs);
            ensemble.combine(fv, outs, forecast);
            score[t] = forecast.score();
            probability[t] = forecast.probability();
            expected[t] = forecast.expectedReturn();
            sizer.size(forecast, fv, held, Money.fromDouble(Math.max(equity, 0)), decision);
            long target = decision.targetLots();
            double c = Math.abs((double) target - held) * qtyPerLot * tape.close(t) * costBps / 10_000.0;
            own -= c;
            cost[t] = c;
            held = target;
            lots[t] = held;
            sleeve[t] = own;
            return c;
        }
    }
}
