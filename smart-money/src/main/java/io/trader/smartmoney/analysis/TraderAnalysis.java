package io.trader.smartmoney.analysis;

import io.trader.core.model.Model;
import io.trader.core.model.Trainer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which trader metrics predict next-period profitability, out of sample, and how traders cluster by behaviour.
 *
 * <p>The observations are cut in time: the test set is every observation at or after the cut (the time at
 * {@code trainShare} of the distinct observation times); the training set is every observation whose label was known
 * before the cut ({@code labelTime <= cut}); observations between (features before the cut, label after) are purged,
 * so no training label overlaps the test period. A classifier (the trainer given: LightGBM trees in the app) is
 * fitted on profitable / not, unknown features imputed with the training medians and every feature standardised
 * with the training mean and deviation (so a linear learner's penalty treats the features alike). It is scored by AUC on the test
 * set against the naive reference (last month's ROI as the score). Importance is permutation importance on the test
 * set: the AUC lost when one feature's column is shuffled, over {@code repeats} seeded shuffles. Clusters: k-means on
 * each trader's latest behaviour (leverage, holding time, frequency).
 */
public final class TraderAnalysis {

    /**
     * @param trainShare share of distinct times before the cut, in (0, 1)
     * @param repeats    shuffles per feature for the importance
     * @param clusters   k of the k-means
     * @param seed       seed of the shuffles and of k-means
     * @param minTrain   fewest training observations accepted (and both classes present)
     * @param minTest    fewest test observations accepted
     */
    public record Config(double trainShare, int repeats, int clusters, long seed, int minTrain, int minTest) {
        public static final Config DEFAULT = new Config(0.7, 5, 4, 7, 50, 30);

        public Config {
            if (!(trainShare > 0 && trainShare < 1) || repeats < 1 || clusters < 1 || minTrain < 2 || minTest < 2) {
                throw new IllegalArgumentException("trainShare in (0, 1), repeats >= 1, clusters >= 1, minTrain and "
                        + "minTest >= 2: " + this);
            }
        }
    }

    private TraderAnalysis() {
    }

    /**
     * @throws IllegalArgumentException when there are too few observations on either side of the cut, or a side has
     *                                  one class only (nothing to learn or to score)
     */
    public static AnalysisReport run(List<TraderObservation> observations, Trainer trainer, Config config) {
        long[] times = observations.stream().mapToLong(TraderObservation::time).distinct().sorted().toArray();
        if (times.length < 2) {
            throw new IllegalArgumentException("the analysis needs observations at two times at least, got "
                    + times.length);
        }
        long cut = times[Math.min(times.length - 1, Math.max(1, (int) Math.floor(times.length * config.trainShare())))];
        List<TraderObservation> train = new ArrayList<>();
        List<TraderObservation> test = new ArrayList<>();
        int purged = 0;
        for (TraderObservation o : observations) {
            if (o.time() >= cut) {
                test.add(o);
            } else if (o.labelTime() <= cut) {
                train.add(o);
            } else {
                purged++;
            }
        }
        check("training", train, config.minTrain());
        check("test", test, config.minTest());
        int width = TraderFeatures.NAMES.size();
        double[] medians = medians(train, width);
        double[][] xTrain = matrix(train, medians);
        double[][] scale = scale(xTrain);
        standardise(xTrain, scale);
        double[] yTrain = train.stream().mapToDouble(o -> o.profitable() ? 1 : 0).toArray();
        Model model = trainer.fit(xTrain, yTrain, null);
        double[][] xTest = matrix(test, medians);
        standardise(xTest, scale);
        boolean[] yTest = new boolean[test.size()];
        double rate = 0;
        for (int i = 0; i < yTest.length; i++) {
            yTest[i] = test.get(i).profitable();
            rate += yTest[i] ? 1.0 / yTest.length : 0;
        }
        double auc = Auc.of(scores(model, xTest), yTest);
        double[] naive = new double[xTest.length];
        for (int i = 0; i < naive.length; i++) {
            naive[i] = xTest[i][TraderFeatures.ROI_MONTH]; // standardising keeps the order: the same AUC
        }
        List<AnalysisReport.Importance> importance = importance(model, xTest, yTest, auc, config);
        Clustering c = clusters(observations, test, config);
        return new AnalysisReport(train.size(), test.size(), purged, rate, auc, Auc.of(naive, yTest), importance,
                c.clusters, c.traders);
    }

    private static void check(String side, List<TraderObservation> list, int min) {
        long positives = list.stream().filter(TraderObservation::profitable).count();
        if (list.size() < min || positives == 0 || positives == list.size()) {
            throw new IllegalArgumentException("too few " + side + " observations to learn or score: " + list.size()
                    + " (at least " + min + " needed, with both profitable and unprofitable ones; " + positives
                    + " profitable): record more history");
        }
    }

    private static List<AnalysisReport.Importance> importance(Model model, double[][] x, boolean[] y, double auc,
                                                              Config config) {
        SplittableRandom random = new SplittableRandom(config.seed());
        List<AnalysisReport.Importance> out = new ArrayList<>();
        double[][] shuffled = Arrays.stream(x).map(double[]::clone).toArray(double[][]::new);
        for (int f = 0; f < TraderFeatures.NAMES.size(); f++) {
            double[] drops = new double[config.repeats()];
            for (int r = 0; r < drops.length; r++) {
                double[] column = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    column[i] = x[i][f];
                }
                for (int i = column.length - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    double t = column[i];
                    column[i] = column[j];
                    column[j] = t;
                }
                for (int i = 0; i < x.length; i++) {
                    shuffled[i][f] = column[i];
                }
                drops[r] = auc - Auc.of(scores(model, shuffled), y);
            }
            for (int i = 0; i < x.length; i++) {
                shuffled[i][f] = x[i][f];
            }
            double mean = Arrays.stream(drops).average().orElse(0);
            double var = Arrays.stream(drops).map(d -> (d - mean) * (d - mean)).sum() / Math.max(1, drops.length - 1);
            out.add(new AnalysisReport.Importance(TraderFeatures.NAMES.get(f), mean, Math.sqrt(var)));
        }
        out.sort(Comparator.comparingDouble(AnalysisReport.Importance::meanDrop).reversed()
                .thenComparing(AnalysisReport.Importance::feature));
        return out;
    }

    private record Clustering(List<AnalysisReport.Cluster> clusters, int traders) {
    }

    /** k-means on each trader's latest behaviour; too few traders (fewer than 2k) give no clusters. */
    private static Clustering clusters(List<TraderObservation> all, List<TraderObservation> test, Config config) {
        Map<String, double[]> latest = new LinkedHashMap<>();
        for (TraderObservation o : all) { // time order: the last one wins
            double[] b = new double[TraderFeatures.BEHAVIOUR.length];
            boolean known = true;
            for (int i = 0; i < b.length; i++) {
                b[i] = o.feature(TraderFeatures.BEHAVIOUR[i]);
                known &= Double.isFinite(b[i]);
            }
            if (known) {
                latest.put(o.address(), b);
            }
        }
        if (latest.size() < 2 * config.clusters()) {
            return new Clustering(List.of(), latest.size());
        }
        List<String> traders = new ArrayList<>(latest.keySet());
        traders.sort(Comparator.naturalOrder());
        double[][] rows = traders.stream().map(latest::get).toArray(double[][]::new);
        KMeans k = KMeans.fit(rows, config.clusters(), config.seed());
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int i = 0; i < traders.size(); i++) {
            clusterOf.put(traders.get(i), k.assignment()[i]);
        }
        double[] sum = new double[k.k()];
        int[] n = new int[k.k()];
        for (TraderObservation o : test) {
            Integer c = clusterOf.get(o.address());
            if (c != null) {
                sum[c] += o.nextReturn();
                n[c]++;
            }
        }
        List<AnalysisReport.Cluster> out = new ArrayList<>();
        for (int j = 0; j < k.k(); j++) {
            double[] c = k.centroids()[j];
            out.add(new AnalysisReport.Cluster(j, k.sizes()[j], c[0], c[1], c[2], n[j] == 0 ? Double.NaN
                    : sum[j] / n[j]));
        }
        return new Clustering(out, traders.size());
    }

    private static double[] medians(List<TraderObservation> train, int width) {
        double[] m = new double[width];
        for (int f = 0; f < width; f++) {
            int col = f;
            double[] v = train.stream().mapToDouble(o -> o.feature(col)).filter(Double::isFinite).sorted().toArray();
            m[f] = v.length == 0 ? 0 : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
        return m;
    }

    /** Per feature: the training mean and standard deviation (1 for a constant feature). */
    private static double[][] scale(double[][] x) {
        int width = x[0].length;
        double[][] s = new double[2][width];
        for (int f = 0; f < width; f++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[f] / x.length;
            }
            double var = 0;
            for (double[] row : x) {
                var += (row[f] - mean) * (row[f] - mean) / x.length;
            }
            s[0][f] = mean;
            s[1][f] = var > 0 ? Math.sqrt(var) : 1;
        }
        return s;
    }

    private static void standardise(double[][] x, double[][] scale) {
        for (double[] row : x) {
            for (int f = 0; f < row.length; f++) {
                row[f] = (row[f] - scale[0][f]) / scale[1][f];
            }
        }
    }

    private static double[][] matrix(List<TraderObservation> list, double[] medians) {
        double[][] x = new double[list.size()][];
        for (int i = 0; i < x.length; i++) {
            double[] row = list.get(i).features();
            for (int f = 0; f < row.length; f++) {
                if (!Double.isFinite(row[f])) {
                    row[f] = medians[f];
                }
            }
            x[i] = row;
        }
        return x;
    }

    private static double[] scores(Model model, double[][] x) {
        double[] s = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            s[i] = model.predict(x[i]);
        }
        return s;
    }
}
