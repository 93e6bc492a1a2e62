package io.trader.layer1.core.model;

/**
 * Reads model artifacts written by {@link Model#toText()}. The first line names the kind
 * ({@code model=<kind>}); a text that is truncated, corrupt or of an unknown kind is refused with an
 * {@link IllegalArgumentException} naming what is wrong, never turned into a model that predicts garbage.
 */
public final class ModelCodec {

    private ModelCodec() {
    }

    public static Model parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty model artifact");
        }
        int eol = text.indexOf('\n');
        String first = (eol < 0 ? text : text.substring(0, eol)).trim();
        if (!first.startsWith("model=")) {
            throw new IllegalArgumentException("model artifact must start with model=<kind>, found: "
                    + first.substring(0, Math.min(first.length(), 60)));
        }
        String kind = first.substring("model=".length());
        throw new IllegalArgumentException("unknown model kind: " + kind);
    }
}
