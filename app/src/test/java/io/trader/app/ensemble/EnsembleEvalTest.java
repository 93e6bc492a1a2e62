package io.trader.app.ensemble;

import io.trader.core.market.Bar;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Ensemble;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.port.MarketContextSource;
import io.trader.core.testing.SharedData;
import io.trader.layer0.service.CandleFileReader;
import io.trader.layer1.core.label.BarrierUnit;
import io.trader.layer1.core.label.LabelSpec;
import io.trader.layer1.core.label.LabelVariant;
import io.trader.layer1.core.zoo.Retraining;
import io.trader.layer1.train.ZooLearners;
import io.trader.layer2.core.EnsembleConfig;
import io.trader.layer3.core.KellySizer;
import io.trader.layer3.core.SizingConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The harness on 3,000 real BTC 1h bars with the rule alphas and two trained ones: its figures against a
 * direct recomputation, every candidate on the same tape, and no forecast at t depending on bars after t.
 */
class EnsembleEvalTest {

    static final String BTC = "ohlcv_1h/btcusdt-1h-binance-spot-20200920-20250919.csv.gz";
    static final int BARS = 3_000;
    static final int H = 4;
    static final double COST = 5.0;
    static final double EQUITY = 100_000;
    static final EnsembleConfig EC = new EnsembleConfig(H, 500, 100, 0.1);
    static final SizingConfig SIZING = new SizingConfig(0.25, 1.0, 50_000 * io.trader.core.domain.Money.ONE, 1e-4,
            0.05, 11, H);
    static final LabelSpec LABELS = new LabelSpec(LabelVariant.BINARY, 4 * LabelSpec.HOUR_MS, 0, BarrierUnit.ATR, 14,
            1.5, 1.5, 0);
    static final Retraining RETRAIN = new Retraining(250, 300, 2_000, 7L);

    static List<Bar> bars;
    static List<String> ids;
    static Tape tape;

    @BeforeAll
    static void record() throws Exception {
        bars = new CandleFileReader().read(SharedData.file(BTC)).bars().subList(0, BARS);
        ids = new ArrayList<>(TapeRecorder.ruleIds(FeatureConfig.DEFAULT));
        ids.addAll(List.of("trend-logit", "ta-composite"));
        tape = record(bars);
    }

    static Tape record(List<Bar> input) throws Exception {
        ExecutorService exec = Executors.newFixedThreadPool(2);
        try {
            return TapeRecorder.record("BTCUSDT", input, 3_600_000L, () -> MarketContextSource.NONE,
                    FeatureConfig.DEFAULT, ids, LABELS, RETRAIN, new ZooLearners(), exec, null).tape();
        } finally {
            exec.shutdownNow();
        }
    }

    static Map<String, IntFunction<Ensemble>> candidates() {
        return EnsembleEval.candidates(EC);
    }

    @Test
    void tapeHoldsEveryAlphasOutOfSampleOutputAndTheFeatures() {
        assertEquals(BARS, tape.bars());
        assertEquals(ids, tape.alphaIds());
        for (int t = 0; t < BARS; t++) {
            assertEquals(bars.get(t).closePrice(), tape.close(t), 0.0);
            assertEquals(bars.get(t).closeTime(), tape.times()[t]);
        }
        int trained = ids.indexOf("trend-logit");
        long opinions = 0;
        for (int t = 0; t < BARS; t++) {
            opinions += tape.scores()[t * ids.size() + trained] != 0 ? 1 : 0;
        }
        assertTrue(opinions > BARS / 3, "the trained alpha must have fitted and scored, scored " + opinions);
        FeatureVector fv = new FeatureVector(tape.instrument());
        tape.features(BARS - 1, fv);
        assertTrue(fv.get(Feature.VOLATILITY) > 0, "volatility recorded");
    }

    /** The account, Sharpe, max drawdown, IC and trade count recomputed here from the track's raw series. */
    @Test
    void figuresMatchADirectRecomputation() {
        for (Map.Entry<String, IntFunction<Ensemble>> c : candidates().entrySet()) {
            Replay.Track tr = Replay.run(c.getKey(), tape, c.getValue().apply(tape.alphas()), new KellySizer(SIZING),
                    COST, EQUITY);
            double qty = tape.instrument().qty(1);
            double e = EQUITY;
            long prev = 0;
            long trades = 0;
            for (int t = 0; t < BARS; t++) {
                if (t > 0) {
                    e += prev * qty * (tape.close(t) - tape.close(t - 1));
                }
                e -= Math.abs(tr.lots()[t] - prev) * qty * tape.close(t) * COST / 1e4;
                trades += tr.lots()[t] != prev ? 1 : 0;
                prev = tr.lots()[t];
                assertEquals(e, tr.equity()[t], 1e-6 * EQUITY, c.getKey() + " equity at " + t);
            }
            assertTrue(trades > 10, c.getKey() + " must trade on this slice, traded " + trades);

            double[] r = new double[BARS];
            double last = EQUITY;
            for (int t = 0; t < BARS; t++) {
                r[t] = tr.equity()[t] / last - 1;
                last = tr.equity()[t];
            }
            double mean = Arrays.stream(r).average().orElseThrow();
            double sd = Math.sqrt(Arrays.stream(r).map(x -> (x - mean) * (x - mean)).sum() / (BARS - 1));
            double sharpe = mean / sd * Math.sqrt(365.25 * 24);
            double peak = EQUITY;
            double mdd = 0;
            for (double v : tr.equity()) {
                peak = Math.max(peak, v);
                mdd = Math.max(mdd, (peak - v) / peak);
            }
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int t = 0; t + H < BARS; t += H) {
                xs.add(tr.score()[t]);
                ys.add(tape.close(t + H) / tape.close(t) - 1);
            }
            EvalMetrics m = EvalMetrics.of(tr, H);
            assertEquals(sharpe, m.sharpe(), 1e-9, c.getKey());
            assertEquals(mdd, m.maxDrawdown(), 1e-12, c.getKey());
            assertTrue(mdd > 0, c.getKey());
            assertEquals(pearson(xs, ys), m.ic(), 1e-12, c.getKey());
            assertEquals(xs.size(), m.icSamples());
            assertEquals(trades, m.trades());
            assertEquals(Arrays.stream(tr.cost()).sum() / EQUITY, m.costs(), 1e-12);
            assertEquals(tr.equity()[BARS - 1] / EQUITY - 1, m.totalReturn(), 1e-12);
            assertTrue(Double.isNaN(m.logLoss()) && Double.isNaN(m.brier()),
                    c.getKey() + " gives no probability: its log loss must be n/a, not invented");
        }
    }

    /** A candidate with a probability: log loss and Brier recomputed over the bars whose outcome is known. */
    @Test
    void logLossAndBrierOfACalibratedCandidate() {
        Ensemble half = (features, outputs, out) -> {
            out.set(0, 0, 0);
            if (features.barCount() % 2 == 0) {
                out.calibrated(features.barCount() % 4 == 0 ? 0.7 : 0.2, 0);
            }
        };
        Replay.Track tr = Replay.run("p", tape, half, new KellySizer(SIZING), COST, EQUITY);
        double ll = 0;
        double br = 0;
        int n = 0;
        for (int t = 0; t + H < BARS; t++) {
            long count = t + 1L;
            if (count % 2 != 0) {
                continue;
            }
            double p = count % 4 == 0 ? 0.7 : 0.2;
            double y = tape.close(t + H) > tape.close(t) ? 1 : 0;
            ll -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
            br += (p - y) * (p - y);
            n++;
        }
        EvalMetrics m = EvalMetrics.of(tr, H);
        assertEquals(ll / n, m.logLoss(), 1e-12);
        assertEquals(br / n, m.brier(), 1e-12);
        assertEquals((double) n / (BARS - H), m.pCoverage(), 1e-12);
    }

    /** Every candidate (and every single alpha) is fed the same features and alpha outputs, bar by bar. */
    @Test
    void everyCandidateSeesTheSameTape() {
        Map<String, IntFunction<Ensemble>> spied = new LinkedHashMap<>();
        Map<String, List<double[]>> seen = new LinkedHashMap<>();
        for (Map.Entry<String, IntFunction<Ensemble>> c : candidates().entrySet()) {
            List<double[]> log = new ArrayList<>();
            seen.put(c.getKey(), log);
            spied.put(c.getKey(), n -> spy(c.getValue().apply(n), log));
        }
        EnsembleEval.Result r = EnsembleEval.evaluate(List.of(tape), spied, EC, SIZING, COST, EQUITY, null);
        List<double[]> first = seen.values().iterator().next();
        assertEquals(BARS, first.size());
        for (Map.Entry<String, List<double[]>> e : seen.entrySet()) {
            for (int t = 0; t < BARS; t++) {
                assertArrayEquals(first.get(t), e.getValue().get(t), e.getKey() + " bar " + t);
            }
        }
        assertEquals(1 + spied.size(), r.pooled().size());
        assertEquals(ids.size(), r.singleAlphas().size());
        assertTrue(r.pooled().get(0).candidate().startsWith(EnsembleEval.BEST_ALPHA + " (" + r.bestAlpha() + ")"));
        double bestSharpe = r.singleAlphas().stream().mapToDouble(EvalMetrics::sharpe).filter(Double::isFinite)
                .max().orElseThrow();
        assertEquals(bestSharpe, r.pooled().get(0).sharpe(), 1e-12, "best-alpha is the best single alpha");
    }

    private static Ensemble spy(Ensemble inner, List<double[]> log) {
        return (features, outputs, out) -> {
            double[] row = Arrays.copyOf(features.snapshot(), Feature.count() + 2 * outputs.length + 1);
            for (int i = 0; i < outputs.length; i++) {
                row[Feature.count() + 2 * i] = outputs[i].score();
                row[Feature.count() + 2 * i + 1] = outputs[i].confidence();
            }
            row[row.length - 1] = features.time();
            log.add(row);
            inner.combine(features, outputs, out);
        };
    }

    /**
     * Leakage: the tape is rewritten after bar T (features, closes and alpha outputs) and replayed; every
     * candidate's forecast, position and equity up to T are unchanged. And the recorder: bars after T rewritten
     * give the same tape up to T.
     */
    @Test
    void forecastAtTNeverDependsOnBarsAfterT() throws Exception {
        int cut = 2_000;
        Tape altered = alterAfter(tape, cut);
        for (Map.Entry<String, IntFunction<Ensemble>> c : candidates().entrySet()) {
            Replay.Track a = Replay.run(c.getKey(), tape, c.getValue().apply(tape.alphas()), new KellySizer(SIZING),
                    COST, EQUITY);
            Replay.Track b = Replay.run(c.getKey(), altered, c.getValue().apply(tape.alphas()),
                    new KellySizer(SIZING), COST, EQUITY);
            for (int t = 0; t <= cut; t++) {
                assertEquals(a.score()[t], b.score()[t], 0.0, c.getKey() + " score at " + t);
                assertEquals(a.expectedReturn()[t], b.expectedReturn()[t], 0.0, c.getKey() + " expected at " + t);
                assertEquals(a.lots()[t], b.lots()[t], c.getKey() + " lots at " + t);
                assertEquals(a.equity()[t], b.equity()[t], 0.0, c.getKey() + " equity at " + t);
            }
            assertNotEquals(Arrays.toString(a.score()), Arrays.toString(b.score()),
                    c.getKey() + ": the rewrite must change what comes after T, or the test proves nothing");
        }

        List<Bar> changed = new ArrayList<>(bars.subList(0, cut + 1));
        for (Bar x : bars.subList(cut + 1, BARS)) {
            changed.add(new Bar(x.instrument(), x.openTime(), x.closeTime(), x.open() * 2, x.high() * 2, x.low() * 2,
                    x.close() * 2, x.volume() * 3));
        }
        Tape rerecorded = record(changed);
        int a = ids.size();
        int f = Feature.count();
        assertArrayEquals(Arrays.copyOf(tape.scores(), (cut + 1) * a), Arrays.copyOf(rerecorded.scores(), (cut + 1) * a));
        assertArrayEquals(Arrays.copyOf(tape.confidences(), (cut + 1) * a),
                Arrays.copyOf(rerecorded.confidences(), (cut + 1) * a));
        assertArrayEquals(Arrays.copyOf(tape.features(), (cut + 1) * f), Arrays.copyOf(rerecorded.features(), (cut + 1) * f));
        assertNotEquals(Arrays.toString(tape.scores()), Arrays.toString(rerecorded.scores()));
    }

    /** Closes after T doubled and drifting, alpha outputs after T reversed, volatility after T tripled. */
    static Tape alterAfter(Tape t, int cut) {
        double[] f = t.features().clone();
        double[] s = t.scores().clone();
        int n = Feature.count();
        for (int i = cut + 1; i < t.bars(); i++) {
            f[i * n + Feature.CLOSE.ordinal()] *= 2 + 0.001 * (i - cut);
            f[i * n + Feature.VOLATILITY.ordinal()] *= 3;
            for (int k = 0; k < t.alphas(); k++) {
                s[i * t.alphas() + k] = -s[i * t.alphas() + k];
            }
        }
        return new Tape(t.symbol(), t.instrument(), t.intervalMs(), t.alphaIds(), t.times(), f, s, t.confidences());
    }

    /**
     * Two instruments in one account: its equity is the initial equity plus the sum of the sleeves' profit at
     * each time, each instrument is sized with the shared equity (so its decisions differ from a run alone once
     * the other instrument has made or lost money), and the pooled figures come from the shared curve.
     */
    @Test
    void sharedAccountIsTheSumOfTheSleevesAndSizesWithItsEquity() {
        Tape other = alterAfter(tape, 1_500);
        IntFunction<Ensemble> equal = candidates().get(EnsembleEval.EQUAL);
        Replay.Joint joint = Replay.run("equal", List.of(tape, other), List.of(equal.apply(tape.alphas()),
                equal.apply(other.alphas())), List.of(new KellySizer(SIZING), new KellySizer(SIZING)), COST, EQUITY);
        assertEquals(BARS, joint.equity().length);
        for (int t = 0; t < BARS; t++) {
            assertEquals(EQUITY + (joint.tracks().get(0).equity()[t] - EQUITY)
                    + (joint.tracks().get(1).equity()[t] - EQUITY), joint.equity()[t], 1e-6);
        }
        Replay.Track alone = Replay.run("equal", tape, equal.apply(tape.alphas()), new KellySizer(SIZING), COST, EQUITY);
        assertArrayEquals(alone.score(), joint.tracks().get(0).score(), "the forecasts do not depend on the account");
        assertNotEquals(Arrays.toString(alone.lots()), Arrays.toString(joint.tracks().get(0).lots()),
                "sizing reads the shared equity");
        EvalMetrics pooled = EvalMetrics.pooled("equal", joint, H, EQUITY);
        assertEquals(EvalMetrics.sharpe(EQUITY, joint.equity(), 365.25 * 24), pooled.sharpe(), 1e-12);
        assertEquals(EvalMetrics.maxDrawdown(EQUITY, joint.equity()), pooled.maxDrawdown(), 1e-12);
        assertEquals(2 * EvalMetrics.of(alone, H).icSamples(), pooled.icSamples());
    }

    private static double pearson(List<Double> x, List<Double> y) {
        int n = x.size();
        double mx = x.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double my = y.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x.get(i) - mx) * (y.get(i) - my);
            sxx += (x.get(i) - mx) * (x.get(i) - mx);
            syy += (y.get(i) - my) * (y.get(i) - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
