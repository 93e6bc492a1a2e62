package io.trader.core.model;

/**
 * Gradient-boosted trees trained by LightGBM, evaluated in plain Java from LightGBM's own text model
 * (no JNI, no allocation per prediction). Reproduces LightGBM's numerical decision: a {@code NaN}
 * input goes the node's default way when the node's missing type is NaN, otherwise it is read as 0; a
 * zero input goes the default way when the missing type is Zero; else {@code x <= threshold} goes
 * left. The raw score is the sum of leaf values (already shrunk by the learning rate), divided by the
 * number of trees for random-forest output; objective {@code binary}/{@code cross_entropy} map it
 * through the sigmoid, the regression objectives leave it as is.
 */
public final class GbdtModel implements Model {

    public static final String KIND = "gbdt";

    /** LightGBM's kZeroThreshold: inputs this close to 0 are 0. */
    private static final double ZERO = 1e-35f;

    private final String lightGbmText;
    private final int inputs;
    private final double sigmoid;
    private final boolean average;
    private final GbdtTrees trees;

    private GbdtModel(String lightGbmText, int inputs, double sigmoid, boolean average, GbdtTrees trees) {
        this.lightGbmText = lightGbmText;
        this.inputs = inputs;
        this.sigmoid = sigmoid;
        this.average = average;
        this.trees = trees;
    }

    /** Builds the model from the string LightGBM's {@code saveModelToString} returns. */
    public static GbdtModel fromLightGbm(String text) {
        return parse(text, -1, what -> new IllegalArgumentException("LightGBM model text: " + what));
    }

    static GbdtModel read(ModelText.Reader r) {
        return parse(r.rest(), r.inputs(), what -> r.bad("LightGBM model text: " + what));
    }

    private static GbdtModel parse(String text, int declaredInputs, GbdtTrees.LightGbmFormatError err) {
        if (text == null || text.isBlank()) {
            throw err.at("empty");
        }
        String[] lines = text.split("\n", -1);
        if (!lines[0].trim().equals("tree")) {
            throw err.at("must start with the line 'tree', found: "
                    + lines[0].substring(0, Math.min(60, lines[0].length())));
        }
        int maxFeature = -1;
        String objective = null;
        boolean average = false;
        int i = 1;
        for (; i < lines.length && !lines[i].startsWith("Tree="); i++) {
            String line = lines[i].trim();
            if (line.equals("average_output")) {
                average = true;
            } else if (line.startsWith("num_class=") && !line.equals("num_class=1")) {
                throw err.at("multi-class models are not supported (" + line + ")");
            } else if (line.startsWith("num_tree_per_iteration=") && !line.equals("num_tree_per_iteration=1")) {
                throw err.at("more than one tree per iteration is not supported (" + line + ")");
            } else if (line.startsWith("max_feature_idx=")) {
                try {
                    maxFeature = Integer.parseInt(line.substring("max_feature_idx=".length()));
                } catch (NumberFormatException e) {
                    throw err.at("max_feature_idx is not an integer: " + line);
                }
            } else if (line.startsWith("objective=")) {
                objective = line.substring("objective=".length());
            }
        }
        if (maxFeature < 0) {
            throw err.at("no max_feature_idx line in the header");
        }
        if (objective == null) {
            throw err.at("no objective line in the header");
        }
        int inputs = maxFeature + 1;
        if (declaredInputs >= 0 && declaredInputs != inputs) {
            throw err.at("inputs=" + declaredInputs + " but the trees read " + inputs + " features (max_feature_idx="
                    + maxFeature + ")");
        }
        double sigmoid = sigmoidScale(objective, err);
        GbdtTrees trees = GbdtTrees.parse(lines, i, inputs, err);
        return new GbdtModel(text, inputs, sigmoid, average, trees);
    }

    /** The sigmoid scale for classifiers, 0 for the identity link; refuses other objectives. */
    private static double sigmoidScale(String objective, GbdtTrees.LightGbmFormatError err) {
        String[] parts = objective.trim().split(" ");
        String name = parts[0];
        if (name.equals("binary") || name.equals("cross_entropy") || name.equals("xentropy")) {
            double scale = 1.0;
            for (String p : parts) {
                if (p.startsWith("sigmoid:")) {
                    try {
                        scale = Double.parseDouble(p.substring("sigmoid:".length()));
                    } catch (NumberFormatException e) {
                        throw err.at("bad sigmoid parameter in objective: " + objective);
                    }
                }
            }
            if (!(scale > 0) || !Double.isFinite(scale)) {
                throw err.at("bad sigmoid parameter in objective: " + objective);
            }
            return scale;
        }
        boolean identity = switch (name) {
            case "regression", "regression_l2", "regression_l1", "huber", "fair", "quantile", "mape" -> true;
            default -> false;
        };
        for (String p : parts) {
            if (p.equals("sqrt")) {
                identity = false;
            }
        }
        if (!identity) {
            throw err.at("objective '" + objective + "' is not supported (binary, cross_entropy or a plain "
                    + "regression objective)");
        }
        return 0.0;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int inputs() {
        return inputs;
    }

    /** Number of trees. */
    public int trees() {
        return trees.trees();
    }

    /** The raw score (sum of leaf values, or their mean for random-forest output). */
    public double raw(double[] row) {
        GbdtTrees t = trees;
        int n = t.trees();
        double sum = 0;
        for (int k = 0; k < n; k++) {
            int base = t.nodeStart[k];
            int node = t.nodeStart[k + 1] == base ? -1 : 0;
            while (node >= 0) {
                int g = base + node;
                double v = row[t.feature[g]];
                int missing = t.missingType[g];
                if ((Double.isNaN(v) && missing != GbdtTrees.MISSING_NAN) || (v >= -ZERO && v <= ZERO)) {
                    v = 0.0;
                }
                if ((missing == GbdtTrees.MISSING_ZERO && v >= -ZERO && v <= ZERO)
                        || (missing == GbdtTrees.MISSING_NAN && Double.isNaN(v))) {
                    node = t.defaultLeft[g] ? t.left[g] : t.right[g];
                } else {
                    node = v <= t.threshold[g] ? t.left[g] : t.right[g];
                }
            }
            sum += t.leafValue[t.leafStart[k] + ~node];
        }
        return average ? sum / n : sum;
    }

    @Override
    public double predict(double[] row) {
        double raw = raw(row);
        return sigmoid > 0 ? 1.0 / (1.0 + Math.exp(-sigmoid * raw)) : raw;
    }

    /** LightGBM's own model text (loadable by LightGBM). */
    public String lightGbmText() {
        return lightGbmText;
    }

    @Override
    public String toText() {
        return new ModelText.Writer(KIND, inputs).raw(lightGbmText).finish();
    }
}
