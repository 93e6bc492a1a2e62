package io.trader.venue.binance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import io.trader.venue.support.KeyFiles;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Where the Binance API key and secret come from, and nowhere else: the environment ({@value #KEY_ENV} and
 * {@value #SECRET_ENV}) or a key file outside any git working tree (a path given explicitly or in
 * {@value #FILE_ENV}) holding two non-blank lines, the API key then the secret. A file inside a repository or
 * writable by others is refused. Neither the secret nor the key is ever part of a message or log line.
 */
public final class BinanceKeyLoader {

    public static final String KEY_ENV = "BINANCE_API_KEY";
    public static final String SECRET_ENV = "BINANCE_API_SECRET";
    public static final String FILE_ENV = "BINANCE_KEY_FILE";

    private final UnaryOperator<String> env;

    /** @param env reads an environment variable ({@code System::getenv} in production) */
    public BinanceKeyLoader(UnaryOperator<String> env) {
        if (env == null) {
            throw new IllegalArgumentException("env is required");
        }
        this.env = env;
    }

    public static BinanceKeyLoader fromEnvironment() {
        return new BinanceKeyLoader(System::getenv);
    }

    /** True when a key is configured (nothing is read from files). */
    public boolean available() {
        return !blank(env.apply(KEY_ENV)) && !blank(env.apply(SECRET_ENV)) || !blank(env.apply(FILE_ENV));
    }

    /**
     * The signer.
     *
     * @param keyFile an explicit key file, or {@code null} to use the environment
     * @throws IllegalStateException when nothing is configured or the file is refused (never naming the secret)
     */
    public BinanceSigner load(Path keyFile) {
        if (keyFile != null) {
            return fromFile(keyFile);
        }
        String key = env.apply(KEY_ENV);
        String secret = env.apply(SECRET_ENV);
        if (!blank(key) && !blank(secret)) {
            char[] s = secret.trim().toCharArray();
            try {
                return new BinanceSigner(key.trim(), s);
            } finally {
                Arrays.fill(s, '\0');
            }
        }
        String file = env.apply(FILE_ENV);
        if (!blank(file)) {
            return fromFile(Path.of(file.trim()));
        }
        throw new IllegalStateException("no Binance key: set " + KEY_ENV + " and " + SECRET_ENV + ", or " + FILE_ENV);
    }

    private static BinanceSigner fromFile(Path file) {
        Path real = KeyFiles.checked(file);
        byte[] raw = null;
        char[] secret = null;
        try {
            raw = Files.readAllBytes(real);
            String[] lines = new String(raw, StandardCharsets.US_ASCII).strip().split("\\R+");
            if (lines.length != 2 || lines[0].isBlank() || lines[1].isBlank()) {
                throw new IllegalStateException("key file " + real + " must hold two lines: API key, then secret");
            }
            secret = lines[1].strip().toCharArray();
            return new BinanceSigner(lines[0].strip(), secret);
        } catch (IOException e) {
            throw new IllegalStateException("key file " + real + " cannot be read: " + e.getClass().getSimpleName());
        } finally {
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
