package io.trader.smartmoney.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The short amounts in alert texts, including the unit boundaries. */
class UsdTest {

    @Test
    void compactForms() {
        String[][] cases = {{"0", "$0"}, {"999.49", "$999"}, {"999.5", "$1k"}, {"12345", "$12.3k"},
                {"999949.99", "$999.9k"}, {"999950", "$1M"}, {"1500000", "$1.5M"}, {"999950000", "$1B"},
                {"3400000000", "$3.4B"}, {"-250000", "-$250k"}};
        for (String[] c : cases) {
            assertEquals(c[1], Usd.compact(new BigDecimal(c[0])), c[0]);
        }
        assertEquals("0x1234…abcd", Usd.shortAddress("0x123400000000000000000000000000000000abcd"));
    }
}
