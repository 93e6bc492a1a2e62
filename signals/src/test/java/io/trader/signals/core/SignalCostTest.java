package io.trader.signals.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a signal costs the engine thread, measured and printed (not asserted): a policy decision that emits plus the
 * signature (the below-threshold path, two comparisons in the app's listener, is not worth timing).
 */
class SignalCostTest {

    @Test
    void measureDecideAndSign() {
        SignalSigner signer = new SignalSigner(KeyRing.parse(SignalSignerTest.K1));
        SignalInputs in = Fixtures.inputs(Fixtures.BTC, Fixtures.T0, 0.9, 0);
        int n = 10_000;
        long sink = 0;
        long t0 = 0;
        for (int i = 0; i < 2 * n; i++) {
            if (i == n) {
                t0 = System.nanoTime(); // the first half warms the JIT up
            }
            Outcome o = new SignalPolicy(SignalConfig.defaults()).decide(in, List.of());
            sink += signer.sign(((Outcome.Emitted) o).signal().tree()).size();
        }
        double us = (System.nanoTime() - t0) / 1e3 / n;
        System.out.printf("signals: decide + sign one emitted signal: %.1f us%n", us);
        assertEquals(2L * n * 19, sink); // 17 payload fields + key_id + signature
    }
}
