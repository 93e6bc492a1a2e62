package io.trader.fake.spot;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fault controls and request counters a fake venue server offers its tests, whatever protocol it speaks: order
 * posts answered 5xx after or before they were applied, or dropped after; the next requests rate-limited; a
 * per-second private request limit; counts of requests by method and path, of rate-limit answers and of refused
 * signatures. Thread-safe.
 */
public final class FakeFaults {

    private final AtomicInteger failPostsAfterApply = new AtomicInteger();
    private final AtomicInteger failPostsBeforeApply = new AtomicInteger();
    private final AtomicInteger dropPostsAfterApply = new AtomicInteger();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final AtomicLong tooManyAnswered = new AtomicLong();
    private final AtomicLong authRefused = new AtomicLong();
    private final Map<String, AtomicLong> hits = new ConcurrentHashMap<>();
    private final Deque<Long> window = new ArrayDeque<>();
    private volatile int privateLimitPerSecond;

    /** The next {@code n} order posts are placed but answered with a 5xx. */
    public void failOrderPostsAfterApply(int n) {
        failPostsAfterApply.set(n);
    }

    /** The next {@code n} order posts are answered with a 5xx and not placed. */
    public void failOrderPostsBeforeApply(int n) {
        failPostsBeforeApply.set(n);
    }

    /** The next {@code n} order posts are placed, then the connection is closed without an answer. */
    public void dropOrderPostsAfterApply(int n) {
        dropPostsAfterApply.set(n);
    }

    /** The next {@code n} private requests are answered with the venue's rate-limit error and not applied. */
    public void rateLimitNext(int n) {
        rateLimited.set(n);
    }

    /** Rate-limits private requests beyond {@code perSecond} in any one-second window (0: no limit). */
    public void limitPrivateRequestsPerSecond(int perSecond) {
        privateLimitPerSecond = perSecond;
    }

    /** Whether this order post fails before it is applied (uses up one of {@link #failOrderPostsBeforeApply}). */
    public boolean takeFailBeforeApply() {
        return take(failPostsBeforeApply);
    }

    /** Whether this applied order post is answered with a 5xx (uses up one of {@link #failOrderPostsAfterApply}). */
    public boolean takeFailAfterApply() {
        return take(failPostsAfterApply);
    }

    /** Whether this applied order post goes unanswered (uses up one of {@link #dropOrderPostsAfterApply}). */
    public boolean takeDropAfterApply() {
        return take(dropPostsAfterApply);
    }

    /** Whether this private request is rate-limited (over the per-second limit, or one of {@link #rateLimitNext}). */
    public boolean throttle() {
        if (overLimit() || take(rateLimited)) {
            tooManyAnswered.incrementAndGet();
            return true;
        }
        return false;
    }

    /** Counts a request of {@code "METHOD /path"}. */
    public void hit(String methodAndPath) {
        hits.computeIfAbsent(methodAndPath, k -> new AtomicLong()).incrementAndGet();
    }

    /** Requests seen for {@code "METHOD /path"} (without the query). */
    public long hits(String methodAndPath) {
        AtomicLong n = hits.get(methodAndPath);
        return n == null ? 0 : n.get();
    }

    /** Counts a request refused for its signature or key. */
    public void refusedAuth() {
        authRefused.incrementAndGet();
    }

    public long authRefused() {
        return authRefused.get();
    }

    public long tooManyRequestsAnswered() {
        return tooManyAnswered.get();
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    private synchronized boolean overLimit() {
        int limit = privateLimitPerSecond;
        if (limit <= 0) {
            return false;
        }
        long now = System.nanoTime();
        while (!window.isEmpty() && now - window.peekFirst() >= TimeUnit.SECONDS.toNanos(1)) {
            window.pollFirst();
        }
        if (window.size() >= limit) {
            return true;
        }
        window.addLast(now);
        return false;
    }
}
