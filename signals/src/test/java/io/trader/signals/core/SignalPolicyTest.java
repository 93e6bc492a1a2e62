package io.trader.signals.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.trader.signals.core.Fixtures.BTC;
import static io.trader.signals.core.Fixtures.ETH;
import static io.trader.signals.core.Fixtures.HOUR;
import static io.trader.signals.core.Fixtures.T0;
import static io.trader.signals.core.Fixtures.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policy's rules and the signal's numbers on hand-built forecasts. */
class SignalPolicyTest {

    private static Outcome.Kind kind(SignalPolicy p, SignalInputs in, List<Signal> open) {
        return p.decide(in, open).kind();
    }

    @Test
    void aConfidentLongHasTheAtrStopRMultipleTargetsAndVolatilitySizing() {
        Signal s = Fixtures.emitted(new SignalPolicy(SignalConfig.defaults()), inputs(BTC, T0, 0.86, 0), List.of());
        Map<String, Object> t = s.tree();
        assertEquals("long", t.get("side"));
        assertEquals("2025-12-04T08:00:00Z", t.get("timestamp"));
        assertEquals("60000.00", t.get("entry"));
        assertEquals("59000.00", t.get("stop_loss")); // 60000 - 2 x ATR 500
        assertEquals(List.of("61000.00", "62000.00", "63000.00"), t.get("take_profits"));
        // annualised vol 0.01 x sqrt(8760) = 0.9359; 0.60 / 0.9359 = 0.641
        assertEquals("0.64", t.get("leverage"));
        // 1% risk / (1000 / 60000) = 60% of equity, under the leverage cap of 64.1%
        assertEquals("60.00", t.get("size_pct_equity"));
        assertEquals("0.8600", t.get("confidence"));
        assertEquals(List.of("momentum", "breakout", "mean_rev"),
                s.topAlphas().stream().map(Signal.Contribution::alpha).toList());
    }

    @Test
    void aConfidentShortUsesOneMinusPAndMirrorsTheLevels() {
        Signal s = Fixtures.emitted(new SignalPolicy(SignalConfig.defaults()), inputs(BTC, T0, 0.10, 0), List.of());
        assertEquals(Side.SHORT, s.side());
        assertEquals(0.90, s.confidence(), 1e-12);
        assertEquals(new BigDecimal("61000.00"), s.stopLoss());
        assertEquals(List.of(new BigDecimal("59000.00"), new BigDecimal("58000.00"), new BigDecimal("57000.00")),
                s.takeProfits());
        assertEquals(List.of("carry"), s.topAlphas().stream().map(Signal.Contribution::alpha).toList());
    }

    @Test
    void leverageIsClampedAndSizeCappedByIt() {
        SignalConfig c = new SignalConfig(0.8, HOUR, 5, 1000, 5.0, 2.0, List.of(1.0), 0.5, 0.60, 24 * HOUR);
        Signal s = Fixtures.emitted(new SignalPolicy(c), inputs(BTC, T0, 0.9, 0), List.of());
        assertEquals(0.5, s.leverage(), 1e-12);
        assertEquals(50.0, s.sizePctEquity(), 1e-9); // 5% / 1.667% = 300%, capped at 0.5x
    }

    @Test
    void withoutCalibrationWarmthOrConfidenceNothingIsEmitted() {
        SignalPolicy p = new SignalPolicy(SignalConfig.defaults());
        assertEquals(Outcome.Kind.NO_CALIBRATION, kind(p, inputs(BTC, T0, Double.NaN, 0), List.of()));
        assertEquals(Outcome.Kind.BELOW_THRESHOLD, kind(p, inputs(BTC, T0, 0.79, 0), List.of()));
        assertEquals(Outcome.Kind.BELOW_THRESHOLD, kind(p, inputs(BTC, T0, 0.21, 0), List.of()));
        SignalInputs cold = new SignalInputs(BTC, T0, HOUR, 6_000_000, Double.NaN, 0.01, 0.95, 0, List.of(),
                List.of(), List.of(), "e", BacktestStats.none("x"));
        assertEquals(Outcome.Kind.NOT_WARM, kind(p, cold, List.of()));
        Outcome.Skipped below = (Outcome.Skipped) p.decide(inputs(BTC, T0, 0.5, 0), List.of());
        assertEquals("confidence 0.5000 below 0.8000", below.reason());
    }

    @Test
    void thePairCoolsDownAfterASignal() {
        SignalPolicy p = new SignalPolicy(SignalConfig.defaults());
        Fixtures.emitted(p, inputs(BTC, T0, 0.9, 0), List.of());
        assertEquals(Outcome.Kind.COOLDOWN, kind(p, inputs(BTC, T0 + HOUR - 1, 0.9, 0), List.of()));
        assertEquals(Outcome.Kind.COOLDOWN, kind(p, inputs(BTC, T0 + HOUR / 2, 0.05, 0), List.of()));
        assertEquals(Outcome.Kind.EMITTED, kind(p, inputs(ETH, T0 + 1, 0.9, 0), List.of()));
        assertEquals(Outcome.Kind.EMITTED, kind(p, inputs(BTC, T0 + HOUR, 0.9, 0), List.of()));
    }

    @Test
    void noDuplicateOfAnOpenSignalOrAPositionOnTheSameSide() {
        SignalPolicy first = new SignalPolicy(SignalConfig.defaults());
        Signal open = Fixtures.emitted(first, inputs(BTC, T0, 0.9, 0), List.of());
        SignalPolicy p = new SignalPolicy(SignalConfig.defaults());
        assertEquals(Outcome.Kind.DUPLICATE, kind(p, inputs(BTC, T0 + 2 * HOUR, 0.9, 0), List.of(open)));
        assertEquals(Outcome.Kind.EMITTED, kind(p, inputs(BTC, T0 + 2 * HOUR, 0.1, 0), List.of(open)));
        assertEquals(Outcome.Kind.DUPLICATE, kind(p, inputs(ETH, T0, 0.9, 12), List.of()));
        assertEquals(Outcome.Kind.EMITTED, kind(p, inputs(ETH, T0, 0.1, 12), List.of()));
    }

    @Test
    void exposureLimitsCountAndTotalSize() {
        Signal eth = Fixtures.emitted(new SignalPolicy(SignalConfig.defaults()), inputs(ETH, T0, 0.9, 0), List.of());
        SignalConfig one = new SignalConfig(0.8, HOUR, 1, 1000, 1.0, 2.0, List.of(1.0, 2.0), 3, 0.6, 24 * HOUR);
        assertEquals(Outcome.Kind.EXPOSURE_LIMIT, kind(new SignalPolicy(one), inputs(BTC, T0, 0.9, 0), List.of(eth)));
        SignalConfig total = new SignalConfig(0.8, HOUR, 5, 100, 1.0, 2.0, List.of(1.0, 2.0), 3, 0.6, 24 * HOUR);
        Outcome o = new SignalPolicy(total).decide(inputs(BTC, T0, 0.9, 0), List.of(eth));
        assertEquals(Outcome.Kind.EXPOSURE_LIMIT, o.kind());
        assertTrue(((Outcome.Skipped) o).reason().contains("60.00% of equity"), o.toString());
        SignalConfig roomy = new SignalConfig(0.8, HOUR, 5, 120, 1.0, 2.0, List.of(1.0, 2.0), 3, 0.6, 24 * HOUR);
        assertEquals(Outcome.Kind.EMITTED, kind(new SignalPolicy(roomy), inputs(BTC, T0, 0.9, 0), List.of(eth)));
    }
}
