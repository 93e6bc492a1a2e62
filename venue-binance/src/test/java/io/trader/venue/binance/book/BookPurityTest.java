package io.trader.venue.binance.book;

import io.trader.core.testing.CorePurity;
import org.junit.jupiter.api.Test;

/** The book package is plain Java, parser included: no framework, no I/O, no logging, no wall clock. */
class BookPurityTest {

    @Test
    void bookPackageIsPure() {
        CorePurity.assertPure("io.trader.venue.binance.book");
    }
}
