package io.trader.layer1.core.sweep;

import java.util.List;

/**
 * A sweep's outcome: every configuration ranked by its in-sample figure, its out-of-sample figures beside
 * it, and per split which configuration the in-sample ranking chose and what it did out of sample.
 *
 * @param ranked           best in-sample first (ties: earlier configuration first)
 * @param splits           the in-sample / out-of-sample ranges, in time order
 * @param chosen           per split, the configuration ranked first on that split's in-sample bars
 * @param chosenOos        per split, what that configuration did on the split's out-of-sample bars
 * @param honestOosReturn  the chosen configurations' out-of-sample returns compounded over the splits
 */
public record SweepResult(List<Row> ranked, List<Split> splits, List<SmaCrossConfig> chosen,
                          List<SegmentMetrics> chosenOos, double honestOosReturn, RankBy rankBy) {

    public SweepResult {
        ranked = List.copyOf(ranked);
        splits = List.copyOf(splits);
        chosen = List.copyOf(chosen);
        chosenOos = List.copyOf(chosenOos);
    }

    /** One configuration over every split (one entry per split, in split order). */
    public record Row(int index, SmaCrossConfig config, List<SegmentMetrics> inSample,
                      List<SegmentMetrics> outOfSample) {

        public Row {
            inSample = List.copyOf(inSample);
            outOfSample = List.copyOf(outOfSample);
        }

        /** The in-sample score ranked on: the metric averaged over the splits. */
        public double score(RankBy by) {
            return mean(inSample, by);
        }

        public double oosMean(RankBy by) {
            return mean(outOfSample, by);
        }

        /** Out-of-sample returns compounded over the splits. */
        public double oosReturn() {
            return compound(outOfSample);
        }

        public double isReturn() {
            return inSample.size() == 1 ? inSample.get(0).netReturn() : mean(inSample, RankBy.RETURN);
        }

        public double isSharpe() {
            return mean(inSample, RankBy.SHARPE);
        }

        public double oosSharpe() {
            return mean(outOfSample, RankBy.SHARPE);
        }

        public double oosMaxDrawdown() {
            return outOfSample.stream().mapToDouble(SegmentMetrics::maxDrawdown).max().orElse(0);
        }

        public double isMaxDrawdown() {
            return inSample.stream().mapToDouble(SegmentMetrics::maxDrawdown).max().orElse(0);
        }

        /** Closed trades in sample, averaged over the splits (their in-sample stretches overlap). */
        public int isTrades() {
            return (int) Math.round(inSample.stream().mapToInt(SegmentMetrics::trades).average().orElse(0));
        }

        public int oosTrades() {
            return outOfSample.stream().mapToInt(SegmentMetrics::trades).sum();
        }

        public double isExposure() {
            return exposure(inSample);
        }

        public double oosExposure() {
            return exposure(outOfSample);
        }
    }

    static double mean(List<SegmentMetrics> ms, RankBy by) {
        double s = 0;
        for (SegmentMetrics m : ms) {
            s += m.metric(by);
        }
        return s / ms.size();
    }

    static double compound(List<SegmentMetrics> ms) {
        double e = 1;
        for (SegmentMetrics m : ms) {
            e *= 1 + m.netReturn();
        }
        return e - 1;
    }

    private static double exposure(List<SegmentMetrics> ms) {
        long held = 0;
        long bars = 0;
        for (SegmentMetrics m : ms) {
            held += Math.round(m.exposure() * m.bars());
            bars += m.bars();
        }
        return (double) held / bars;
    }
}
