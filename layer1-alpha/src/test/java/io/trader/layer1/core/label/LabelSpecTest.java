package io.trader.layer1.core.label;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelSpecTest {

    @Test
    void designDefaults() {
        assertEquals("variant=ternary horizon=4h barriers=fixed pt=0.02 sl=0.01 min-ret=0", LabelSpec.DEFAULT.toText());
        assertEquals("variant=ternary horizon=4h barriers=atr:14 pt=1.5 sl=1.5 min-ret=0", LabelSpec.ATR_DEFAULT.toText());
        assertEquals(LabelSpec.DEFAULT, LabelSpec.parse(""));
        assertEquals(LabelSpec.ATR_DEFAULT, LabelSpec.parse("barriers=atr"));
        assertEquals(4 * 3_600_000L, LabelSpec.DEFAULT.horizonMs());
    }

    @Test
    void textRoundTrips() {
        for (String t : new String[] {"variant=binary horizon=48bars barriers=daily-vol:100 pt=1 sl=2 min-ret=0.005",
            "variant=regression horizon=90s barriers=fixed pt=0 sl=0.05 min-ret=0",
            "variant=ternary horizon=1d barriers=atr:21 pt=2.5 sl=0 min-ret=0",
            "variant=ternary horizon=1500ms barriers=fixed pt=0.02 sl=0.01 min-ret=0"}) {
            LabelSpec s = LabelSpec.parse(t);
            assertEquals(t, s.toText());
            assertEquals(s, LabelSpec.parse(s.toText()));
        }
        assertEquals(30 * 60_000L, LabelSpec.parse("horizon=30m").horizonMs());
        assertEquals(LabelVariant.BINARY, LabelSpec.parse("variant=binary, horizon=4h; pt=0.02").variant());
    }

    private static String refused(String text) {
        return assertThrows(IllegalArgumentException.class, () -> LabelSpec.parse(text)).getMessage();
    }

    @Test
    void invalidSpecsAreRefusedWithClearMessages() {
        assertTrue(refused("pt=-0.02").contains("pt must be in [0.0, 10.0]"));
        assertTrue(refused("sl=1").contains("sl must be in"));
        assertTrue(refused("horizon=4x").contains("horizon must be like 4h"));
        assertTrue(refused("horizon=0h").contains("horizon must be given"));
        assertTrue(refused("horizon=-3bars").contains("horizon"));
        assertTrue(refused("foo=1").contains("unknown key 'foo'"));
        assertTrue(refused("pt=0.1 pt=0.2").contains("given twice"));
        assertTrue(refused("variant=quaternary").contains("binary, ternary, regression"));
        assertTrue(refused("barriers=vol").contains("fixed, daily-vol"));
        assertTrue(refused("barriers=atr:0").contains("period must be in"));
        assertTrue(refused("min-ret=0.01").contains("min-ret applies to volatility-scaled barriers"));
        assertTrue(refused("pt=abc").contains("pt must be a finite number"));
        assertTrue(refused("pt=NaN").contains("finite"));
        assertTrue(refused("barriers=atr pt=500").contains("multiple of the volatility target"));
        assertTrue(refused("oops").contains("key=value"));
    }
}
