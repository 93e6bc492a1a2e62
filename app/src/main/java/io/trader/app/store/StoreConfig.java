package io.trader.app.store;

import java.nio.file.Path;

/**
 * Where the store lives.
 *
 * @param jdbcUrl         external PostgreSQL, e.g. {@code jdbc:postgresql://db:5432/trader}; null or blank starts
 *                        the embedded server instead
 * @param user            user for the external server (ignored for the embedded one); may be null
 * @param password        password for the external server; never logged; may be null
 * @param embeddedDataDir data directory of the embedded server, kept across restarts (the application passes
 *                        {@code ./trader-data/pg}); required when {@code jdbcUrl} is blank
 */
public record StoreConfig(String jdbcUrl, String user, String password, Path embeddedDataDir) {

    /** Default data directory of the embedded server, relative to the working directory. */
    public static final Path DEFAULT_EMBEDDED_DATA_DIR = Path.of("trader-data", "pg");

    public StoreConfig {
        if (isEmbedded(jdbcUrl) && embeddedDataDir == null) {
            throw new IllegalArgumentException("embeddedDataDir is required when no jdbcUrl is given");
        }
    }

    /** The embedded server with its data in {@code dataDir}. */
    public static StoreConfig embedded(Path dataDir) {
        return new StoreConfig(null, null, null, dataDir);
    }

    /** An external server. */
    public static StoreConfig external(String jdbcUrl, String user, String password) {
        return new StoreConfig(jdbcUrl, user, password, null);
    }

    /** True when the embedded server is used. */
    public boolean embedded() {
        return isEmbedded(jdbcUrl);
    }

    /** Hides the password from logs and stack traces. */
    @Override
    public String toString() {
        return "StoreConfig[jdbcUrl=" + JdbcUrls.redact(jdbcUrl) + ", user=" + user
                + ", password=" + (password == null ? "null" : "***") + ", embeddedDataDir=" + embeddedDataDir + "]";
    }

    private static boolean isEmbedded(String url) {
        return url == null || url.isBlank();
    }
}
