package io.trader.smartmoney.analysis;

import java.util.List;
import java.util.Locale;

/**
 * What the trader analysis found, out of sample.
 *
 * @param trainObservations observations the model was fitted on (labels resolved before the test period)
 * @param testObservations  observations it was scored on
 * @param purged            observations dropped between the two (features before the cut, label after it)
 * @param testBaseRate      share of profitable next periods in the test set
 * @param modelAuc          the model's AUC on the test set
 * @param naiveAuc          the naive reference's AUC on the test set: last month's ROI as the score
 * @param importance        permutation importance per feature, most important first
 * @param clusters          trader clusters by behaviour (empty when too few traders have behaviour figures)
 * @param clusteredTraders  traders clustered
 */
public record AnalysisReport(int trainObservations, int testObservations, int purged, double testBaseRate,
                             double modelAuc, double naiveAuc, List<Importance> importance, List<Cluster> clusters,
                             int clusteredTraders) {

    /**
     * @param feature the feature
     * @param meanDrop mean AUC lost when the feature's test column is shuffled (higher: more predictive)
     * @param sdDrop   standard deviation of that loss over the repeats
     */
    public record Importance(String feature, double meanDrop, double sdDrop) {
    }

    /**
     * @param id             cluster number
     * @param traders        traders in it
     * @param meanLeverage   centroid leverage
     * @param holdingHours   centroid holding time, hours
     * @param tradesPerDay   centroid frequency
     * @param meanNextReturn mean next-period return of its traders' observations in the test set (NaN when none)
     */
    public record Cluster(int id, int traders, double meanLeverage, double holdingHours, double tradesPerDay,
                          double meanNextReturn) {
    }

    public AnalysisReport {
        importance = List.copyOf(importance);
        clusters = List.copyOf(clusters);
    }

    /** The report as Markdown. */
    public String toMarkdown() {
        StringBuilder b = new StringBuilder("# Which trader metrics predict next-period profitability\n\n");
        b.append(String.format(Locale.ROOT, "Out of sample: fitted on %d observations whose next period ended before "
                        + "the test period, scored on %d later ones (%d purged between them).%n%n", trainObservations,
                testObservations, purged));
        b.append(String.format(Locale.ROOT, "| | AUC |%n|---|---|%n| model | %.3f |%n| naive: last month's ROI | %.3f |"
                + "%n| coin flip | 0.500 |%n%nProfitable next periods in the test set: %.1f%%.%n%n", modelAuc, naiveAuc,
                100 * testBaseRate));
        b.append("## Permutation importance (AUC lost when the feature is shuffled in the test set)\n\n");
        b.append("| feature | mean drop | sd |\n|---|---|---|\n");
        for (Importance i : importance) {
            b.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f |%n", i.feature(), i.meanDrop(), i.sdDrop()));
        }
        b.append(String.format(Locale.ROOT, "%n## Trader clusters by behaviour (%d traders)%n%n", clusteredTraders));
        if (clusters.isEmpty()) {
            b.append("Too few traders with recorded behaviour (leverage, holding time, frequency) to cluster.\n");
            return b.toString();
        }
        b.append("| cluster | traders | leverage | holding hours | trades/day | mean next return |\n");
        b.append("|---|---|---|---|---|---|\n");
        for (Cluster c : clusters) {
            b.append(String.format(Locale.ROOT, "| %d | %d | %.2f | %.1f | %.2f | %.4f |%n", c.id(), c.traders(),
                    c.meanLeverage(), c.holdingHours(), c.tradesPerDay(), c.meanNextReturn()));
        }
        return b.toString();
    }
}
