package io.trader.layer2.core.drift;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Detection delay and false-alarm rate of Page-Hinkley and ADWIN on synthetic loss streams with a known
 * change point (bar 1000 of 2000), over 200 seeded runs each; the figures are printed. Bounds:
 * <ul>
 *   <li>Page-Hinkley (delta 0.2, lambda 30 sd, the defaults) is a CUSUM: the expected delay for a rise of
 *       s sd is about (lambda + 1.17) / (s - delta) = 104 bars for s = 0.5 and 39 for s = 1; the
 *       false-alarm run length is about 3 million bars (measured: over a million, the mean and scale being
 *       estimated), so in 1000-2000 bars false alarms must be rare (we allow 2%).</li>
 *   <li>ADWIN (delta 0.002) bounds the false-positive probability per checked cut by delta / ln n over
 *       the window, so a change-free series rarely raises an alarm (we allow 5%); its delay is larger
 *       than a tuned CUSUM (it makes no assumption on the size of the change): bounded from the
 *       measured figures with a margin.</li>
 * </ul>
 */
class DetectionDelayTest {

    private static final int RUNS = 200;
    private static final int CHANGE = 1000;
    private static final int LENGTH = 2000;

    /** A log-loss-like stream: mean 0.69, sd 0.1, rising by {@code shift} sd at the change. */
    private static DetectionStats.Series gaussian(double shift) {
        return (rnd, t, changed) -> 0.69 + 0.1 * (rnd.nextGaussian() + (changed ? shift : 0));
    }

    /** A 0/1 error stream whose error rate rises from {@code p0} to {@code p1}. */
    private static DetectionStats.Series bernoulli(double p0, double p1) {
        return (rnd, t, changed) -> rnd.nextDouble() < (changed ? p1 : p0) ? 1.0 : 0.0;
    }

    private static PageHinkley ph() {
        return new PageHinkley(0.2, 30, 1.0, 100);
    }

    @Test
    void pageHinkleyOnGaussianLoss() {
        DetectionStats half = DetectionStats.measure(DetectionDelayTest::ph, gaussian(0.5), RUNS, CHANGE, LENGTH, 1);
        DetectionStats one = DetectionStats.measure(DetectionDelayTest::ph, gaussian(1.0), RUNS, CHANGE, LENGTH, 2);
        System.out.println(half.report("page-hinkley, gaussian +0.5 sd"));
        System.out.println(one.report("page-hinkley, gaussian +1 sd"));
        assertTrue(half.missRate() == 0, half.report("ph"));
        assertTrue(half.medianDelay() > 50 && half.medianDelay() < 160, half.report("ph"));
        assertTrue(one.medianDelay() > 20 && one.medianDelay() < 60, one.report("ph"));
        assertTrue(half.falseAlarmRate() <= 0.02 && half.cleanFalseAlarmRate() <= 0.02, half.report("ph"));
        assertTrue(one.falseAlarmRate() <= 0.02 && one.cleanFalseAlarmRate() <= 0.02, one.report("ph"));
    }

    @Test
    void pageHinkleyOnErrorRate() {
        DetectionStats s = DetectionStats.measure(DetectionDelayTest::ph, bernoulli(0.2, 0.4), RUNS, CHANGE, LENGTH, 3);
        System.out.println(s.report("page-hinkley, bernoulli 0.2 -> 0.4"));
        assertTrue(s.missRate() == 0 && s.medianDelay() < 130, s.report("ph"));
        // a skewed 0/1 stream falls short of the Gaussian run length (about 1 million values measured)
        assertTrue(s.falseAlarmRate() <= 0.03 && s.cleanFalseAlarmRate() <= 0.03, s.report("ph"));
    }

    @Test
    void adwinOnErrorRate() {
        DetectionStats s = DetectionStats.measure(() -> new Adwin(0.002), bernoulli(0.2, 0.4), RUNS, CHANGE, LENGTH, 4);
        System.out.println(s.report("adwin, bernoulli 0.2 -> 0.4"));
        assertTrue(s.missRate() == 0, s.report("adwin"));
        assertTrue(s.medianDelay() < 250, s.report("adwin"));
        assertTrue(s.falseAlarmRate() <= 0.05 && s.cleanFalseAlarmRate() <= 0.05, s.report("adwin"));
    }

    @Test
    void adwinOnGaussianLoss() {
        DetectionStats s = DetectionStats.measure(() -> new Adwin(0.002), gaussian(1.0), RUNS, CHANGE, LENGTH, 5);
        System.out.println(s.report("adwin, gaussian +1 sd"));
        assertTrue(s.missRate() == 0, s.report("adwin"));
        assertTrue(s.medianDelay() < 180, s.report("adwin"));
        assertTrue(s.falseAlarmRate() <= 0.05 && s.cleanFalseAlarmRate() <= 0.05, s.report("adwin"));
    }

    @Test
    void adwinAlsoReportsFallsWhenAsked() {
        Adwin both = new Adwin(0.002, 5, 5, false);
        Adwin rises = new Adwin(0.002);
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(9);
        boolean fell = false;
        boolean roseOnly = false;
        for (int t = 0; t < 3000; t++) {
            double x = rnd.nextDouble() < (t < 1500 ? 0.4 : 0.1) ? 1 : 0;
            fell |= both.add(x);
            roseOnly |= rises.add(x);
        }
        assertTrue(fell && both.lastDirection() == -1 && both.meanAfter() < both.meanBefore());
        assertTrue(!roseOnly, "a fall is not reported by a rises-only detector");
        assertTrue(rises.lastDirection() == -1 && rises.width() < 1600, "but its window is still cut: " + rises.width());
    }
}
