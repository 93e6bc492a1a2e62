package io.trader.layer4.core;

import io.trader.core.testing.CorePurity;
import org.junit.jupiter.api.Test;

/** The core package stays plain Java: no framework, no I/O, no logging, no wall clock. */
class CorePurityTest {

    @Test
    void coreIsPure() {
        CorePurity.assertPure("io.trader.layer4.core");
    }
}
