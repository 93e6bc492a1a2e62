package io.trader.layer2.core;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Ensemble;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Obviously-correct reference for {@link AdaptiveEnsemble}: keeps the full history and recomputes every
 * statistic from scratch each bar, with explicit weights {@code decay^age} over the realised pairs.
 */
final class NaiveEnsemble implements Ensemble {

    private final int n;
    private final EnsembleConfig config;
    private final List<Double> closes = new ArrayList<>();
    private final List<double[]> signals = new ArrayList<>();
    private final List<Double> scores = new ArrayList<>();
    final double[] skill;
    double beta;

    NaiveEnsemble(int n, EnsembleConfig config) {
        this.n = n;
        this.config = config;
        this.skill = new double[n];
    }

    @Override
    public void combine(FeatureVector features, AlphaOutput[] outputs, Forecast out) {
        int h = config.horizonBars();
        double lambda = config.decay();
        closes.add(features.get(Feature.CLOSE));
        int t = closes.size() - 1;

        // realised pairs: bar j with its return close(j+H)/close(j) - 1, known now when j + H <= t
        List<Integer> pairBars = new ArrayList<>();
        List<Double> pairReturns = new ArrayList<>();
        for (int j = 0; j + h <= t; j++) {
            double then = closes.get(j);
            double now = closes.get(j + h);
            if (then > 0 && now > 0 && Double.isFinite(then) && Double.isFinite(now)) {
                pairBars.add(j);
                pairReturns.add(now / then - 1);
            }
        }
        int m = pairBars.size();

        double[] gatedSkill = new double[n];
        for (int i = 0; i < n; i++) {
            double sxr = 0;
            double sxx = 0;
            double srr = 0;
            int active = 0;
            for (int k = 0; k < m; k++) {
                double wt = Math.pow(lambda, m - 1 - k);
                double x = signals.get(pairBars.get(k))[i];
                double r = pairReturns.get(k);
                sxr += wt * x * r;
                sxx += wt * x * x;
                if (x != 0) {
                    srr += wt * r * r;
                    active++;
                }
            }
            skill[i] = sxx * srr > 0 ? sxr / Math.sqrt(sxx * srr) : 0;
            gatedSkill[i] = active >= config.minSamples() ? skill[i] : 0;
        }

        double sss = 0;
        double ssr = 0;
        int scored = 0;
        for (int k = 0; k < m; k++) {
            double wt = Math.pow(lambda, m - 1 - k);
            double s = scores.get(pairBars.get(k));
            sss += wt * s * s;
            ssr += wt * s * pairReturns.get(k);
            if (s != 0) {
                scored++;
            }
        }
        beta = sss > 0 ? ssr / sss : 0;

        double total = 0;
        for (int i = 0; i < n; i++) {
            total += Math.max(0, gatedSkill[i]);
        }
        double[] x = new double[n];
        double s = 0;
        double absSum = 0;
        double skillSum = 0;
        for (int i = 0; i < n; i++) {
            x[i] = outputs[i].score() * outputs[i].confidence();
            double w = total > 0 ? Math.max(0, gatedSkill[i]) / total : 0;
            out.weights()[i] = w;
            s += w * x[i];
            absSum += w * Math.abs(x[i]);
            skillSum += w * skill[i];
        }
        s = Math.max(-1, Math.min(1, s));
        double expected = scored >= config.minSamples() && beta > 0 ? beta * s / h : 0;
        double agreement = absSum > 0 ? Math.min(1, Math.abs(s) / absSum) : 0;
        double confidence = agreement * Math.min(1, skillSum / config.fullSkillIc());
        out.set(s, expected, confidence);
        signals.add(x);
        scores.add(s);
    }
}
