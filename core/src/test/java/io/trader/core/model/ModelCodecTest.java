package io.trader.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Artifacts round-trip exactly; truncated, corrupt, unknown or mis-sized texts are refused naming why. */
class ModelCodecTest {

    static List<Model> allKinds() {
        Random r = new Random(3);
        double[][] x = new double[200][3];
        double[] cls = new double[200];
        double[] val = new double[200];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = r.nextGaussian() * (j + 1) + j;
            }
            val[i] = 0.3 * x[i][0] - 0.2 * x[i][2] + r.nextGaussian();
            cls[i] = val[i] > 0 ? 1 : 0;
        }
        return List.of(new LogisticTrainer(1.0).fit(x, cls, null), new RidgeTrainer(1.0).fit(x, val, null),
                GbdtModelTest.regression(), new MlpModel(new double[] {0.1, -0.2, 1}, new double[] {1, 2, 3},
                        new double[][] {{0.1, -0.3, 0.7, 0.2, -0.5, 0.9}, {1.1, -0.4}}, new double[][] {{0.01, -0.02}, {0.3}},
                        new MlpModel.Activation[] {MlpModel.Activation.TANH, MlpModel.Activation.SIGMOID}));
    }

    @Test
    void everyKindRoundTripsToIdenticalPredictions() {
        Random r = new Random(5);
        for (Model m : allKinds()) {
            String text = m.toText();
            Model back = ModelCodec.parse(text, 3);
            assertEquals(m.kind(), back.kind());
            assertEquals(m.getClass(), back.getClass());
            assertEquals(text, back.toText(), m.kind() + ": the artifact is stable");
            for (int i = 0; i < 1000; i++) {
                double[] row = {r.nextGaussian() * 3, r.nextGaussian(), r.nextGaussian() * 5};
                assertEquals(m.predict(row), back.predict(row), 0.0, m.kind());
            }
        }
    }

    @Test
    void truncatedTextsAreRefused() {
        for (Model m : allKinds()) {
            String text = m.toText();
            for (int cut = 1; cut < text.length() - 1; cut += Math.max(1, text.length() / 97)) {
                String part = text.substring(0, cut);
                var e = assertThrows(IllegalArgumentException.class, () -> ModelCodec.parse(part), m.kind() + " cut " + cut);
                assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("must start with model="),
                        m.kind() + " cut at " + cut + ": " + e.getMessage());
            }
        }
    }

    @Test
    void corruptTextsAreRefused() {
        for (Model m : allKinds()) {
            String text = m.toText();
            int digit = text.indexOf("1", text.indexOf('\n', text.indexOf("inputs=")) + 1);
            String corrupt = text.substring(0, digit) + "7" + text.substring(digit + 1);
            var e = assertThrows(IllegalArgumentException.class, () -> ModelCodec.parse(corrupt));
            assertTrue(e.getMessage().contains("corrupt") && e.getMessage().contains(m.kind()), e.getMessage());
        }
    }

    @Test
    void unknownKindsAndMissingHeadersAreRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> ModelCodec.parse("model=svm\ninputs=3\n"));
        assertTrue(e.getMessage().contains("unknown model kind: svm"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ModelCodec.parse("tree\nversion=v4\n"));
        assertTrue(e.getMessage().contains("must start with model="), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ModelCodec.parse("  "));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    /** A consistent checksum does not make a mis-sized artifact acceptable: fields must match inputs=. */
    @Test
    void featureCountMustMatchInputs() {
        for (Model m : allKinds()) {
            String body = m.toText().substring(0, m.toText().indexOf(ModelText.CHECKSUM));
            String four = ModelText.seal(body.replace("inputs=3\n", "inputs=4\n"));
            var e = assertThrows(IllegalArgumentException.class, () -> ModelCodec.parse(four));
            assertTrue(e.getMessage().contains("expected 4") || e.getMessage().contains("inputs=4 but the trees read 3"),
                    m.kind() + ": " + e.getMessage());
            var wrongSchema = assertThrows(IllegalArgumentException.class, () -> ModelCodec.parse(m.toText(), 5));
            assertTrue(wrongSchema.getMessage().contains("reads 3 features, expected 5"), wrongSchema.getMessage());
        }
    }

    @Test
    void structuralDamageUnderAValidChecksumIsNamed() {
        String logistic = allKinds().get(0).toText();
        String body = logistic.substring(0, logistic.indexOf(ModelText.CHECKSUM));
        var e = assertThrows(IllegalArgumentException.class,
                () -> ModelCodec.parse(ModelText.seal(body.replaceFirst("scale=[^,]*,", "scale=0.0,"))));
        assertTrue(e.getMessage().contains("scale of input 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ModelCodec.parse(ModelText.seal(body.replaceFirst("coef=", "coef=NaN,"))));
        assertTrue(e.getMessage().contains("coef"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ModelCodec.parse(ModelText.seal(body.replace("intercept=", "bias="))));
        assertTrue(e.getMessage().contains("expected field intercept"), e.getMessage());
        String mlp = allKinds().get(3).toText();
        String mlpBody = mlp.substring(0, mlp.indexOf(ModelText.CHECKSUM));
        e = assertThrows(IllegalArgumentException.class,
                () -> ModelCodec.parse(ModelText.seal(mlpBody.replace(",tanh", ",softmax"))));
        assertTrue(e.getMessage().contains("unknown activation 'softmax'"), e.getMessage());
    }
}
