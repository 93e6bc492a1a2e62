package io.trader.layer2.core.drift;

/**
 * A drift finding and what was done about it.
 *
 * @param time    bar time (epoch ms) at which it was detected
 * @param subject the alpha id, {@code ensemble}, or a feature name
 * @param detector {@code page-hinkley}, {@code adwin}, {@code psi}, {@code ks}
 * @param action  what the ensemble does
 * @param reason  a sentence with the numbers (e.g. "mean loss rose from 0.69 to 0.74 over 120 bars")
 */
public record DriftEvent(long time, String subject, String detector, Action action, String reason) {

    /** What the ensemble does about a finding. */
    public enum Action { DOWN_WEIGHT, SUSPEND, RESTORE, RETRAIN, WARN }
}
