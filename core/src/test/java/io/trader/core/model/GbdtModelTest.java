package io.trader.core.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The LightGBM text evaluator on a hand-written model whose every path is computed by hand. */
class GbdtModelTest {

    /**
     * Tree 0: node 0 splits feature 0 at 0.5 (decision_type 10 = default left + missing NaN); its left
     * child node 1 splits feature 1 at ~1e-35 (decision_type 4 = missing Zero, default right). Leaves
     * 0.1 / 0.2 / 0.3. Tree 1 is a single leaf, -0.05.
     */
    static String text(String objective, String decision0, String leftChild) {
        return "tree\nversion=v4\nnum_class=1\nnum_tree_per_iteration=1\nlabel_index=0\nmax_feature_idx=2\n"
                + "objective=" + objective + "\nfeature_names=a b c\nfeature_infos=[0:1] [0:1] [0:1]\ntree_sizes=1 1\n\n"
                + "Tree=0\nnum_leaves=3\nnum_cat=0\nsplit_feature=0 1\nsplit_gain=1 1\n"
                + "threshold=0.5 1.0000000180025095e-35\ndecision_type=" + decision0 + " 4\nleft_child=" + leftChild + "\n"
                + "right_child=-2 -3\nleaf_value=0.1 0.2 0.3\nleaf_weight=1 1 1\nleaf_count=1 1 1\n"
                + "internal_value=0 0\ninternal_weight=0 0\ninternal_count=2 1\nis_linear=0\nshrinkage=1\n\n\n"
                + "Tree=1\nnum_leaves=1\nnum_cat=0\nsplit_feature=\nsplit_gain=\nthreshold=\ndecision_type=\n"
                + "left_child=\nright_child=\nleaf_value=-0.05\nleaf_weight=\nleaf_count=\ninternal_value=\n"
                + "internal_weight=\ninternal_count=\nis_linear=0\nshrinkage=0.1\n\n\nend of trees\n\n"
                + "feature_importances:\na=1\nb=1\n\nparameters:\n[objective: regression]\nend of parameters\n\n"
                + "pandas_categorical:null\n";
    }

    static GbdtModel regression() {
        return GbdtModel.fromLightGbm(text("regression", "10", "1 -1"));
    }

    @Test
    void routesEveryPathAsLightGbmDoes() {
        GbdtModel m = regression();
        assertEquals(3, m.inputs());
        assertEquals(2, m.trees());
        double nan = Double.NaN;
        assertEquals(0.1 - 0.05, m.predict(new double[] {0.2, -1, 9}), 1e-15, "left, left");
        assertEquals(0.3 - 0.05, m.predict(new double[] {0.2, 5, 9}), 1e-15, "left, right");
        assertEquals(0.2 - 0.05, m.predict(new double[] {0.7, -1, 9}), 1e-15, "right");
        assertEquals(0.1 - 0.05, m.predict(new double[] {0.5, -1, 9}), 1e-15, "x <= threshold goes left");
        assertEquals(0.3 - 0.05, m.predict(new double[] {nan, 0.0, 9}), 1e-15, "NaN default left, zero default right");
        assertEquals(0.3 - 0.05, m.predict(new double[] {0.2, nan, 9}), 1e-15, "NaN at a Zero-type node is zero");
        assertEquals(0.3 - 0.05, m.predict(new double[] {0.2, -1e-36, 9}), 1e-15, "|x| <= 1e-35 is zero");
        assertEquals(0.1 - 0.05, m.predict(new double[] {0.2, -1e-30, 9}), 1e-15, "a small non-zero is not zero");
    }

    @Test
    void nanWithoutMissingTypeReadsAsZero() {
        GbdtModel m = GbdtModel.fromLightGbm(text("regression", "0", "1 -1"));
        assertEquals(0.3 - 0.05, m.predict(new double[] {Double.NaN, 0.0, 0}), 1e-15, "NaN -> 0 <= 0.5 -> left");
        GbdtModel right = GbdtModel.fromLightGbm(text("regression", "8", "1 -1"));
        assertEquals(0.2 - 0.05, right.predict(new double[] {Double.NaN, 0.0, 0}), 1e-15, "missing NaN, default right");
    }

    @Test
    void binaryObjectiveAppliesTheSigmoid() {
        GbdtModel m = GbdtModel.fromLightGbm(text("binary sigmoid:2", "10", "1 -1"));
        assertEquals(1 / (1 + Math.exp(-2 * (0.2 - 0.05))), m.predict(new double[] {0.7, 0, 0}), 1e-15);
        assertEquals(0.2 - 0.05, m.raw(new double[] {0.7, 0, 0}), 1e-15);
    }

    @Test
    void refusesWhatItCannotEvaluateFaithfully() {
        assertRefused(text("regression", "1", "1 -1"), "categorical");
        assertRefused(text("regression", "10", "0 -1"), "points back");
        assertRefused(text("regression", "10", "1 -7"), "child");
        assertRefused(text("multiclass num_class:3", "10", "1 -1"), "not supported");
        assertRefused(text("regression", "10", "1 -1").replace("split_feature=0 1", "split_feature=0 3"), "split_feature");
        assertRefused(text("regression", "10", "1 -1").replace("leaf_value=0.1 0.2 0.3", "leaf_value=0.1 0.2"),
                "leaf_value has 2 values");
        String t = text("regression", "10", "1 -1");
        assertRefused(t.substring(0, t.indexOf("Tree=1")), "end of trees");
        assertRefused(t.replace("threshold=0.5", "threshold=0.5x"), "not a number");
    }

    private static void assertRefused(String text, String why) {
        var e = assertThrows(IllegalArgumentException.class, () -> GbdtModel.fromLightGbm(text));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
