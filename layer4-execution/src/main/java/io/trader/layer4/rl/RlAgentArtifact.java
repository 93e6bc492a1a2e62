package io.trader.layer4.rl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The agent as one JSON text (what the model registry stores): format, state inputs, actions, the training-set
 * description (data file, date range, episodes, seed, hyper-parameters, ...) and the DL4J network zip in base64
 * with its SHA-256. {@link #read} refuses anything that does not decode into a network of the right shape.
 */
public final class RlAgentArtifact {

    public static final String FORMAT = "trader-rl-exec/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RlAgentArtifact() {
    }

    public static String write(MultiLayerNetwork network, Map<String, Object> training) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try {
            ModelSerializer.writeModel(network, zip, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the agent network: " + e.getMessage(), e);
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("algorithm", RlExecutionAgent.NAME);
        root.set("state", JSON.valueToTree(ExecFeatures.NAMES));
        String[] actions = new String[ExecActions.count()];
        for (int a = 0; a < actions.length; a++) {
            actions[a] = ExecActions.describe(a);
        }
        root.set("actions", JSON.valueToTree(actions));
        root.set("training", JSON.valueToTree(training));
        root.put("network_sha256", sha256(zip.toByteArray()));
        root.put("network", Base64.getEncoder().encodeToString(zip.toByteArray()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The agent and its training description; an {@link IllegalArgumentException} saying why when unusable. */
    public static Loaded read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an RL agent artifact (bad JSON): " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not an RL agent artifact: format is not " + FORMAT);
        }
        if (!ExecFeatures.NAMES.equals(JSON.convertValue(root.path("state"), java.util.List.class))) {
            throw new IllegalArgumentException("the agent was trained on other state inputs: " + root.path("state"));
        }
        byte[] zip;
        try {
            zip = Base64.getDecoder().decode(root.path("network").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the agent network is not valid base64: " + e.getMessage(), e);
        }
        String sha = sha256(zip);
        if (!sha.equals(root.path("network_sha256").asText())) {
            throw new IllegalArgumentException("the agent network is corrupt: sha256 " + sha + ", recorded "
                    + root.path("network_sha256").asText());
        }
        MultiLayerNetwork net;
        try {
            net = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(zip), false);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the agent network does not load: " + e.getMessage(), e);
        }
        long inputs = net.layerInputSize(0);
        if (inputs != ExecFeatures.size()) {
            throw new IllegalArgumentException("the agent network takes " + inputs + " inputs, the state has "
                    + ExecFeatures.size());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> training = JSON.convertValue(root.path("training"), LinkedHashMap.class);
        return new Loaded(new RlExecutionAgent(net), training == null ? Map.of() : training);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A loaded agent and the description of what it was trained on. */
    public record Loaded(RlExecutionAgent agent, Map<String, Object> training) {
    }
}
