package io.trader.venue.hyperliquid;

import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.trader.venue.hyperliquid.exec.Network;
import io.trader.venue.hyperliquid.exec.NonceSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import io.trader.venue.support.KeyFiles;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Where the signing key comes from, and nowhere else: an environment variable ({@value #TESTNET_ENV} on testnet,
 * falling back to {@value #MAINNET_ENV}; only {@value #MAINNET_ENV} on mainnet) or a key file outside any
 * repository (a path given explicitly or in {@value #FILE_ENV}). The file holds 64 hex digits, optionally
 * {@code 0x}-prefixed and followed by a newline; it must not sit inside a git working tree nor be writable by
 * others. The key is never logged and never part of an error message; buffers holding it are wiped.
 */
public final class HyperliquidKeyLoader {

    public static final String MAINNET_ENV = "HL_PRIVATE_KEY";
    public static final String TESTNET_ENV = "HL_TESTNET_KEY";
    public static final String FILE_ENV = "HL_PRIVATE_KEY_FILE";

    private final UnaryOperator<String> env;

    /** @param env reads an environment variable ({@code System::getenv} in production) */
    public HyperliquidKeyLoader(UnaryOperator<String> env) {
        if (env == null) {
            throw new IllegalArgumentException("env is required");
        }
        this.env = env;
    }

    /** A loader over the process environment. */
    public static HyperliquidKeyLoader fromEnvironment() {
        return new HyperliquidKeyLoader(System::getenv);
    }

    /**
     * The signer for {@code network}.
     *
     * @param keyFile an explicit key file, or {@code null} to use the environment
     * @param vault   vault or sub-account traded for, or {@code null}
     * @throws IllegalStateException when no key is configured or the file is refused (the message names the
     *                               variable or path, never the key)
     */
    public HyperliquidSigner load(Network network, Path keyFile, String vault, NonceSource nonces) {
        if (keyFile != null) {
            return fromFile(keyFile, network, vault, nonces);
        }
        String name = network == Network.MAINNET ? MAINNET_ENV : TESTNET_ENV;
        String value = env.apply(name);
        if (isBlank(value) && network == Network.TESTNET) {
            name = MAINNET_ENV;
            value = env.apply(name);
        }
        if (!isBlank(value)) {
            char[] key = value.trim().toCharArray();
            try {
                return HyperliquidSigner.fromHex(key, network, vault, nonces);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + " does not hold a valid private key: " + e.getMessage());
            } finally {
                Arrays.fill(key, '\0');
            }
        }
        String file = env.apply(FILE_ENV);
        if (!isBlank(file)) {
            return fromFile(Path.of(file.trim()), network, vault, nonces);
        }
        throw new IllegalStateException("no Hyperliquid key: set " + (network == Network.MAINNET ? MAINNET_ENV
                : TESTNET_ENV + " (or " + MAINNET_ENV + ")") + " or " + FILE_ENV);
    }

    /** True when a key is configured for {@code network} (nothing is read from files). */
    public boolean available(Network network) {
        return !isBlank(env.apply(network == Network.MAINNET ? MAINNET_ENV : TESTNET_ENV))
                || (network == Network.TESTNET && !isBlank(env.apply(MAINNET_ENV))) || !isBlank(env.apply(FILE_ENV));
    }

    private static HyperliquidSigner fromFile(Path file, Network network, String vault, NonceSource nonces) {
        Path real = KeyFiles.checked(file);
        byte[] raw = null;
        char[] key = null;
        try {
            raw = Files.readAllBytes(real);
            CharBuffer chars = StandardCharsets.US_ASCII.decode(ByteBuffer.wrap(raw));
            key = trim(chars);
            if (chars.hasArray()) {
                Arrays.fill(chars.array(), (char) 0);
            }
            return HyperliquidSigner.fromHex(key, network, vault, nonces);
        } catch (IOException e) {
            throw new IllegalStateException("key file " + real + " cannot be read: " + e.getClass().getSimpleName());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("key file " + real + " does not hold a valid private key: "
                    + e.getMessage());
        } finally {
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
            if (key != null) {
                Arrays.fill(key, '\0');
            }
        }
    }

    private static char[] trim(CharBuffer chars) {
        int start = 0;
        int end = chars.limit();
        while (start < end && Character.isWhitespace(chars.get(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars.get(end - 1))) {
            end--;
        }
        char[] out = new char[end - start];
        for (int i = 0; i < out.length; i++) {
            out[i] = chars.get(start + i);
        }
        return out;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
