package io.trader.layer0.core.aux;

import io.trader.core.testing.CorePurity;
import org.junit.jupiter.api.Test;

/** The auxiliary-data core is plain Java: no framework, I/O, logging or wall clock (the house rule). */
class AuxCorePurityTest {

    @Test
    void auxCoreIsPure() {
        CorePurity.assertPure("io.trader.layer0.core.aux");
    }
}
