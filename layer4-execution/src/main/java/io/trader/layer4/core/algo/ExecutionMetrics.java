package io.trader.layer4.core.algo;

import io.trader.core.domain.Side;

/**
 * What an execution achieved, from its fills.
 *
 * <p>Sign convention: a shortfall is a COST, positive when the execution did worse than the benchmark:
 * for a buy {@code (avgFill - benchmark) / benchmark * 1e4}, for a sell {@code (benchmark - avgFill) /
 * benchmark * 1e4} bps. {@code vsTwapBps} uses the TWAP benchmark price (the mean market price over the
 * horizon, or a TWAP execution's own average fill); negative = beat TWAP. Participation = filled lots /
 * market volume in lots over the same window (NaN when the market volume is unknown or zero). With no
 * fills, the average fill and the shortfalls are NaN.
 */
public record ExecutionMetrics(Side side, double arrivalPrice, double averageFillPrice, long filledLots,
                               double shortfallBps, double vsTwapBps, double participation) {

    /** From fills: {@code fillLots[i]} lots at {@code fillPrices[i]}. */
    public static ExecutionMetrics of(Side side, double arrivalPrice, double twapBenchmarkPrice,
                                      long[] fillLots, double[] fillPrices, double marketVolumeLots) {
        if (fillLots.length != fillPrices.length) {
            throw new IllegalArgumentException("fill lots and prices differ in length");
        }
        Accumulator acc = new Accumulator(side, arrivalPrice, twapBenchmarkPrice);
        for (int i = 0; i < fillLots.length; i++) {
            acc.fill(fillLots[i], fillPrices[i]);
        }
        return acc.metrics(marketVolumeLots);
    }

    /** The TWAP benchmark: the plain mean of market prices sampled evenly over the horizon (NaN when none). */
    public static double twapPrice(double[] evenlySampledPrices) {
        double sum = 0;
        for (double p : evenlySampledPrices) {
            if (!(p > 0) || Double.isInfinite(p)) {
                throw new IllegalArgumentException("price must be finite and > 0, got " + p);
            }
            sum += p;
        }
        return evenlySampledPrices.length == 0 ? Double.NaN : sum / evenlySampledPrices.length;
    }

    /** Shortfall in bps of {@code price} vs {@code benchmark} for {@code side} (positive = cost). */
    public static double shortfallBps(Side side, double price, double benchmark) {
        return side.sign() * (price - benchmark) / benchmark * 10_000.0;
    }

    /** Fed fill by fill (e.g. as child fills arrive); prices as doubles or long ticks with a tick size. */
    public static final class Accumulator {
        private final Side side;
        private final double arrival;
        private final double twap;
        private long lots;
        private double notional;

        public Accumulator(Side side, double arrivalPrice, double twapBenchmarkPrice) {
            if (!(arrivalPrice > 0) || Double.isInfinite(arrivalPrice)) {
                throw new IllegalArgumentException("arrival price must be finite and > 0, got " + arrivalPrice);
            }
            if (!(twapBenchmarkPrice > 0) && !Double.isNaN(twapBenchmarkPrice)) {
                throw new IllegalArgumentException("TWAP benchmark must be > 0 or NaN (unknown), got "
                        + twapBenchmarkPrice);
            }
            this.side = side;
            this.arrival = arrivalPrice;
            this.twap = twapBenchmarkPrice;
        }

        public void fill(long fillLots, double price) {
            if (fillLots < 1 || !(price > 0) || Double.isInfinite(price)) {
                throw new IllegalArgumentException("fill needs lots >= 1 and a finite price > 0, got "
                        + fillLots + " @ " + price);
            }
            lots = Math.addExact(lots, fillLots);
            notional += fillLots * price;
        }

        public void fillTicks(long fillLots, long priceTicks, double tickSize) {
            fill(fillLots, priceTicks * tickSize);
        }

        public ExecutionMetrics metrics(double marketVolumeLots) {
            double avg = lots == 0 ? Double.NaN : notional / lots;
            double participation = marketVolumeLots > 0 ? lots / marketVolumeLots : Double.NaN;
            return new ExecutionMetrics(side, arrival, avg, lots, shortfallBps(side, avg, arrival),
                    shortfallBps(side, avg, twap), participation);
        }
    }
}
