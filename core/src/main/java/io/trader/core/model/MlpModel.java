package io.trader.core.model;

import java.util.Locale;

/**
 * A small dense feed-forward network evaluated in plain Java: inputs standardised with the stored
 * mean and scale, then per layer {@code out = act(in . W + b)} with {@code W} stored row-major as
 * {@code [in][out]} (DL4J's layout). The last layer has one output: a probability (sigmoid) or a value
 * (identity). Scratch buffers are per thread, so {@link #predict} allocates nothing after a thread's
 * first call and one instance may be shared between threads.
 */
public final class MlpModel implements Model {

    public static final String KIND = "mlp";

    /** Activations a layer may use. */
    public enum Activation {
        IDENTITY, RELU, TANH, SIGMOID;

        double apply(double x) {
            return switch (this) {
                case IDENTITY -> x;
                case RELU -> x > 0 ? x : 0.0;
                case TANH -> Math.tanh(x);
                case SIGMOID -> 1.0 / (1.0 + Math.exp(-x));
            };
        }

        static Activation of(String name, ModelText.Reader r) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.bad("unknown activation '" + name + "' (identity, relu, tanh, sigmoid)");
            }
        }
    }

    private final double[] mean;
    private final double[] scale;
    private final double[][] weights;
    private final double[][] biases;
    private final Activation[] activations;
    private final ThreadLocal<double[][]> scratch;

    /**
     * @param weights per layer, row-major {@code [in][out]}: {@code weights[l].length == in * out}
     * @param biases  per layer, {@code out} values
     */
    public MlpModel(double[] mean, double[] scale, double[][] weights, double[][] biases, Activation[] activations) {
        int layers = weights.length;
        if (layers == 0 || biases.length != layers || activations.length != layers) {
            throw new IllegalArgumentException("an MLP needs at least one layer and one bias and activation per layer");
        }
        if (mean.length != scale.length || mean.length == 0) {
            throw new IllegalArgumentException("mean and scale need one value per input");
        }
        int in = mean.length;
        int widest = in;
        for (int l = 0; l < layers; l++) {
            int out = biases[l].length;
            if (out == 0 || weights[l].length != in * out) {
                throw new IllegalArgumentException("layer " + l + " has " + weights[l].length + " weights, expected "
                        + in + " x " + out);
            }
            widest = Math.max(widest, out);
            in = out;
        }
        if (in != 1) {
            throw new IllegalArgumentException("the last layer must have one output, has " + in);
        }
        for (int j = 0; j < scale.length; j++) {
            if (!(scale[j] > 0)) {
                throw new IllegalArgumentException("scale of input " + j + " must be > 0, is " + scale[j]);
            }
        }
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = deepClone(weights);
        this.biases = deepClone(biases);
        this.activations = activations.clone();
        int width = widest;
        this.scratch = ThreadLocal.withInitial(() -> new double[][] {new double[width], new double[width]});
    }

    private static double[][] deepClone(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int inputs() {
        return mean.length;
    }

    @Override
    public double predict(double[] row) {
        double[][] buf = scratch.get();
        double[] a = buf[0];
        double[] b = buf[1];
        int in = mean.length;
        for (int j = 0; j < in; j++) {
            a[j] = (row[j] - mean[j]) / scale[j];
        }
        for (int l = 0; l < weights.length; l++) {
            double[] w = weights[l];
            double[] bias = biases[l];
            Activation act = activations[l];
            int out = bias.length;
            for (int o = 0; o < out; o++) {
                double s = bias[o];
                for (int j = 0; j < in; j++) {
                    s += a[j] * w[j * out + o];
                }
                b[o] = act.apply(s);
            }
            double[] t = a;
            a = b;
            b = t;
            in = out;
        }
        return a[0];
    }

    /** Standardises a row as {@link #predict} does (for feeding the training library the same inputs). */
    public double[] standardise(double[] row) {
        double[] out = new double[mean.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = (row[j] - mean[j]) / scale[j];
        }
        return out;
    }

    @Override
    public String toText() {
        ModelText.Writer w = new ModelText.Writer(KIND, inputs()).doubles("mean", mean).doubles("scale", scale)
                .field("layers", Integer.toString(weights.length));
        for (int l = 0; l < weights.length; l++) {
            w.field("layer" + l, biases[l].length + "," + activations[l].name().toLowerCase(Locale.ROOT))
                    .doubles("W" + l, weights[l]).doubles("b" + l, biases[l]);
        }
        return w.finish();
    }

    static MlpModel read(ModelText.Reader r) {
        int p = r.inputs();
        double[] mean = r.doubles("mean", p);
        double[] scale = r.doubles("scale", p);
        int layers = r.intField("layers", 1, 64);
        double[][] weights = new double[layers][];
        double[][] biases = new double[layers][];
        Activation[] acts = new Activation[layers];
        int in = p;
        for (int l = 0; l < layers; l++) {
            String spec = r.field("layer" + l);
            int comma = spec.indexOf(',');
            if (comma < 0) {
                throw r.bad("layer" + l + " must be <outputs>,<activation>, is " + spec);
            }
            int out;
            try {
                out = Integer.parseInt(spec.substring(0, comma).trim());
            } catch (NumberFormatException e) {
                throw r.bad("layer" + l + " output count is not an integer: " + spec);
            }
            if (out < 1 || out > 100_000) {
                throw r.bad("layer" + l + " output count " + out + " is outside [1, 100000]");
            }
            acts[l] = Activation.of(spec.substring(comma + 1), r);
            weights[l] = r.doubles("W" + l, in * out);
            biases[l] = r.doubles("b" + l, out);
            in = out;
        }
        r.end();
        try {
            return new MlpModel(mean, scale, weights, biases, acts);
        } catch (IllegalArgumentException e) {
            throw r.bad(e.getMessage());
        }
    }
}
