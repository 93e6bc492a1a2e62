package io.trader.signals.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a signal costs, measured and printed (not asserted): the policy decision that emits (on the engine thread)
 * and the signature (on the delivery thread). The below-threshold path, two comparisons in the app's listener, is
 * not worth timing.
 */
class SignalCostTest {

    @Test
    void measureDecideAndSign() {
        SignalSigner signer = new SignalSigner(KeyRing.parse(SignalSignerTest.K1));
        SignalInputs in = Fixtures.inputs(Fixtures.BTC, Fixtures.T0, 0.9, 0);
        Map<String, Object> tree = Fixtures.emitted(new SignalPolicy(SignalConfig.defaults()), in, List.of()).tree();
        int n = 4_000;
        long sink = 0;
        long decide = 0;
        long sign = 0;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += new SignalPolicy(SignalConfig.defaults()).decide(in, List.of()).kind().ordinal();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += signer.sign(tree).size();
            }
            decide = t1 - t0;
            sign = System.nanoTime() - t1;
        }
        System.out.printf("signals: decide (emitting) %.1f us, sign %.1f us%n", decide / 1e3 / n, sign / 1e3 / n);
        assertEquals(2L * n * 19, sink); // EMITTED is ordinal 0; 17 payload fields + key_id + signature
    }
}
