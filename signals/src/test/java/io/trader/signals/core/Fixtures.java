package io.trader.signals.core;

import io.trader.core.domain.InstrumentSpec;

import java.util.List;

/** Hand-built inputs: BTCUSDT with 2 price decimals, 1 h bars, ATR 500.00, 1% volatility per bar. */
final class Fixtures {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 5);
    static final InstrumentSpec ETH = new InstrumentSpec("ETHUSDT", 2, 4);
    static final long HOUR = 3_600_000L;
    static final long T0 = 1_764_835_200_000L; // 2025-12-04T08:00:00Z

    private Fixtures() {
    }

    static SignalInputs inputs(InstrumentSpec spec, long time, double p, long positionLots) {
        return new SignalInputs(spec, time, HOUR, 6_000_000, 500.0, 0.01, p, positionLots,
                List.of(new Signal.Contribution("momentum", 0.30), new Signal.Contribution("carry", -0.10),
                        new Signal.Contribution("breakout", 0.12), new Signal.Contribution("mean_rev", 0.05),
                        new Signal.Contribution("flow", 0.01)),
                List.of(new Signal.FeatureValue("RSI_14", 61.25), new Signal.FeatureValue("ATR_14", 500.0)),
                List.of("momentum:v3", "carry:walk-forward"), "ensemble:test", BacktestStats.none("no registry"));
    }

    static Signal emitted(SignalPolicy policy, SignalInputs in, List<Signal> open) {
        Outcome o = policy.decide(in, open);
        if (!(o instanceof Outcome.Emitted e)) {
            throw new AssertionError("expected a signal, got " + o);
        }
        return e.signal();
    }
}
