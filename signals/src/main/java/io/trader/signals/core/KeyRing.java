package io.trader.signals.core;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The HMAC keys of the signals, by key id: every key verifies, the first one signs, so a key is rotated by
 * putting the new one first and dropping the old one once its signals no longer need checking. Secrets are
 * never shown: {@link #toString()} names the ids only, and parse errors name the entry, not its secret.
 */
public final class KeyRing {

    /** Shortest accepted secret: 32 bytes, the HMAC-SHA256 block's half and the usual floor. */
    public static final int MIN_KEY_BYTES = 32;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final Map<String, byte[]> keys;
    private final String signingId;

    private KeyRing(Map<String, byte[]> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no signal keys: give at least one ID=BASE64 entry");
        }
        this.keys = Collections.unmodifiableMap(keys);
        this.signingId = keys.keySet().iterator().next();
    }

    /**
     * Parses {@code id=base64secret} entries separated by commas or line breaks (blank lines and lines starting
     * with {@code #} are skipped); the first entry signs.
     */
    public static KeyRing parse(String spec) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        int n = 0;
        for (String raw : spec.split("[,\\n\\r]+")) {
            String e = raw.strip();
            if (e.isEmpty() || e.startsWith("#")) {
                continue;
            }
            n++;
            int eq = e.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("signal key entry " + n + " is not ID=BASE64");
            }
            String id = e.substring(0, eq).strip();
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("signal key entry " + n + ": the id must be 1-64 letters, digits, "
                        + "_ . -");
            }
            byte[] secret;
            try {
                secret = Base64.getDecoder().decode(e.substring(eq + 1).strip());
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException("signal key '" + id + "' is not base64");
            }
            if (secret.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("signal key '" + id + "' has " + secret.length + " bytes; at least "
                        + MIN_KEY_BYTES + " are needed");
            }
            if (keys.put(id, secret) != null) {
                throw new IllegalArgumentException("signal key id '" + id + "' is given twice");
            }
        }
        return new KeyRing(keys);
    }

    /** The id of the key that signs. */
    public String signingId() {
        return signingId;
    }

    /** All ids that verify. */
    public Set<String> ids() {
        return keys.keySet();
    }

    /** The secret of {@code id}, or null when the ring has no such key (a copy). */
    byte[] secret(String id) {
        byte[] k = keys.get(id);
        return k == null ? null : k.clone();
    }

    @Override
    public String toString() {
        return "KeyRing[signing=" + signingId + ", ids=" + keys.keySet() + "]";
    }
}
