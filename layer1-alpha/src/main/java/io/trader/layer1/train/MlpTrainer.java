package io.trader.layer1.train;

import io.trader.core.model.MlpModel;
import io.trader.core.model.Standardization;
import io.trader.core.model.Trainer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.Random;

/**
 * A small dense network trained with DeepLearning4J (ND4J native, training only) and exported to a
 * pure-Java {@link MlpModel}: weights, biases and activations per layer plus the input standardisation.
 * Binary: sigmoid output with cross-entropy; regression: identity output with squared error. Seeded
 * (weight init and mini-batch order) and computed in double precision. Sample weights scale each row's
 * loss (DL4J label mask).
 */
public final class MlpTrainer implements Trainer {

    /** Training settings; {@code hidden} are the hidden layer widths. */
    public record Config(boolean binary, int[] hidden, MlpModel.Activation activation, int epochs, int batchSize,
                         double learningRate, double l2, long seed) {
        public Config {
            hidden = hidden.clone();
            if (hidden.length == 0 || epochs < 1 || batchSize < 1 || !(learningRate > 0) || !(l2 >= 0)) {
                throw new IllegalArgumentException("mlp settings out of range");
            }
            for (int h : hidden) {
                if (h < 1) {
                    throw new IllegalArgumentException("mlp hidden widths must be >= 1");
                }
            }
        }
    }

    /** The DL4J network and its pure-Java export. */
    public record Trained(MultiLayerNetwork network, MlpModel model) {
    }

    private final Config config;

    public MlpTrainer(Config config) {
        this.config = config;
    }

    @Override
    public MlpModel fit(double[][] x, double[] y, double[] weights) {
        return train(x, y, weights).model();
    }

    public Trained train(double[][] x, double[] y, double[] weights) {
        double[] w = Standardization.validate(x, y, weights, config.binary());
        Standardization st = Standardization.fit(x, w);
        double[] mean = st.mean();
        double[] scale = st.scale();
        int n = x.length;
        int p = mean.length;
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(p));
        net.init();
        double[][] z = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                z[i][j] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        Random random = new Random(config.seed());
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int k = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[k];
                order[k] = t;
            }
            for (int from = 0; from < n; from += config.batchSize()) {
                int m = Math.min(config.batchSize(), n - from);
                double[][] bx = new double[m][];
                double[][] by = new double[m][1];
                double[][] bw = new double[m][1];
                for (int r = 0; r < m; r++) {
                    int i = order[from + r];
                    bx[r] = z[i];
                    by[r][0] = y[i];
                    bw[r][0] = w[i];
                }
                INDArray labelsMask = weights == null ? null : Nd4j.create(bw);
                net.fit(new DataSet(Nd4j.create(bx), Nd4j.create(by), null, labelsMask));
            }
        }
        return new Trained(net, export(net, mean, scale));
    }

    private org.deeplearning4j.nn.conf.MultiLayerConfiguration configuration(int inputs) {
        NeuralNetConfiguration.ListBuilder b = new NeuralNetConfiguration.Builder().seed(config.seed())
                .dataType(DataType.DOUBLE).weightInit(WeightInit.XAVIER).updater(new Adam(config.learningRate()))
                .l2(config.l2()).list();
        int in = inputs;
        for (int h : config.hidden()) {
            b.layer(new DenseLayer.Builder().nIn(in).nOut(h).activation(dl4j(config.activation())).build());
            in = h;
        }
        b.layer(new OutputLayer.Builder(config.binary() ? LossFunctions.LossFunction.XENT : LossFunctions.LossFunction.MSE)
                .nIn(in).nOut(1)
                .activation(config.binary() ? org.nd4j.linalg.activations.Activation.SIGMOID
                        : org.nd4j.linalg.activations.Activation.IDENTITY)
                .build());
        return b.build();
    }

    private static org.nd4j.linalg.activations.Activation dl4j(MlpModel.Activation a) {
        return switch (a) {
            case IDENTITY -> org.nd4j.linalg.activations.Activation.IDENTITY;
            case RELU -> org.nd4j.linalg.activations.Activation.RELU;
            case TANH -> org.nd4j.linalg.activations.Activation.TANH;
            case SIGMOID -> org.nd4j.linalg.activations.Activation.SIGMOID;
        };
    }

    /** Copies each layer's W ({@code [in][out]}) and b out of the network. */
    private MlpModel export(MultiLayerNetwork net, double[] mean, double[] scale) {
        int layers = net.getnLayers();
        double[][] weights = new double[layers][];
        double[][] biases = new double[layers][];
        MlpModel.Activation[] acts = new MlpModel.Activation[layers];
        for (int l = 0; l < layers; l++) {
            INDArray wl = net.getLayer(l).getParam("W");
            INDArray bl = net.getLayer(l).getParam("b");
            int in = (int) wl.size(0);
            int out = (int) wl.size(1);
            weights[l] = new double[in * out];
            for (int i = 0; i < in; i++) {
                for (int o = 0; o < out; o++) {
                    weights[l][i * out + o] = wl.getDouble(i, o);
                }
            }
            biases[l] = new double[out];
            for (int o = 0; o < out; o++) {
                biases[l][o] = bl.getDouble(0, o);
            }
            acts[l] = l < layers - 1 ? config.activation()
                    : config.binary() ? MlpModel.Activation.SIGMOID : MlpModel.Activation.IDENTITY;
        }
        return new MlpModel(mean, scale, weights, biases, acts);
    }
}
