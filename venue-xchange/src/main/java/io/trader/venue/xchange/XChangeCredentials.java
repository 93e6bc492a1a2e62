package io.trader.venue.xchange;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * API keys of one venue. Read from the environment ({@code <PREFIX>_API_KEY}, {@code _API_SECRET},
 * {@code _API_PASSPHRASE}) or from a properties file outside the repository ({@code apiKey}, {@code secret},
 * {@code passphrase}). {@link #toString()} never shows them.
 */
public record XChangeCredentials(String apiKey, String secret, String passphrase) {

    public XChangeCredentials {
        if (apiKey == null || apiKey.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("an API key and secret are required");
        }
        passphrase = passphrase == null || passphrase.isBlank() ? null : passphrase;
    }

    /** Keys from {@code env} for {@code profile}, when its key and secret are set. */
    public static Optional<XChangeCredentials> fromEnv(VenueProfile profile, Map<String, String> env) {
        String key = env.get(profile.envPrefix() + "_API_KEY");
        String secret = env.get(profile.envPrefix() + "_API_SECRET");
        if (key == null || key.isBlank() || secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new XChangeCredentials(key, secret, env.get(profile.envPrefix() + "_API_PASSPHRASE")));
    }

    /**
     * Keys from a properties file, which must lie outside {@code repoRoot} (secrets never live in the checkout).
     *
     * @throws IllegalArgumentException when the file is inside the repository or lacks a key or secret
     */
    public static XChangeCredentials fromFile(Path file, Path repoRoot) throws IOException {
        Path f = file.toAbsolutePath().normalize();
        if (repoRoot != null && f.startsWith(repoRoot.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("the key file must lie outside the repository: " + f);
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f)) {
            p.load(r);
        }
        return new XChangeCredentials(p.getProperty("apiKey"), p.getProperty("secret"), p.getProperty("passphrase"));
    }

    @Override
    public String toString() {
        return "XChangeCredentials[apiKey=***, secret=***, passphrase=" + (passphrase == null ? "none" : "***") + "]";
    }
}
