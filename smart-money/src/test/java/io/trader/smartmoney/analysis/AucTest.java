package io.trader.smartmoney.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AucTest {

    @Test
    void handComputedPairs() {
        // positives 0.35, 0.8 vs negatives 0.1, 0.4: pairs won 0.35>0.1, 0.8>0.1, 0.8>0.4 = 3 of 4
        assertEquals(0.75, Auc.of(new double[]{0.1, 0.4, 0.35, 0.8}, new boolean[]{false, false, true, true}), 1e-12);
        assertEquals(1.0, Auc.of(new double[]{1, 2, 3}, new boolean[]{false, true, true}), 1e-12);
        assertEquals(0.0, Auc.of(new double[]{3, 2, 1}, new boolean[]{false, true, true}), 1e-12);
    }

    @Test
    void tiesCountOneHalf() {
        assertEquals(0.5, Auc.of(new double[]{0.5, 0.5}, new boolean[]{true, false}), 1e-12);
        // positive 0.5 ties one negative 0.5 (1/2) and beats 0.2 (1): 1.5 of 2
        assertEquals(0.75, Auc.of(new double[]{0.5, 0.5, 0.2}, new boolean[]{true, false, false}), 1e-12);
    }

    @Test
    void oneClassHasNoAucAndBadScoresAreRefused() {
        assertTrue(Double.isNaN(Auc.of(new double[]{1, 2}, new boolean[]{true, true})));
        assertThrows(IllegalArgumentException.class, () -> Auc.of(new double[]{Double.NaN, 1},
                new boolean[]{true, false}));
        assertThrows(IllegalArgumentException.class, () -> Auc.of(new double[]{1}, new boolean[]{true, false}));
    }
}
