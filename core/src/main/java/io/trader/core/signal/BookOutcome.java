package io.trader.core.signal;

/**
 * How one portfolio step was sized.
 *
 * @param method   the sizing method
 * @param fallback true when the method failed and the previous targets were kept
 * @param state    the optimiser's state (e.g. {@code OPTIMAL}, {@code INFEASIBLE}) or {@code ""}
 * @param reason   why it fell back, in words ({@code ""} when it did not)
 */
public record BookOutcome(String method, boolean fallback, String state, String reason) {

    public static BookOutcome ok(String method, String state) {
        return new BookOutcome(method, false, state, "");
    }

    public static BookOutcome fellBack(String method, String state, String reason) {
        return new BookOutcome(method, true, state, reason);
    }
}
