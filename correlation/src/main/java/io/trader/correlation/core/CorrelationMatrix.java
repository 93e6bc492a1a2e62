package io.trader.correlation.core;

import java.util.List;
import java.util.Map;

/**
 * A square correlation matrix: {@code cells[i][j]} correlates the series labelled {@code labels.get(i)} and
 * {@code labels.get(j)} (components of one asset, or one component across assets), each cell with its own number of
 * pairwise-complete observations, over the bars closing in {@code [windowStart, windowEnd]}.
 *
 * @param subject     what is correlated, e.g. "BTC components" or "MOMENTUM across assets"
 * @param bars        bars in the window
 * @param missing     labels with no value in the window, with the reason (their cells are undefined)
 */
public record CorrelationMatrix(String subject, List<String> labels, Cell[][] cells, Method method, long windowStart,
                                long windowEnd, int bars, Map<String, String> missing) {

    public CorrelationMatrix {
        labels = List.copyOf(labels);
        missing = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(missing));
        if (cells.length != labels.size()) {
            throw new IllegalArgumentException("one row per label");
        }
    }

    /** The cell of labels {@code a} and {@code b}. */
    public Cell cell(String a, String b) {
        return cells[labels.indexOf(a)][labels.indexOf(b)];
    }

    /** The matrix of {@code series} (one per label, equal lengths). */
    public static CorrelationMatrix of(String subject, List<String> labels, List<double[]> series, Method method,
                                       int minN, long start, long end, int bars, Map<String, String> missing) {
        int k = labels.size();
        Cell[][] cells = new Cell[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                String gone = missing.get(labels.get(i)) != null ? labels.get(i) : missing.get(labels.get(j)) != null
                        ? labels.get(j) : null;
                Cell c;
                if (gone != null) {
                    c = Cell.undefined(0, gone + " is missing: " + missing.get(gone));
                } else {
                    c = Correlations.correlate(series.get(i), series.get(j), method, minN);
                }
                cells[i][j] = c;
                cells[j][i] = c;
            }
        }
        return new CorrelationMatrix(subject, labels, cells, method, start, end, bars, missing);
    }
}
