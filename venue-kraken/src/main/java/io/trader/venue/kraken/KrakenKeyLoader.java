package io.trader.venue.kraken;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import io.trader.venue.support.KeyFiles;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Loads the Kraken API key pair: from {@code KRAKEN_API_KEY} and {@code KRAKEN_API_SECRET}, else from the file
 * named by {@code KRAKEN_KEY_FILE} (or passed explicitly): first line the public key, second the base64 secret. The
 * file must lie outside every git working tree and be writable by its owner only (the Hyperliquid key rule).
 * Errors name the variable or the path, never a key; nothing is logged but the file path.
 */
public final class KrakenKeyLoader {

    public static final String KEY_ENV = "KRAKEN_API_KEY";
    public static final String SECRET_ENV = "KRAKEN_API_SECRET";
    public static final String FILE_ENV = "KRAKEN_KEY_FILE";

    private final Function<String, String> env;

    public KrakenKeyLoader(Function<String, String> env) {
        this.env = env;
    }

    public static KrakenKeyLoader fromSystem() {
        return new KrakenKeyLoader(System::getenv);
    }

    /** True when a key pair is configured (nothing is read from files). */
    public boolean available() {
        return (!blank(env.apply(KEY_ENV)) && !blank(env.apply(SECRET_ENV))) || !blank(env.apply(FILE_ENV));
    }

    /** The signer of the configured key pair; {@code keyFile} (may be null) wins over the environment. */
    public KrakenSigner load(Path keyFile) {
        if (keyFile != null) {
            return fromFile(keyFile);
        }
        String key = env.apply(KEY_ENV);
        String secret = env.apply(SECRET_ENV);
        if (!blank(key) && !blank(secret)) {
            char[] s = secret.trim().toCharArray();
            try {
                return new KrakenSigner(key.trim(), s);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(KEY_ENV + "/" + SECRET_ENV + " do not hold a valid key pair: "
                        + e.getMessage());
            } finally {
                Arrays.fill(s, '\0');
            }
        }
        String file = env.apply(FILE_ENV);
        if (!blank(file)) {
            return fromFile(Path.of(file.trim()));
        }
        throw new IllegalStateException("no Kraken key: set " + KEY_ENV + " and " + SECRET_ENV + ", or " + FILE_ENV);
    }

    private static KrakenSigner fromFile(Path file) {
        Path real = KeyFiles.checked(file);
        char[] secret = null;
        try {
            List<String> lines = Files.readAllLines(real, StandardCharsets.US_ASCII).stream()
                    .map(String::trim).filter(l -> !l.isEmpty()).toList();
            if (lines.size() != 2) {
                throw new IllegalStateException("key file " + real + " must hold two lines: key, then secret");
            }
            secret = lines.get(1).toCharArray();
            return new KrakenSigner(lines.get(0), secret);
        } catch (IOException e) {
            throw new IllegalStateException("key file " + real + " cannot be read: " + e.getClass().getSimpleName());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("key file " + real + " does not hold a valid key pair: " + e.getMessage());
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
