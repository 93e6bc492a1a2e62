package io.trader.smartmoney.analysis;

import io.trader.core.model.LogisticTrainer;
import io.trader.smartmoney.data.Window;
import io.trader.smartmoney.data.WindowStats;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraderAnalysisTest {

    private static final long DAY = 86_400_000L;

    /**
     * Traders whose next week's P&amp;L follows their past week's ROI (persistent skill, sign and size), with noise,
     * and three behaviour styles; every other metric is noise. Snapshots weekly; the all-time P&amp;L accumulates.
     */
    static List<TraderSnapshot> history(int traders, int weeks, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] styles = {{20, 0.5, 40}, {5, 48, 1}, {2, 300, 0.1}};
        List<TraderSnapshot> out = new ArrayList<>();
        for (int t = 0; t < traders; t++) {
            String address = String.format("0x%040x", t + 1);
            double[] style = styles[t % 3];
            double skill = r.nextGaussian();
            double allTime = 0;
            double account = 1e6 * (1 + r.nextDouble() * 9);
            double lastWeekRoi = 0.01 * skill + 0.02 * r.nextGaussian();
            for (int w = 0; w < weeks; w++) {
                Map<Window, WindowStats> windows = new EnumMap<>(Window.class);
                windows.put(Window.DAY, stats(account * 0.01 * r.nextGaussian(), 0.01 * r.nextGaussian(), account));
                windows.put(Window.WEEK, stats(account * lastWeekRoi, lastWeekRoi, account));
                double monthRoi = 0.03 * r.nextGaussian(); // noise: the naive reference has nothing to read
                windows.put(Window.MONTH, stats(account * monthRoi, monthRoi, account));
                windows.put(Window.ALL_TIME, stats(allTime, allTime / account, account));
                out.add(new TraderSnapshot(address, w * 7 * DAY, BigDecimal.valueOf(Math.round(account)), windows,
                        style[0] * (1 + 0.05 * r.nextGaussian()), style[1] * (1 + 0.05 * r.nextGaussian()),
                        style[2] * (1 + 0.05 * r.nextGaussian())));
                double nextRoi = 0.6 * lastWeekRoi + 0.01 * r.nextGaussian();
                allTime += nextRoi * account;
                lastWeekRoi = nextRoi;
            }
        }
        return out;
    }

    private static WindowStats stats(double pnl, double roi, double account) {
        return new WindowStats(BigDecimal.valueOf(Math.round(pnl)), BigDecimal.valueOf(roi).setScale(6,
                java.math.RoundingMode.HALF_EVEN), BigDecimal.valueOf(Math.round(account * 3)));
    }

    @Test
    void findsThePredictiveMetricOutOfSampleAndBeatsTheNaiveReference() {
        TraderPanel panel = TraderPanel.of(history(300, 12, 3));
        AnalysisReport report = TraderAnalysis.run(panel.observations(), new LogisticTrainer(1.0),
                TraderAnalysis.Config.DEFAULT);
        assertEquals("roi_week", report.importance().get(0).feature(), report.toMarkdown());
        assertTrue(report.modelAuc() > 0.75, "the week's ROI carries the signal: " + report.modelAuc());
        assertTrue(report.modelAuc() > report.naiveAuc() + 0.1, "last month's ROI is noise here: "
                + report.naiveAuc());
        assertTrue(Math.abs(report.naiveAuc() - 0.5) < 0.1, "noise scores near a coin flip: " + report.naiveAuc());
        assertTrue(report.importance().get(0).meanDrop() > 5 * Math.abs(report.importance().get(1).meanDrop()),
                report.toMarkdown());
        // 12 weekly snapshots give observations at weeks 0..10 (11 times); the cut is index floor(11 x 0.7) = 7,
        // week 7: training = labels known by week 7 (weeks 0..6), test = weeks 7..10
        assertEquals(300 * 7, report.trainObservations());
        assertEquals(300 * 4, report.testObservations());
        assertEquals(0, report.purged(), "weekly labels end at the next snapshot: none straddles the cut");
        assertEquals(4, report.clusters().size(), "k defaults to 4");
        assertEquals(300, report.clusters().stream().mapToInt(AnalysisReport.Cluster::traders).sum());
    }

    @Test
    void clustersSeparateTheThreeStyles() {
        TraderPanel panel = TraderPanel.of(history(90, 12, 5));
        AnalysisReport report = TraderAnalysis.run(panel.observations(), new LogisticTrainer(1.0),
                new TraderAnalysis.Config(0.7, 3, 3, 7, 50, 30));
        assertEquals(90, report.clusteredTraders());
        List<Integer> sizes = report.clusters().stream().map(AnalysisReport.Cluster::traders).sorted().toList();
        assertEquals(List.of(30, 30, 30), sizes, report.toMarkdown());
        assertTrue(report.clusters().stream().anyMatch(c -> Math.abs(c.meanLeverage() - 20) < 1.5
                && Math.abs(c.tradesPerDay() - 40) < 3), report.toMarkdown());
    }

    @Test
    void labelsThatStraddleTheCutArePurged() {
        List<TraderObservation> obs = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 200; i++) {
            long t = i * DAY;
            double[] row = new double[TraderFeatures.NAMES.size()];
            row[1] = r.nextGaussian();
            obs.add(new TraderObservation("0x" + "0".repeat(39) + (i % 10), t, t + 5 * DAY, row,
                    row[1] + 0.3 * r.nextGaussian()));
        }
        AnalysisReport report = TraderAnalysis.run(obs, new LogisticTrainer(1.0), TraderAnalysis.Config.DEFAULT);
        // cut at day 140: train = labels by day 140 (t <= 135: 136), test = t >= 140 (60), purged = days 136..139
        assertEquals(136, report.trainObservations());
        assertEquals(60, report.testObservations());
        assertEquals(4, report.purged());
    }

    @Test
    void tooLittleHistoryIsAClearError() {
        List<TraderSnapshot> two = history(10, 2, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TraderAnalysis.run(
                TraderPanel.of(two).observations(), new LogisticTrainer(1.0), TraderAnalysis.Config.DEFAULT));
        assertTrue(e.getMessage().contains("two times") || e.getMessage().contains("too few"),
                e.getMessage());
    }
}
