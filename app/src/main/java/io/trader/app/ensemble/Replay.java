package io.trader.app.ensemble;

import io.trader.core.domain.Money;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Ensemble;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.Sizer;
import io.trader.core.signal.SizingDecision;

/**
 * Feeds a {@link Tape} bar by bar through one fresh ensemble and a sizer, as the pipeline of a backtest does
 * (features, alpha outputs, {@link Ensemble#combine}, {@link Sizer#size}), and keeps the account of one
 * instrument: the target position decided at bar t's close is taken at that close and held to the next
 * close; every change of position pays {@code costBps} (fee + slippage) of the traded notional. Positions are
 * whole lots; equity is in quote currency.
 */
public final class Replay {

    private Replay() {
    }

    /**
     * What a candidate did on one tape, per bar: forecast score and probability ({@code NaN}: none), expected
     * return, position in lots after the bar's decision, equity after the bar's mark-to-market and cost.
     */
    public record Track(String candidate, Tape tape, double initialEquity, double[] score, double[] probability,
                        double[] expectedReturn, long[] lots, double[] equity, double[] cost) {
    }

    public static Track run(String candidate, Tape tape, Ensemble ensemble, Sizer sizer, double costBps,
                            double initialEquity) {
        int n = tape.bars();
        int a = tape.alphas();
        FeatureVector fv = new FeatureVector(tape.instrument());
        AlphaOutput[] outs = new AlphaOutput[a];
        for (int i = 0; i < a; i++) {
            outs[i] = new AlphaOutput();
        }
        Forecast forecast = new Forecast(a);
        SizingDecision decision = new SizingDecision();
        double[] score = new double[n];
        double[] probability = new double[n];
        double[] expected = new double[n];
        long[] lots = new long[n];
        double[] equity = new double[n];
        double[] cost = new double[n];
        double e = initialEquity;
        long held = 0;
        double qtyPerLot = tape.instrument().qty(1);
        for (int t = 0; t < n; t++) {
            tape.features(t, fv);
            tape.outputs(t, outs);
            double close = tape.close(t);
            if (t > 0) {
                e += held * qtyPerLot * (close - tape.close(t - 1));
            }
            ensemble.combine(fv, outs, forecast);
            score[t] = forecast.score();
            probability[t] = forecast.probability();
            expected[t] = forecast.expectedReturn();
            sizer.size(forecast, fv, held, Money.fromDouble(Math.max(e, 0)), decision);
            long target = decision.targetLots();
            double c = Math.abs((double) target - held) * qtyPerLot * close * costBps / 10_000.0;
            e -= c;
            cost[t] = c;
            held = target;
            lots[t] = held;
            equity[t] = e;
        }
        return new Track(candidate, tape, initialEquity, score, probability, expected, lots, equity, cost);
    }
}
