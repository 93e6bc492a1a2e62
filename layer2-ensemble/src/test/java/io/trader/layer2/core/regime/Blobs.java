package io.trader.layer2.core.regime;

import java.util.SplittableRandom;

/** Planted clusters: blob j has mean (5 j, 3 (-1)^j, j) and sd {@code sd[j]}; a fourth column is all NaN. */
final class Blobs {

    final double[][] rows;
    final int[] label;

    Blobs(int perBlob, double[] sd, long seed) {
        int k = sd.length;
        rows = new double[perBlob * k][];
        label = new int[perBlob * k];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < rows.length; i++) {
            int j = (k - 1) - i % k; // interleaved, highest first: the fit must renumber them
            label[i] = j;
            rows[i] = new double[] {5.0 * j + sd[j] * rnd.nextGaussian(),
                    3.0 * (j % 2 == 0 ? 1 : -1) + sd[j] * rnd.nextGaussian(),
                    j + sd[j] * rnd.nextGaussian(), Double.NaN};
        }
    }

    double accuracy(RegimeModel model) {
        int ok = 0;
        for (int i = 0; i < rows.length; i++) {
            if (model.assign(rows[i]) == label[i]) {
                ok++;
            }
        }
        return (double) ok / rows.length;
    }
}
