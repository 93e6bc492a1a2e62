package io.trader.fake.binance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts request weight and orders per IP in fixed windows exactly as declared, the way Binance does: past a limit
 * the answer is 429 with {@code Retry-After} (seconds to the window's end) and the IP enters a back-off; any request
 * during that back-off (after a short in-flight grace) earns a 418 ban ({@code banMillis}); a request during a ban gets 418 again. A scripted
 * 429 storm answers 429 to every request for a while. Records the peak weight accepted in any window and how
 * many requests arrived while the IP was told to wait. Thread-safe.
 */
final class FakeLimits {

    /** The verdict for one request: {@code status} 0 = go ahead. */
    record Verdict(int status, long retryAfterSeconds, FakeError error) {
        static final Verdict OK = new Verdict(0, 0, null);
    }

    private static final class Ip {
        final long[] windowStart;
        final long[] used;
        long backoffUntil;
        long bannedUntil;
        long lastThrottleAt = Long.MIN_VALUE / 2;

        Ip(int n) {
            windowStart = new long[n];
            used = new long[n];
        }
    }

    /**
     * Requests arriving this soon after a 429 were already on the wire when it was sent: they get 429 too, not a
     * ban (Binance bans clients that keep sending after being told; it cannot recall requests in flight).
     */
    static final long IN_FLIGHT_GRACE_MILLIS = 200;

    private final List<FakeLimit> limits;
    private final long banMillis;
    private final Map<String, Ip> ips = new HashMap<>();
    private long stormUntil;
    private long globalBanUntil;
    private long stormRetryAfterSeconds;
    private long peakWeight;
    private long requestsWhileWaiting;
    private long answered429;
    private long answered418;
    private long answered1015;

    FakeLimits(List<FakeLimit> limits, long banMillis) {
        this.limits = limits;
        this.banMillis = banMillis;
    }

    synchronized Verdict admit(String ip, int weight, int orders, long now) {
        Ip s = ips.computeIfAbsent(ip, k -> new Ip(limits.size()));
        if (now < globalBanUntil) {
            requestsWhileWaiting++;
            answered418++;
            return new Verdict(418, seconds(globalBanUntil - now), new FakeError(418, -1003,
                    "Way too many requests; IP banned until " + globalBanUntil + "."));
        }
        if (now < s.backoffUntil && now - s.lastThrottleAt <= IN_FLIGHT_GRACE_MILLIS && now >= s.bannedUntil) {
            answered429++;
            return new Verdict(429, seconds(s.backoffUntil - now), new FakeError(429, -1003,
                    "Too many requests; please use the websocket for live updates to avoid polling the API."));
        }
        if (now < s.bannedUntil || now < s.backoffUntil) {
            requestsWhileWaiting++;
            s.bannedUntil = Math.max(s.bannedUntil, now + banMillis);
            answered418++;
            return new Verdict(418, seconds(s.bannedUntil - now), new FakeError(418, -1003,
                    "Way too many requests; IP banned until " + s.bannedUntil + "."));
        }
        if (now < stormUntil) {
            s.backoffUntil = now + stormRetryAfterSeconds * 1000;
            s.lastThrottleAt = now;
            answered429++;
            return new Verdict(429, stormRetryAfterSeconds, new FakeError(429, -1003,
                    "Too many requests; please use the websocket for live updates to avoid polling the API."));
        }
        for (int i = 0; i < limits.size(); i++) {
            FakeLimit l = limits.get(i);
            roll(s, i, now);
            long ask = l.type().equals("ORDERS") ? orders : weight;
            if (ask > 0 && s.used[i] + ask > l.limit()) {
                long end = s.windowStart[i] + l.windowMillis();
                if (l.type().equals("ORDERS")) {
                    answered1015++;
                    return new Verdict(429, seconds(end - now), new FakeError(429, -1015,
                            "Too many new orders; current limit is " + l.limit() + " orders per " + l.intervalNum()
                                    + " " + l.interval() + "."));
                }
                s.backoffUntil = end;
                s.lastThrottleAt = now;
                answered429++;
                return new Verdict(429, seconds(end - now), new FakeError(429, -1003,
                        "Too much request weight used; current limit is " + l.limit() + " request weight per "
                                + l.intervalNum() + " " + l.interval() + "."));
            }
        }
        for (int i = 0; i < limits.size(); i++) {
            FakeLimit l = limits.get(i);
            s.used[i] += l.type().equals("ORDERS") ? orders : weight;
            if (l.type().equals("REQUEST_WEIGHT")) {
                peakWeight = Math.max(peakWeight, s.used[i]);
            }
        }
        return Verdict.OK;
    }

    /** The usage headers of an IP's answer. */
    synchronized Map<String, String> headers(String ip, long now) {
        Map<String, String> out = new HashMap<>();
        Ip s = ips.get(ip);
        if (s == null) {
            return out;
        }
        for (int i = 0; i < limits.size(); i++) {
            roll(s, i, now);
            out.put(limits.get(i).header(), Long.toString(s.used[i]));
        }
        return out;
    }

    synchronized void storm(long until, long retryAfterSeconds) {
        stormUntil = until;
        stormRetryAfterSeconds = retryAfterSeconds;
    }

    /** Bans every IP until {@code until} (418 to any request before then). */
    synchronized void banAll(long until) {
        globalBanUntil = until;
    }

    synchronized long peakWeight() {
        return peakWeight;
    }

    synchronized long requestsWhileWaiting() {
        return requestsWhileWaiting;
    }

    synchronized long answered429() {
        return answered429;
    }

    synchronized long answered1015() {
        return answered1015;
    }

    synchronized long answered418() {
        return answered418;
    }

    private void roll(Ip s, int i, long now) {
        long w = limits.get(i).windowMillis();
        long start = now - Math.floorMod(now, w);
        if (start > s.windowStart[i]) {
            s.windowStart[i] = start;
            s.used[i] = 0;
        }
    }

    private static long seconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }
}
