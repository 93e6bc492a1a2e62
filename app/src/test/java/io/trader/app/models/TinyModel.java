package io.trader.app.models;

import io.trader.core.model.Model;

import java.util.Arrays;
import java.util.Locale;

/** A test-only logistic model: sigmoid of a dot product, with a one-line-per-field artifact text. */
record TinyModel(String kind, double[] weights) implements Model {

    static TinyModel parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length != 2 || !lines[0].startsWith("model=") || !lines[1].startsWith("weights=")) {
            throw new IllegalArgumentException("not a tiny model: " + text.substring(0, Math.min(20, text.length())));
        }
        double[] w = Arrays.stream(lines[1].substring("weights=".length()).split(","))
                .mapToDouble(Double::parseDouble).toArray();
        return new TinyModel(lines[0].substring("model=".length()), w);
    }

    @Override
    public int inputs() {
        return weights.length;
    }

    @Override
    public double predict(double[] row) {
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * row[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    @Override
    public String toText() {
        StringBuilder sb = new StringBuilder("model=").append(kind).append("\nweights=");
        for (int i = 0; i < weights.length; i++) {
            sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%s", weights[i]));
        }
        return sb.toString();
    }
}
