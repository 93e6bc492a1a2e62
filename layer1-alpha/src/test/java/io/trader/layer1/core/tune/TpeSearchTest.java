package io.trader.layer1.core.tune;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TpeSearchTest {

    static final SearchSpace XY = SearchSpace.of(new Param.Real("x", -1, 1, false), new Param.Real("y", -1, 1, false));
    static final int BUDGET = 200;
    static final double TARGET = 0.01;   // squared distance to the optimum: a disc of 0.8% of the square

    static double distance2(double x, double y) {
        return (x - 0.3) * (x - 0.3) + (y + 0.2) * (y + 0.2);
    }

    /** Evaluations until a configuration lands within the target of the optimum (BUDGET + 1 if never). */
    static int tpeEvaluations(long seed) {
        TpeSearch tpe = new TpeSearch(XY, seed);
        Random noise = new Random(seed + 1000);
        List<Trial> history = new ArrayList<>();
        for (int k = 1; k <= BUDGET; k++) {
            Config c = tpe.propose(history);
            double d2 = distance2(c.getDouble("x"), c.getDouble("y"));
            if (d2 < TARGET) {
                return k;
            }
            history.add(new Trial(c, -d2 + noise.nextGaussian() * 0.01));
        }
        return BUDGET + 1;
    }

    static int randomEvaluations(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int k = 1; k <= BUDGET; k++) {
            if (distance2(-1 + 2 * rnd.nextDouble(), -1 + 2 * rnd.nextDouble()) < TARGET) {
                return k;
            }
        }
        return BUDGET + 1;
    }

    @Test
    void findsTheOptimumOfANoisyQuadraticFarFasterThanRandomSearch() {
        int seeds = 20;
        double tpe = 0;
        double random = 0;
        for (long s = 1; s <= seeds; s++) {
            tpe += tpeEvaluations(s);
            random += randomEvaluations(s);
        }
        tpe /= seeds;
        random /= seeds;
        System.out.printf("TPE: %.1f evaluations on average to get within %.2f of the optimum; random search: %.1f%n",
                tpe, Math.sqrt(TARGET), random);
        assertTrue(tpe * 2.5 < random, "TPE " + tpe + " vs random " + random);
    }

    @Test
    void integerAndCategoricalParameters() {
        SearchSpace space = SearchSpace.of(new Param.Int("period", 2, 200, true),
                new Param.Choice("kind", List.of("sma", "ema", "wma", "hma")), new Param.Real("k", 0.5, 3, false));
        TpeSearch tpe = new TpeSearch(space, 42);
        List<Trial> history = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Config c = tpe.propose(history);
            int period = c.getInt("period");
            assertTrue(period >= 2 && period <= 200);
            assertTrue(c.getDouble("k") >= 0.5 && c.getDouble("k") <= 3);
            double score = -Math.abs(Math.log(period / 30.0)) - (c.getString("kind").equals("wma") ? 0 : 1)
                    - Math.abs(c.getDouble("k") - 2);
            history.add(new Trial(c, score));
        }
        // the last 20 proposals concentrate on the best category and near the best period
        long wma = history.subList(40, 60).stream().filter(t -> t.config().getString("kind").equals("wma")).count();
        assertTrue(wma >= 12, "wma chosen " + wma + " of 20");
        Trial best = history.stream().max((a, b) -> Double.compare(a.score(), b.score())).orElseThrow();
        assertTrue(Math.abs(best.config().getInt("period") - 30) <= 8, best.config().toText());
    }

    @Test
    void deterministicForASeedAndHistory() {
        List<Trial> history = new ArrayList<>();
        TpeSearch a = new TpeSearch(XY, 7);
        for (int i = 0; i < 15; i++) {
            Config c = a.propose(history);
            history.add(new Trial(c, -distance2(c.getDouble("x"), c.getDouble("y"))));
        }
        assertEquals(a.propose(history), new TpeSearch(XY, 7).propose(history));
        assertNotEquals(a.propose(history, 0), a.propose(history, 1));
        assertNotEquals(a.propose(history), new TpeSearch(XY, 8).propose(history));
        assertTrue(a.propose(history).toText().matches("x=-?[0-9.E-]+ y=-?[0-9.E-]+"));
    }

    @Test
    void failedTrialsRankLast() {
        List<Trial> history = new ArrayList<>();
        TpeSearch tpe = new TpeSearch(XY, new TpeSearch.Options(0.25, 24, 4, 1), 3);
        for (int i = 0; i < 30; i++) {
            Config c = tpe.propose(history);
            double d2 = distance2(c.getDouble("x"), c.getDouble("y"));
            history.add(new Trial(c, i % 3 == 0 ? Double.NaN : -d2));
        }
        Config next = tpe.propose(history);
        assertTrue(distance2(next.getDouble("x"), next.getDouble("y")) < 1, next.toText());
    }

    @Test
    void badSpacesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Param.Real("x", 1, 1, false));
        assertThrows(IllegalArgumentException.class, () -> new Param.Real("x", 0, 1, true));
        assertThrows(IllegalArgumentException.class, () -> new Param.Int("n", 0, 10, true));
        assertThrows(IllegalArgumentException.class, () -> new Param.Choice("c", List.of("a", "a")));
        assertThrows(IllegalArgumentException.class, () -> SearchSpace.of(new Param.Int("n", 1, 2, false),
                new Param.Int("n", 1, 3, false)));
        assertThrows(IllegalArgumentException.class, () -> new TpeSearch.Options(1.5, 24, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new Config(java.util.Map.of("a", 1)).getInt("b"));
    }
}
