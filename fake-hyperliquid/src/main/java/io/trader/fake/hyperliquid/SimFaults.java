package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The faults of a {@link SimulatedExchange} in force: rejections, partial fills (kept by the matcher), stream drops
 * on accept and lost answers after apply. Not thread-safe: the simulation's lock guards it.
 */
final class SimFaults {

    private final SimMatcher matcher;
    private final Deque<String> rejections = new ArrayDeque<>();
    private int dropOnAccept;
    private int lose;
    private int loseStatus;
    /** Lost answers: 0 answers with {@code loseStatus}, else the hold (ms, or ExchangeResponse.NO_ANSWER). */
    private long loseHold;
    private long lost;

    SimFaults(SimMatcher matcher) {
        this.matcher = matcher;
    }

    void reject(int n, String venueError) {
        if (n < 0 || venueError == null || venueError.isBlank()) {
            throw new IllegalArgumentException("need n >= 0 and a venue error text");
        }
        for (int i = 0; i < n; i++) {
            rejections.add(venueError);
        }
    }

    /** The venue error of an injected rejection for the next order, or {@code null}. */
    String takeRejection() {
        return rejections.poll();
    }

    void partial(int n, BigDecimal fraction) {
        if (n < 0 || fraction == null || fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("need n >= 0 and a fraction in 0..1");
        }
        matcher.partialRemaining = n;
        matcher.partialFraction = fraction;
    }

    void dropOnAccept(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0");
        }
        dropOnAccept = n;
    }

    boolean takeDropOnAccept() {
        if (dropOnAccept > 0) {
            dropOnAccept--;
            return true;
        }
        return false;
    }

    /** The next {@code n} order actions lose their answer: HTTP {@code status} when {@code hold} is 0, else held. */
    void lose(int n, int status, long hold) {
        if (n < 0 || (hold == 0 && (status < 400 || status > 599)) || hold < ExchangeResponse.NO_ANSWER) {
            throw new IllegalArgumentException("need n >= 0 and an error status 400..599 or a hold");
        }
        lose = n;
        loseStatus = status;
        loseHold = hold;
    }

    /** The answer to send for an applied action whose real answer is {@code ok}. */
    ExchangeResponse afterApply(ExchangeResponse ok, boolean orderAction) {
        if (lose <= 0 || !orderAction) {
            return ok;
        }
        lose--;
        lost++;
        return loseHold != 0 ? ok.held(loseHold)
                : new ExchangeResponse(loseStatus, "{\"code\":" + loseStatus + ",\"msg\":\"injected after apply\"}");
    }

    void clear() {
        rejections.clear();
        matcher.partialRemaining = 0;
        dropOnAccept = 0;
        lose = 0;
        loseHold = 0;
    }

    ObjectNode json() {
        ObjectNode j = SimulatedAccount.JSON.objectNode();
        j.putObject("reject").put("remaining", rejections.size()).put("error", rejections.peek());
        j.putObject("partialFill").put("remaining", matcher.partialRemaining)
                .put("fraction", matcher.partialRemaining > 0 ? matcher.partialFraction.toPlainString() : null);
        j.putObject("dropOnAccept").put("remaining", dropOnAccept);
        j.putObject("lostAnswer").put("remaining", lose)
                .put("mode", loseHold == 0 ? "error" : loseHold > 0 ? "late" : "no-answer")
                .put("status", loseHold == 0 && lose > 0 ? loseStatus : 0)
                .put("delayMs", Math.max(0, loseHold)).put("lost", lost);
        return j;
    }
}
