package io.trader.app.models;

/**
 * The version of the code that trains a model, recorded with it: the {@code trader.code-version} system
 * property when set (e.g. {@code -Dtrader.code-version=$(git describe --always --dirty)}), else the
 * jar's {@code Implementation-Version}, else {@code dev}.
 */
public final class CodeVersion {

    private CodeVersion() {
    }

    public static String current() {
        String property = System.getProperty("trader.code-version");
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        String implementation = CodeVersion.class.getPackage().getImplementationVersion();
        return implementation != null && !implementation.isBlank() ? implementation : "dev";
    }
}
