package io.trader.layer1.core.sweep;

/** One configuration of the long-only SMA crossover: SMA(fast) of the close against SMA(slow). */
public record SmaCrossConfig(int fast, int slow) {

    public SmaCrossConfig {
        if (fast < 1 || slow <= fast) {
            throw new IllegalArgumentException("need 1 <= fast < slow, got fast=" + fast + " slow=" + slow);
        }
    }

    @Override
    public String toString() {
        return fast + "/" + slow;
    }
}
