package io.trader.fake.hyperliquid;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The venue's nonce rule per signer: a nonce is fresh when it lies within (now - 2 days, now + 1 day), was never
 * used, and exceeds the smallest of the signer's 100 highest nonces (or, strict, the highest). Not thread-safe.
 */
final class NonceGuard {

    static final long BEHIND_MILLIS = 2 * 86_400_000L;
    static final long AHEAD_MILLIS = 86_400_000L;
    private static final int KEPT = 100;

    private final boolean strict;
    private final Map<String, TreeSet<Long>> bySigner = new HashMap<>();

    NonceGuard(boolean strict) {
        this.strict = strict;
    }

    /** Records the nonce when fresh; else the venue-style error text. */
    String check(String signer, long nonce, long now) {
        if (nonce <= now - BEHIND_MILLIS || nonce >= now + AHEAD_MILLIS) {
            return "Invalid nonce: the nonce " + nonce + " is outside the allowed time window";
        }
        TreeSet<Long> used = bySigner.computeIfAbsent(signer, k -> new TreeSet<>());
        if (used.contains(nonce)) {
            return "Invalid nonce: duplicate nonce";
        }
        if (!used.isEmpty() && (strict ? nonce < used.last() : used.size() >= KEPT && nonce < used.first())) {
            return "Invalid nonce: the nonce is lower than the next valid nonce";
        }
        used.add(nonce);
        if (used.size() > KEPT) {
            used.pollFirst();
        }
        return null;
    }

    /** The highest nonce used by {@code signer}, or 0. */
    long highest(String signer) {
        TreeSet<Long> used = bySigner.get(signer);
        return used == null || used.isEmpty() ? 0 : used.last();
    }
}
