package io.trader.layer1.train;

import com.microsoft.ml.lightgbm.PredictionType;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import io.trader.core.model.GbdtModel;
import io.trader.core.model.Trainer;

import java.util.Locale;

/**
 * Gradient boosting trained by LightGBM (through lightgbm4j, JNI; training only). The booster is saved
 * as LightGBM's text model and returned as a pure-Java {@link GbdtModel}: nothing native is left on the
 * prediction path. Deterministic: fixed seeds, {@code deterministic=true}, row-wise histograms and a
 * fixed thread count. {@code NaN} inputs are allowed (LightGBM learns where missing values go).
 */
public final class GbdtTrainer implements Trainer {

    /** Training settings; {@code objective} is {@code binary} (0/1 targets) or {@code regression}. */
    public record Config(String objective, int iterations, double learningRate, int numLeaves, int minDataInLeaf,
                         double lambdaL2, long seed, int threads) {
        public Config {
            if (!objective.equals("binary") && !objective.equals("regression")) {
                throw new IllegalArgumentException("gbdt objective must be binary or regression, is " + objective);
            }
            if (iterations < 1 || numLeaves < 2 || minDataInLeaf < 1 || threads < 1 || !(learningRate > 0)
                    || !(lambdaL2 >= 0)) {
                throw new IllegalArgumentException("gbdt settings out of range: " + this);
            }
        }

        public static Config binary(int iterations, long seed) {
            return new Config("binary", iterations, 0.05, 15, 50, 1.0, seed, 1);
        }

        public static Config regression(int iterations, long seed) {
            return new Config("regression", iterations, 0.05, 15, 50, 1.0, seed, 1);
        }

        String parameters() {
            return String.format(Locale.ROOT, "objective=%s learning_rate=%s num_leaves=%d min_data_in_leaf=%d "
                            + "lambda_l2=%s seed=%d deterministic=true force_row_wise=true num_threads=%d verbosity=-1",
                    objective, Double.toString(learningRate), numLeaves, minDataInLeaf, Double.toString(lambdaL2),
                    seed, threads);
        }
    }

    private final Config config;

    public GbdtTrainer(Config config) {
        this.config = config;
    }

    @Override
    public GbdtModel fit(double[][] x, double[] y, double[] weights) {
        int rows = x.length;
        if (rows == 0 || y.length != rows || (weights != null && weights.length != rows)) {
            throw new IllegalArgumentException("gbdt: rows, targets and weights must have the same non-zero length");
        }
        int cols = x[0].length;
        float[] label = new float[rows];
        float[] weight = weights == null ? null : new float[rows];
        for (int i = 0; i < rows; i++) {
            if (!Double.isFinite(y[i]) || (config.objective().equals("binary") && y[i] != 0 && y[i] != 1)) {
                throw new IllegalArgumentException("gbdt: target " + i + " is " + y[i]);
            }
            label[i] = (float) y[i];
            if (weight != null) {
                if (!(weights[i] >= 0) || !Double.isFinite(weights[i])) {
                    throw new IllegalArgumentException("gbdt: weight " + i + " is " + weights[i]);
                }
                weight[i] = (float) weights[i];
            }
        }
        String params = config.parameters();
        LightGbmNatives.ensureLoaded();
        try (LGBMDataset data = LGBMDataset.createFromMat(flatten(x, cols), rows, cols, true, params, null)) {
            data.setField("label", label);
            if (weight != null) {
                data.setField("weight", weight);
            }
            try (LGBMBooster booster = LGBMBooster.create(data, params)) {
                for (int it = 0; it < config.iterations(); it++) {
                    if (booster.updateOneIter()) {
                        break;
                    }
                }
                return GbdtModel.fromLightGbm(booster.saveModelToString(0, 0, LGBMBooster.FeatureImportanceType.SPLIT));
            }
        } catch (LGBMException e) {
            throw new IllegalStateException("LightGBM training failed: " + e.getMessage(), e);
        }
    }

    /** LightGBM's own predictions (through JNI) for a saved text model: the reference for the Java evaluator. */
    public static double[] predictNative(String lightGbmText, double[][] x) {
        int cols = x[0].length;
        LightGbmNatives.ensureLoaded();
        try (LGBMBooster booster = LGBMBooster.loadModelFromString(lightGbmText)) {
            return booster.predictForMat(flatten(x, cols), x.length, cols, true, PredictionType.C_API_PREDICT_NORMAL,
                    "num_threads=1");
        } catch (LGBMException e) {
            throw new IllegalStateException("LightGBM prediction failed: " + e.getMessage(), e);
        }
    }

    private static double[] flatten(double[][] x, int cols) {
        double[] flat = new double[x.length * cols];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != cols) {
                throw new IllegalArgumentException("gbdt: row " + i + " has " + x[i].length + " features, expected " + cols);
            }
            System.arraycopy(x[i], 0, flat, i * cols, cols);
        }
        return flat;
    }
}
