package io.trader.core.model;

/**
 * Reads model artifacts written by {@link Model#toText()}. The first line names the kind
 * ({@code model=<kind>}); a text that is truncated, corrupt or of an unknown kind is refused with an
 * {@link IllegalArgumentException} naming what is wrong, never turned into a model that predicts garbage.
 * The envelope ({@link ModelText}) ends with a checksum line: a missing one means truncation, a wrong
 * one corruption; then each kind checks that its fields match the declared {@code inputs=}.
 */
public final class ModelCodec {

    /** The kinds this codec reads. */
    public static final String KINDS = "logistic, ridge, gbdt, mlp";

    private ModelCodec() {
    }

    public static Model parse(String text) {
        String kind = ModelText.kindOf(text);
        if (!(" " + KINDS.replace(",", " ") + " ").contains(" " + kind + " ")) {
            throw new IllegalArgumentException("unknown model kind: " + kind + " (known: " + KINDS + ")");
        }
        ModelText.Reader r = ModelText.Reader.open(text);
        return switch (r.kind()) {
            case LogisticModel.KIND -> LogisticModel.read(r);
            case RidgeModel.KIND -> RidgeModel.read(r);
            case GbdtModel.KIND -> GbdtModel.read(r);
            case MlpModel.KIND -> MlpModel.read(r);
            default -> throw new IllegalArgumentException("unknown model kind: " + r.kind() + " (known: " + KINDS + ")");
        };
    }

    /** Parses {@code text} and checks it reads {@code inputs} features (e.g. the alpha's schema width). */
    public static Model parse(String text, int inputs) {
        Model m = parse(text);
        if (m.inputs() != inputs) {
            throw new IllegalArgumentException("model artifact (" + m.kind() + ") reads " + m.inputs()
                    + " features, expected " + inputs);
        }
        return m;
    }
}
