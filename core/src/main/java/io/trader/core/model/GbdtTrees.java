package io.trader.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trees of a LightGBM text model flattened into arrays: per tree the offset of its internal
 * nodes and of its leaves; per internal node the split feature, threshold, missing-value type,
 * default direction and children (LightGBM's convention: a child {@code >= 0} is an internal node of
 * the same tree, a child {@code < 0} is the leaf {@code ~child}). Only numerical splits are supported.
 */
final class GbdtTrees {

    static final int MISSING_NONE = 0;
    static final int MISSING_ZERO = 1;
    static final int MISSING_NAN = 2;

    final int[] nodeStart;
    final int[] leafStart;
    final int[] feature;
    final double[] threshold;
    final byte[] missingType;
    final boolean[] defaultLeft;
    final int[] left;
    final int[] right;
    final double[] leafValue;

    private GbdtTrees(List<Map<String, String>> trees, int inputs, LightGbmFormatError err) {
        int t = trees.size();
        nodeStart = new int[t + 1];
        leafStart = new int[t + 1];
        for (int i = 0; i < t; i++) {
            int leaves = leaves(trees.get(i), i, err);
            nodeStart[i + 1] = nodeStart[i] + leaves - 1;
            leafStart[i + 1] = leafStart[i] + leaves;
        }
        feature = new int[nodeStart[t]];
        threshold = new double[nodeStart[t]];
        missingType = new byte[nodeStart[t]];
        defaultLeft = new boolean[nodeStart[t]];
        left = new int[nodeStart[t]];
        right = new int[nodeStart[t]];
        leafValue = new double[leafStart[t]];
        for (int i = 0; i < t; i++) {
            fill(trees.get(i), i, inputs, err);
        }
    }

    /** Reads the {@code Tree=} blocks of a LightGBM model text, starting at {@code lines[from]}. */
    static GbdtTrees parse(String[] lines, int from, int inputs, LightGbmFormatError err) {
        List<Map<String, String>> trees = new ArrayList<>();
        Map<String, String> current = null;
        boolean ended = false;
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.equals("end of trees")) {
                ended = true;
                break;
            }
            if (line.startsWith("Tree=")) {
                if (!line.equals("Tree=" + trees.size())) {
                    throw err.at("expected Tree=" + trees.size() + ", found " + line);
                }
                current = new HashMap<>();
                trees.add(current);
            } else if (!line.isEmpty() && current != null) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    throw err.at("tree " + (trees.size() - 1) + " has a line that is not key=value: " + line);
                }
                current.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        if (!ended) {
            throw err.at("truncated: no 'end of trees' line after " + trees.size() + " trees");
        }
        if (trees.isEmpty()) {
            throw err.at("no trees");
        }
        return new GbdtTrees(trees, inputs, err);
    }

    int trees() {
        return nodeStart.length - 1;
    }

    private static int leaves(Map<String, String> tree, int t, LightGbmFormatError err) {
        String n = need(tree, "num_leaves", t, err);
        try {
            int leaves = Integer.parseInt(n.trim());
            if (leaves < 1) {
                throw err.at("tree " + t + " num_leaves=" + leaves);
            }
            return leaves;
        } catch (NumberFormatException e) {
            throw err.at("tree " + t + " num_leaves is not an integer: " + n);
        }
    }

    private void fill(Map<String, String> tree, int t, int inputs, LightGbmFormatError err) {
        int leaves = leafStart[t + 1] - leafStart[t];
        int nodes = leaves - 1;
        if (!"0".equals(tree.getOrDefault("num_cat", "0").trim())) {
            throw err.at("tree " + t + " has categorical splits (num_cat=" + tree.get("num_cat")
                    + "), which this evaluator does not support");
        }
        if (!"0".equals(tree.getOrDefault("is_linear", "0").trim())) {
            throw err.at("tree " + t + " is a linear tree, which this evaluator does not support");
        }
        double[] leaf = doubles(tree, "leaf_value", leaves, t, err);
        System.arraycopy(leaf, 0, leafValue, leafStart[t], leaves);
        if (nodes == 0) {
            return;
        }
        double[] split = doubles(tree, "split_feature", nodes, t, err);
        double[] thr = doubles(tree, "threshold", nodes, t, err);
        double[] dt = doubles(tree, "decision_type", nodes, t, err);
        double[] lc = doubles(tree, "left_child", nodes, t, err);
        double[] rc = doubles(tree, "right_child", nodes, t, err);
        for (int k = 0; k < nodes; k++) {
            int g = nodeStart[t] + k;
            feature[g] = index(split[k], 0, inputs - 1, "split_feature", t, err);
            threshold[g] = thr[k];
            int d = index(dt[k], 0, 255, "decision_type", t, err);
            if ((d & 1) != 0) {
                throw err.at("tree " + t + " node " + k + " is a categorical split (decision_type=" + d + ")");
            }
            defaultLeft[g] = (d & 2) != 0;
            missingType[g] = (byte) ((d >> 2) & 3);
            if (missingType[g] > MISSING_NAN) {
                throw err.at("tree " + t + " node " + k + " has an unknown missing type in decision_type=" + d);
            }
            left[g] = child(lc[k], k, nodes, leaves, t, err);
            right[g] = child(rc[k], k, nodes, leaves, t, err);
        }
    }

    /** A child must be a later internal node (so evaluation terminates) or an existing leaf. */
    private static int child(double v, int node, int nodes, int leaves, int t, LightGbmFormatError err) {
        int c = index(v, -leaves, nodes - 1, "child", t, err);
        if (c >= 0 && c <= node) {
            throw err.at("tree " + t + " node " + node + " points back to node " + c);
        }
        return c;
    }

    private static int index(double v, int min, int max, String what, int t, LightGbmFormatError err) {
        if (v != Math.rint(v) || v < min || v > max) {
            throw err.at("tree " + t + " " + what + " " + v + " is outside [" + min + ", " + max + "]");
        }
        return (int) v;
    }

    private static String need(Map<String, String> tree, String key, int t, LightGbmFormatError err) {
        String v = tree.get(key);
        if (v == null) {
            throw err.at("tree " + t + " has no " + key);
        }
        return v;
    }

    private static double[] doubles(Map<String, String> tree, String key, int count, int t, LightGbmFormatError err) {
        String[] parts = need(tree, key, t, err).trim().split(" ");
        if (parts.length != count) {
            throw err.at("tree " + t + " " + key + " has " + parts.length + " values, expected " + count);
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw err.at("tree " + t + " " + key + " holds a value that is not a number: " + parts[i]);
            }
            if (Double.isNaN(out[i])) {
                throw err.at("tree " + t + " " + key + " holds NaN");
            }
        }
        return out;
    }

    /** Builds the exception for a malformed LightGBM text. */
    interface LightGbmFormatError {
        IllegalArgumentException at(String what);
    }
}
